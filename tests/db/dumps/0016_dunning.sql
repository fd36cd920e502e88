BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0016_dunning');
CREATE TABLE audit_log (
	user_id INTEGER, 
	actor VARCHAR(80) NOT NULL, 
	os_user VARCHAR(80), 
	host VARCHAR(120), 
	action VARCHAR(40) NOT NULL, 
	entity VARCHAR(40) NOT NULL, 
	entity_id INTEGER, 
	summary TEXT NOT NULL, 
	reason TEXT, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_audit_log PRIMARY KEY (id), 
	CONSTRAINT fk_audit_log_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 17:27:35.305055','2026-12-06 17:27:35.305061');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 17:27:35.305063','2026-12-06 17:27:35.305066');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 17:27:35.392800','2026-12-06 17:27:35.392806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 17:27:35.392807','2026-12-06 17:27:35.392809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 17:27:35.398470','2026-12-06 17:27:35.398475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 17:27:35.398476','2026-12-06 17:27:35.398478');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 17:27:35.398479','2026-12-06 17:27:35.398480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 17:27:35.411402','2026-12-06 17:27:35.411407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 17:27:35.412974','2026-12-06 17:27:35.412978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 17:27:35.420131','2026-12-06 17:27:35.420136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-12-06 17:27:35.423714','2026-12-06 17:27:35.423719');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-12-06 17:27:35.423721','2026-12-06 17:27:35.423722');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 17:27:35.423723','2026-12-06 17:27:35.423724');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 17:27:35.558772','2026-12-06 17:27:35.558776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 17:27:35.558778','2026-12-06 17:27:35.558779');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 17:27:35.562361','2026-12-06 17:27:35.562365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 17:27:35.562367','2026-12-06 17:27:35.562368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 17:27:35.562369','2026-12-06 17:27:35.562370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 17:27:35.565533','2026-12-06 17:27:35.565535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 17:27:35.565537','2026-12-06 17:27:35.565538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-17；顾问=2；顺序=1',NULL,21,'2026-12-06 17:27:35.586390','2026-12-06 17:27:35.586395');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-17；顾问=4；顺序=2',NULL,22,'2026-12-06 17:27:35.586397','2026-12-06 17:27:35.586398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-17；顾问=5；顺序=3',NULL,23,'2026-12-06 17:27:35.586399','2026-12-06 17:27:35.586400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 17:27:35 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 17:27:36.010773','2026-12-06 17:27:36.010780');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 17:27:36.018704','2026-12-06 17:27:36.018708');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 17:27:35 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 17:27:36.018710','2026-12-06 17:27:36.018711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-17',NULL,27,'2026-12-06 17:27:36.018712','2026-12-06 17:27:36.018713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-17；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 17:27:36.037357','2026-12-06 17:27:36.037361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-06 17:27:36.049275','2026-12-06 17:27:36.049281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-06 17:27:36.056383','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-06 17:27:36.059731','2026-12-06 17:27:39.093555');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-06 17:27:36.059737','2026-12-06 17:27:39.092035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-06 17:27:36.059739','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-17；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,34,'2026-12-06 17:27:36.064616','2026-12-06 17:27:36.064620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,35,'2026-12-06 17:27:36.064622','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 19:27:35 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,36,'2026-12-06 17:27:36.083939','2026-12-06 17:27:36.083945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,37,'2026-12-06 17:27:36.087549','2026-12-06 17:27:36.087554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 19:27:35 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,38,'2026-12-06 17:27:36.087555','2026-12-06 17:27:36.087556');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,39,'2026-12-06 17:27:36.087557','2026-12-06 17:27:36.087558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-17；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,40,'2026-12-06 17:27:36.090309','2026-12-06 17:27:36.090313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 17:27:35 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,41,'2026-12-06 17:27:36.099138','2026-12-06 17:27:36.099142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-17 → 2027-01-04',NULL,42,'2026-12-06 17:27:36.099143','2026-12-06 17:27:36.099144');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 17:27:35 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,43,'2026-12-06 17:27:36.111624','2026-12-06 17:27:36.111629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,44,'2026-12-06 17:27:36.115460','2026-12-06 17:27:39.093555');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,45,'2026-12-06 17:27:36.115466','2026-12-06 17:27:39.092035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-04',NULL,46,'2026-12-06 17:27:36.115468','2026-12-06 17:27:36.115469');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,47,'2026-12-06 17:27:36.128374','2026-12-06 17:27:36.128378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 17:27:35 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,48,'2026-12-06 17:27:36.128380','2026-12-06 17:27:36.128381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,49,'2026-12-06 17:27:36.128382','2026-12-06 17:27:36.128383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,50,'2026-12-06 17:27:36.132811','2026-12-06 17:27:36.132815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,51,'2026-12-06 17:27:36.139738','2026-12-06 17:27:39.092858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,52,'2026-12-06 17:27:36.139744','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,53,'2026-12-06 17:27:36.146800','2026-12-06 17:27:39.094187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,54,'2026-12-06 17:27:36.149029','2026-12-06 17:27:39.092858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-04；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 17:27:35 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,55,'2026-12-06 17:27:36.188437','2026-12-06 17:27:36.188442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',56,'2026-12-06 17:27:36.188445','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,57,'2026-12-06 17:27:36.192386','2026-12-06 17:27:36.192390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,58,'2026-12-06 17:27:36.197618','2026-12-06 17:27:36.197622');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,59,'2026-12-06 17:27:36.197624','2026-12-06 17:27:36.197625');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,60,'2026-12-06 17:27:36.197626','2026-12-06 17:27:36.197627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,61,'2026-12-06 17:27:36.197629','2026-12-06 17:27:36.197630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,62,'2026-12-06 17:27:36.205944','2026-12-06 17:27:36.205948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,63,'2026-12-06 17:27:36.205950','2026-12-06 17:27:36.205951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,64,'2026-12-06 17:27:36.205952','2026-12-06 17:27:36.205953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,65,'2026-12-06 17:27:36.205954','2026-12-06 17:27:36.205956');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,66,'2026-12-06 17:27:36.212417','2026-12-06 17:27:36.212422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,67,'2026-12-06 17:27:36.219928','2026-12-06 17:27:36.219932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,68,'2026-12-06 17:27:36.223636','2026-12-06 17:27:36.223640');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-07；顾问=4；顺序=1',NULL,69,'2026-12-06 17:27:36.230235','2026-12-06 17:27:36.230239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-07；顾问=2；顺序=2',NULL,70,'2026-12-06 17:27:36.230241','2026-12-06 17:27:36.230242');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-07；顾问=5；顺序=3',NULL,71,'2026-12-06 17:27:36.230243','2026-12-06 17:27:36.230244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-07；顾问=4；类型=''跳过''；备注=''''',NULL,72,'2026-12-06 17:27:36.236037','2026-12-06 17:27:36.236041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-07；顾问=2；类型=''接待''；备注=''''',NULL,73,'2026-12-06 17:27:36.238916','2026-12-06 17:27:36.238920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,74,'2026-12-06 17:27:36.243603','2026-12-06 17:27:36.243607');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,75,'2026-12-06 17:27:36.250908','2026-12-06 17:27:36.250912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 17:27:35 UTC',NULL,76,'2026-12-06 17:27:36.256473','2026-12-06 17:27:36.256495');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,77,'2026-12-06 17:27:36.419515','2026-12-06 17:27:36.419519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,78,'2026-12-06 17:27:36.419521','2026-12-06 17:27:36.419522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,79,'2026-12-06 17:27:36.422628','2026-12-06 17:27:36.422632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,80,'2026-12-06 17:27:36.422634','2026-12-06 17:27:36.422635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,81,'2026-12-06 17:27:36.425506','2026-12-06 17:27:36.425509');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,82,'2026-12-06 17:27:36.425511','2026-12-06 17:27:36.425513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,83,'2026-12-06 17:27:36.428347','2026-12-06 17:27:36.428351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,84,'2026-12-06 17:27:36.428353','2026-12-06 17:27:36.428354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,85,'2026-12-06 17:27:36.430978','2026-12-06 17:27:36.430981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,86,'2026-12-06 17:27:36.430983','2026-12-06 17:27:36.430984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-21；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-20',NULL,87,'2026-12-06 17:27:36.441665','2026-12-06 17:27:36.441670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,88,'2026-12-06 17:27:36.449767','2026-12-06 17:27:36.449771');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,89,'2026-12-06 17:27:36.449773','2026-12-06 17:27:36.449774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 17:27:36.455760','2026-12-06 17:27:36.455764');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,91,'2026-12-06 17:27:36.455766','2026-12-06 17:27:36.455768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,92,'2026-12-06 17:27:36.461790','2026-12-06 17:27:36.461794');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,93,'2026-12-06 17:27:36.461796','2026-12-06 17:27:36.461798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,94,'2026-12-06 17:27:36.472306','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-22；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-12-06 17:27:36.482626','2026-12-06 17:27:39.110860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,96,'2026-12-06 17:27:36.489231','2026-12-06 17:27:36.489235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-25；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-12-06 17:27:36.493119','2026-12-06 17:27:36.493123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,98,'2026-12-06 17:27:36.498577','2026-12-06 17:27:36.498580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-29；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-12-06 17:27:36.502384','2026-12-06 17:27:36.502389');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,100,'2026-12-06 17:27:36.507706','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-01；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-12-06 17:27:36.511393','2026-12-06 17:27:39.111433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,102,'2026-12-06 17:27:36.516781','2026-12-06 17:27:36.516785');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-05；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-12-06 17:27:36.520392','2026-12-06 17:27:36.520396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,104,'2026-12-06 17:27:36.525760','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-09；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-12-06 17:27:36.529583','2026-12-06 17:27:39.111953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,106,'2026-12-06 17:27:36.535223','2026-12-06 17:27:36.535227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-12；出纳=8；note=''''；作废原因=''''',NULL,107,'2026-12-06 17:27:36.539022','2026-12-06 17:27:36.539026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,108,'2026-12-06 17:27:36.544361','2026-12-06 17:27:36.544365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-16 07:00:00 UTC；closed_by_id：（空） → 7',NULL,109,'2026-12-06 17:27:36.553004','2026-12-06 17:27:36.553007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-17 07:04:00 UTC；closed_by_id：（空） → 8',NULL,110,'2026-12-06 17:27:36.557662','2026-12-06 17:27:36.557667');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,111,'2026-12-06 17:27:36.582190','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,112,'2026-12-06 17:27:36.582197','2026-12-06 17:27:36.582199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,113,'2026-12-06 17:27:36.594034','2026-12-06 17:27:36.594038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,114,'2026-12-06 17:27:36.597421','2026-12-06 17:27:36.597425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-20 01:26:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,115,'2026-12-06 17:27:36.605608','2026-12-06 17:27:39.103743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,116,'2026-12-06 17:27:36.605615','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,117,'2026-12-06 17:27:36.608199','2026-12-06 17:27:36.608203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,118,'2026-12-06 17:27:36.615841','2026-12-06 17:27:36.615844');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,119,'2026-12-06 17:27:36.615846','2026-12-06 17:27:36.615847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,120,'2026-12-06 17:27:36.615848','2026-12-06 17:27:36.615850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-20 01:26:00 UTC；经办人=4；说明=''''',NULL,121,'2026-12-06 17:27:36.615851','2026-12-06 17:27:36.615852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,122,'2026-12-06 17:27:36.620785','2026-12-06 17:27:36.620789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,123,'2026-12-06 17:27:36.620790','2026-12-06 17:27:36.620792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,124,'2026-12-06 17:27:36.620793','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,125,'2026-12-06 17:27:36.620795','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,126,'2026-12-06 17:27:36.622688','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-21 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,127,'2026-12-06 17:27:36.629795','2026-12-06 17:27:36.629799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,128,'2026-12-06 17:27:36.629801','2026-12-06 17:27:36.629803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-20 01:32:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,129,'2026-12-06 17:27:36.639184','2026-12-06 17:27:36.639189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-20 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,130,'2026-12-06 17:27:36.639190','2026-12-06 17:27:36.639191');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,131,'2026-12-06 17:27:36.640928','2026-12-06 17:27:36.640932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,132,'2026-12-06 17:27:36.644390','2026-12-06 17:27:36.644394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,133,'2026-12-06 17:27:36.644396','2026-12-06 17:27:36.644397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,134,'2026-12-06 17:27:36.644398','2026-12-06 17:27:36.644400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-20 01:32:00 UTC；经办人=2；说明=''''',NULL,135,'2026-12-06 17:27:36.644401','2026-12-06 17:27:36.644402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,136,'2026-12-06 17:27:36.647225','2026-12-06 17:27:36.647229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,137,'2026-12-06 17:27:36.647230','2026-12-06 17:27:36.647231');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,138,'2026-12-06 17:27:36.647233','2026-12-06 17:27:36.647234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-21 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,139,'2026-12-06 17:27:36.654610','2026-12-06 17:27:36.654613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,140,'2026-12-06 17:27:36.654615','2026-12-06 17:27:36.654616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-20 01:38:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,141,'2026-12-06 17:27:36.663984','2026-12-06 17:27:36.663989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-20 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,142,'2026-12-06 17:27:36.663991','2026-12-06 17:27:36.663992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,143,'2026-12-06 17:27:36.665826','2026-12-06 17:27:36.665830');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,144,'2026-12-06 17:27:36.669469','2026-12-06 17:27:36.669473');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,145,'2026-12-06 17:27:36.669475','2026-12-06 17:27:36.669477');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,146,'2026-12-06 17:27:36.669478','2026-12-06 17:27:36.669479');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-20 01:38:00 UTC；经办人=2；说明=''''',NULL,147,'2026-12-06 17:27:36.669480','2026-12-06 17:27:36.669481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,148,'2026-12-06 17:27:36.672219','2026-12-06 17:27:36.672223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,149,'2026-12-06 17:27:36.672225','2026-12-06 17:27:36.672226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,150,'2026-12-06 17:27:36.672228','2026-12-06 17:27:36.672229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,151,'2026-12-06 17:27:36.679532','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,152,'2026-12-06 17:27:36.679537','2026-12-06 17:27:36.679538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-20 01:44:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,153,'2026-12-06 17:27:36.688767','2026-12-06 17:27:39.104541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,154,'2026-12-06 17:27:36.688773','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,155,'2026-12-06 17:27:36.690500','2026-12-06 17:27:36.690503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,156,'2026-12-06 17:27:36.694423','2026-12-06 17:27:36.694427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,157,'2026-12-06 17:27:36.694429','2026-12-06 17:27:36.694430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,158,'2026-12-06 17:27:36.694432','2026-12-06 17:27:36.694433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-20 01:44:00 UTC；经办人=4；说明=''''',NULL,159,'2026-12-06 17:27:36.694434','2026-12-06 17:27:36.694435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,160,'2026-12-06 17:27:36.697173','2026-12-06 17:27:36.697177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,161,'2026-12-06 17:27:36.697178','2026-12-06 17:27:36.697179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,162,'2026-12-06 17:27:36.697180','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,163,'2026-12-06 17:27:36.698642','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,164,'2026-12-06 17:27:36.705432','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,165,'2026-12-06 17:27:36.705437','2026-12-06 17:27:36.705438');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-20 01:50:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,166,'2026-12-06 17:27:36.715978','2026-12-06 17:27:39.105160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,167,'2026-12-06 17:27:36.715985','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,168,'2026-12-06 17:27:36.717824','2026-12-06 17:27:36.717828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,169,'2026-12-06 17:27:36.721495','2026-12-06 17:27:36.721498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,170,'2026-12-06 17:27:36.721500','2026-12-06 17:27:36.721501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,171,'2026-12-06 17:27:36.721503','2026-12-06 17:27:36.721504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-20 01:50:00 UTC；经办人=4；说明=''''',NULL,172,'2026-12-06 17:27:36.721505','2026-12-06 17:27:36.721506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,173,'2026-12-06 17:27:36.724173','2026-12-06 17:27:39.096445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,174,'2026-12-06 17:27:36.724179','2026-12-06 17:27:36.724180');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,175,'2026-12-06 17:27:36.724181','2026-12-06 17:27:36.724182');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,176,'2026-12-06 17:27:36.725676','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-21 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,177,'2026-12-06 17:27:36.732538','2026-12-06 17:27:36.732541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,178,'2026-12-06 17:27:36.732543','2026-12-06 17:27:36.732545');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-20 01:56:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,179,'2026-12-06 17:27:36.742038','2026-12-06 17:27:36.742042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-20 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,180,'2026-12-06 17:27:36.742044','2026-12-06 17:27:36.742045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,181,'2026-12-06 17:27:36.743773','2026-12-06 17:27:36.743776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,182,'2026-12-06 17:27:36.747277','2026-12-06 17:27:36.747281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,183,'2026-12-06 17:27:36.747283','2026-12-06 17:27:36.747284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,184,'2026-12-06 17:27:36.747285','2026-12-06 17:27:36.747286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-20 01:56:00 UTC；经办人=2；说明=''''',NULL,185,'2026-12-06 17:27:36.747287','2026-12-06 17:27:36.747288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,186,'2026-12-06 17:27:36.749891','2026-12-06 17:27:36.749895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,187,'2026-12-06 17:27:36.749897','2026-12-06 17:27:36.749898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,188,'2026-12-06 17:27:36.749899','2026-12-06 17:27:36.749900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,189,'2026-12-06 17:27:36.757861','2026-12-06 17:27:36.757865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 17:27:36.760136','2026-12-06 17:27:39.112521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-03',NULL,191,'2026-12-06 17:27:36.765478','2026-12-06 17:27:36.765482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,192,'2026-12-06 17:27:36.770739','2026-12-06 17:27:39.113019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-26 04:46:00 UTC；经办人=7；说明=''''',NULL,193,'2026-12-06 17:27:36.780370','2026-12-06 17:27:36.780375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062613349''；签约时间：（空） → 2026-06-26 04:46:00 UTC',NULL,194,'2026-12-06 17:27:36.780377','2026-12-06 17:27:36.780378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,195,'2026-12-06 17:27:36.786257','2026-12-06 17:27:36.786262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,196,'2026-12-06 17:27:36.798604','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,197,'2026-12-06 17:27:36.798609','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,198,'2026-12-06 17:27:36.798612','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,199,'2026-12-06 17:27:36.803993','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-05 02:25:00 UTC；经办人=7；说明=''''',NULL,200,'2026-12-06 17:27:36.809264','2026-12-06 17:27:36.809268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-05',NULL,201,'2026-12-06 17:27:36.809270','2026-12-06 17:27:36.809271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-11 01:07:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 17:27:36.813873','2026-12-06 17:27:36.813877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 17:27:36.813879','2026-12-06 17:27:36.813881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-16 04:39:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 17:27:36.817152','2026-12-06 17:27:36.817155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 17:27:36.817157','2026-12-06 17:27:36.817158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-26 03:18:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 17:27:36.820320','2026-12-06 17:27:36.820324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 17:27:36.820326','2026-12-06 17:27:36.820327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-04 03:11:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 17:27:36.823500','2026-12-06 17:27:36.823504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 17:27:36.823507','2026-12-06 17:27:36.823508');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-20 03:26:00 UTC；经办人=10；说明=''''',NULL,210,'2026-12-06 17:27:36.826599','2026-12-06 17:27:36.826602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,211,'2026-12-06 17:27:36.826604','2026-12-06 17:27:36.826605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-20',NULL,212,'2026-12-06 17:27:36.830450','2026-12-06 17:27:36.830456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,213,'2026-12-06 17:27:36.833465','2026-12-06 17:27:36.833470');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,214,'2026-12-06 17:27:36.851178','2026-12-06 17:27:36.851180');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,215,'2026-12-06 17:27:36.851182','2026-12-06 17:27:36.851183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-19；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,216,'2026-12-06 17:27:36.854255','2026-12-06 17:27:36.854259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-19 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,217,'2026-12-06 17:27:36.854261','2026-12-06 17:27:36.854263');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-19 01:35:00 UTC',NULL,218,'2026-12-06 17:27:36.854264','2026-12-06 17:27:36.854265');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,219,'2026-12-06 17:27:36.856281','2026-12-06 17:27:36.856284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-25',NULL,220,'2026-12-06 17:27:36.861902','2026-12-06 17:27:36.861906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 17:27:36.864165','2026-12-06 17:27:39.113529');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,222,'2026-12-06 17:27:36.869905','2026-12-06 17:27:36.869908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 17:27:36.872027','2026-12-06 17:27:36.872031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-04',NULL,224,'2026-12-06 17:27:36.877241','2026-12-06 17:27:36.877246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,225,'2026-12-06 17:27:36.879446','2026-12-06 17:27:36.879450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-23 06:31:00 UTC；经办人=7；说明=''''',NULL,226,'2026-12-06 17:27:36.888416','2026-12-06 17:27:36.888421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062399846''；签约时间：（空） → 2026-06-23 06:31:00 UTC',NULL,227,'2026-12-06 17:27:36.888423','2026-12-06 17:27:36.888424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,228,'2026-12-06 17:27:36.892386','2026-12-06 17:27:36.892390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-23 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,229,'2026-12-06 17:27:36.897026','2026-12-06 17:27:36.897029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,230,'2026-12-06 17:27:36.897031','2026-12-06 17:27:36.897032');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,231,'2026-12-06 17:27:36.897033','2026-12-06 17:27:36.897034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-02 06:41:00 UTC；经办人=7；说明=''''',NULL,232,'2026-12-06 17:27:36.900431','2026-12-06 17:27:36.900435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-02',NULL,233,'2026-12-06 17:27:36.900437','2026-12-06 17:27:36.900438');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-07 01:08:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 17:27:36.911853','2026-12-06 17:27:36.911856');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 17:27:36.911859','2026-12-06 17:27:36.911860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-14 03:36:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 17:27:36.916125','2026-12-06 17:27:36.916129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 17:27:36.916130','2026-12-06 17:27:36.916132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-28 05:58:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 17:27:36.919419','2026-12-06 17:27:36.919422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 17:27:36.919424','2026-12-06 17:27:36.919425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-07 09:39:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 17:27:36.922436','2026-12-06 17:27:36.922439');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 17:27:36.922441','2026-12-06 17:27:36.922442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-20 05:04:00 UTC；经办人=10；说明=''''',NULL,242,'2026-12-06 17:27:36.925505','2026-12-06 17:27:36.925509');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,243,'2026-12-06 17:27:36.925511','2026-12-06 17:27:36.925512');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-20',NULL,244,'2026-12-06 17:27:36.927376','2026-12-06 17:27:36.927379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,245,'2026-12-06 17:27:36.929694','2026-12-06 17:27:36.929698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,246,'2026-12-06 17:27:36.938188','2026-12-06 17:27:36.938190');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,247,'2026-12-06 17:27:36.938192','2026-12-06 17:27:36.938193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-15；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,248,'2026-12-06 17:27:36.940514','2026-12-06 17:27:36.940518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-15 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,249,'2026-12-06 17:27:36.940520','2026-12-06 17:27:36.940521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-15 05:33:00 UTC',NULL,250,'2026-12-06 17:27:36.940522','2026-12-06 17:27:36.940523');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,251,'2026-12-06 17:27:36.942483','2026-12-06 17:27:36.942487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-20',NULL,252,'2026-12-06 17:27:36.944813','2026-12-06 17:27:36.944816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-20；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 17:27:36.946952','2026-12-06 17:27:36.946955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-20',NULL,254,'2026-12-06 17:27:36.952465','2026-12-06 17:27:36.952468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 17:27:36.954639','2026-12-06 17:27:36.954643');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-30',NULL,256,'2026-12-06 17:27:36.959460','2026-12-06 17:27:36.959463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-30；出纳=8；note=''''；作废原因=''''',NULL,257,'2026-12-06 17:27:36.961613','2026-12-06 17:27:36.961617');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-25 05:15:00 UTC；经办人=7；说明=''''',NULL,258,'2026-12-06 17:27:36.967478','2026-12-06 17:27:36.967482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062587853''；签约时间：（空） → 2026-06-25 05:15:00 UTC',NULL,259,'2026-12-06 17:27:36.967483','2026-12-06 17:27:36.967485');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,260,'2026-12-06 17:27:36.970653','2026-12-06 17:27:36.970657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-25 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,261,'2026-12-06 17:27:36.975210','2026-12-06 17:27:36.975214');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,262,'2026-12-06 17:27:36.975215','2026-12-06 17:27:36.975216');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,263,'2026-12-06 17:27:36.975218','2026-12-06 17:27:36.975219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-04 08:30:00 UTC；经办人=7；说明=''''',NULL,264,'2026-12-06 17:27:36.978550','2026-12-06 17:27:36.978554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-04',NULL,265,'2026-12-06 17:27:36.978556','2026-12-06 17:27:36.978557');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-09 02:50:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 17:27:36.981525','2026-12-06 17:27:36.981528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 17:27:36.981530','2026-12-06 17:27:36.981531');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-18 01:34:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 17:27:36.984453','2026-12-06 17:27:36.984456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 17:27:36.984458','2026-12-06 17:27:36.984460');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-31 01:54:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 17:27:36.987455','2026-12-06 17:27:36.987458');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 17:27:36.987460','2026-12-06 17:27:36.987462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-07 07:43:00 UTC；经办人=10；说明=''''',NULL,272,'2026-12-06 17:27:36.990382','2026-12-06 17:27:36.990385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,273,'2026-12-06 17:27:36.990386','2026-12-06 17:27:36.990388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,274,'2026-12-06 17:27:36.993285','2026-12-06 17:27:36.993289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 17:27:36.995445','2026-12-06 17:27:39.113989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-29',NULL,276,'2026-12-06 17:27:37.000402','2026-12-06 17:27:37.000406');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,277,'2026-12-06 17:27:37.002586','2026-12-06 17:27:39.114467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-24 08:15:00 UTC；经办人=7；说明=''''',NULL,278,'2026-12-06 17:27:37.008572','2026-12-06 17:27:37.008575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062456438''；签约时间：（空） → 2026-06-24 08:15:00 UTC',NULL,279,'2026-12-06 17:27:37.008578','2026-12-06 17:27:37.008579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,280,'2026-12-06 17:27:37.011623','2026-12-06 17:27:37.011627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,281,'2026-12-06 17:27:37.016294','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,282,'2026-12-06 17:27:37.016299','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,283,'2026-12-06 17:27:37.016301','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,284,'2026-12-06 17:27:37.018207','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-02 06:59:00 UTC；经办人=7；说明=''''',NULL,285,'2026-12-06 17:27:37.021003','2026-12-06 17:27:37.021006');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-02',NULL,286,'2026-12-06 17:27:37.021008','2026-12-06 17:27:37.021009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-09 06:50:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 17:27:37.023976','2026-12-06 17:27:37.023979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 17:27:37.023981','2026-12-06 17:27:37.023982');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-17 07:08:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 17:27:37.026945','2026-12-06 17:27:37.026948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 17:27:37.026950','2026-12-06 17:27:37.026951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-29 05:51:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 17:27:37.029932','2026-12-06 17:27:37.029935');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 17:27:37.029936','2026-12-06 17:27:37.029938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-07 06:33:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 17:27:37.032990','2026-12-06 17:27:37.032993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 17:27:37.032995','2026-12-06 17:27:37.032996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-19 04:47:00 UTC；经办人=10；说明=''''',NULL,295,'2026-12-06 17:27:37.036087','2026-12-06 17:27:37.036090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,296,'2026-12-06 17:27:37.036092','2026-12-06 17:27:37.036094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-19',NULL,297,'2026-12-06 17:27:37.037955','2026-12-06 17:27:37.037959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 17:27:37.040160','2026-12-06 17:27:37.040164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,299,'2026-12-06 17:27:37.046335','2026-12-06 17:27:37.046338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,300,'2026-12-06 17:27:37.048521','2026-12-06 17:27:39.114930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-21 03:00:00 UTC',NULL,301,'2026-12-06 17:27:37.054432','2026-12-06 17:27:37.054436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-04',NULL,302,'2026-12-06 17:27:37.056116','2026-12-06 17:27:37.056120');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,303,'2026-12-06 17:27:37.058334','2026-12-06 17:27:39.115409');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-26 02:27:00 UTC；经办人=7；说明=''''',NULL,304,'2026-12-06 17:27:37.064250','2026-12-06 17:27:37.064253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062655680''；签约时间：（空） → 2026-06-26 02:27:00 UTC',NULL,305,'2026-12-06 17:27:37.064255','2026-12-06 17:27:37.064256');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,306,'2026-12-06 17:27:37.067356','2026-12-06 17:27:37.067359');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,307,'2026-12-06 17:27:37.072009','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,308,'2026-12-06 17:27:37.072014','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,309,'2026-12-06 17:27:37.072017','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,310,'2026-12-06 17:27:37.074007','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-05 05:56:00 UTC；经办人=7；说明=''''',NULL,311,'2026-12-06 17:27:37.076914','2026-12-06 17:27:37.076917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-05',NULL,312,'2026-12-06 17:27:37.076919','2026-12-06 17:27:37.076921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-12 07:20:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 17:27:37.079902','2026-12-06 17:27:37.079905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 17:27:37.079907','2026-12-06 17:27:37.079908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-20 08:06:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 17:27:37.082901','2026-12-06 17:27:37.082904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 17:27:37.082906','2026-12-06 17:27:37.082907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-31 03:41:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 17:27:37.085891','2026-12-06 17:27:37.085894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 17:27:37.085896','2026-12-06 17:27:37.085897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-07 02:23:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 17:27:37.088880','2026-12-06 17:27:37.088884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 17:27:37.088886','2026-12-06 17:27:37.088887');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-22 08:09:00 UTC；经办人=10；说明=''''',NULL,321,'2026-12-06 17:27:37.091859','2026-12-06 17:27:37.091862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,322,'2026-12-06 17:27:37.091864','2026-12-06 17:27:37.091865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-22',NULL,323,'2026-12-06 17:27:37.093755','2026-12-06 17:27:37.093758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-22；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 17:27:37.095995','2026-12-06 17:27:37.095999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,325,'2026-12-06 17:27:37.102628','2026-12-06 17:27:37.102632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 17:27:37.104834','2026-12-06 17:27:37.104838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-05',NULL,327,'2026-12-06 17:27:37.109751','2026-12-06 17:27:37.109755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-05；出纳=8；note=''''；作废原因=''''',NULL,328,'2026-12-06 17:27:37.111902','2026-12-06 17:27:37.111906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-23 04:03:00 UTC；经办人=7；说明=''''',NULL,329,'2026-12-06 17:27:37.117748','2026-12-06 17:27:37.117751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062358361''；签约时间：（空） → 2026-06-23 04:03:00 UTC',NULL,330,'2026-12-06 17:27:37.117753','2026-12-06 17:27:37.117754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,331,'2026-12-06 17:27:37.120862','2026-12-06 17:27:37.120867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-23 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,332,'2026-12-06 17:27:37.125396','2026-12-06 17:27:37.125400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,333,'2026-12-06 17:27:37.125402','2026-12-06 17:27:37.125403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,334,'2026-12-06 17:27:37.125404','2026-12-06 17:27:37.125405');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-29 08:30:00 UTC；经办人=7；说明=''''',NULL,335,'2026-12-06 17:27:37.128697','2026-12-06 17:27:37.128701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-29',NULL,336,'2026-12-06 17:27:37.128703','2026-12-06 17:27:37.128704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-03 02:50:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 17:27:37.131666','2026-12-06 17:27:37.131669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 17:27:37.131671','2026-12-06 17:27:37.131672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-10 05:29:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 17:27:37.134727','2026-12-06 17:27:37.134730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 17:27:37.134732','2026-12-06 17:27:37.134733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-21 03:02:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 17:27:37.137698','2026-12-06 17:27:37.137701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 17:27:37.137703','2026-12-06 17:27:37.137704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-28 01:36:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 17:27:37.140708','2026-12-06 17:27:37.140712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 17:27:37.140714','2026-12-06 17:27:37.140715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-10 02:39:00 UTC；经办人=10；说明=''''',NULL,345,'2026-12-06 17:27:37.143711','2026-12-06 17:27:37.143714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,346,'2026-12-06 17:27:37.143716','2026-12-06 17:27:37.143717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-10',NULL,347,'2026-12-06 17:27:37.145796','2026-12-06 17:27:37.145800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''',NULL,348,'2026-12-06 17:27:37.147989','2026-12-06 17:27:37.147993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-21 04:49:00 UTC；签约期限=2026-11-28；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,349,'2026-12-06 17:27:37.158862','2026-12-06 17:27:39.105763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,350,'2026-12-06 17:27:37.160402','2026-12-06 17:27:37.160405');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-21；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,351,'2026-12-06 17:27:37.163856','2026-12-06 17:27:37.163860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-06；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,352,'2026-12-06 17:27:37.163861','2026-12-06 17:27:37.163862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-20；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,353,'2026-12-06 17:27:37.163864','2026-12-06 17:27:37.163865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-21 04:49:00 UTC；经办人=4；说明=''''',NULL,354,'2026-12-06 17:27:37.163866','2026-12-06 17:27:37.163867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,355,'2026-12-06 17:27:37.165854','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-21',NULL,356,'2026-12-06 17:27:37.168581','2026-12-06 17:27:37.168584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 17:27:37.170674','2026-12-06 17:27:39.115908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,358,'2026-12-06 17:27:37.175394','2026-12-06 17:27:37.175398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,359,'2026-12-06 17:27:37.177532','2026-12-06 17:27:39.116396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-22 08:53:00 UTC；经办人=7；说明=''''',NULL,360,'2026-12-06 17:27:37.183179','2026-12-06 17:27:37.183183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112281882''；签约时间：（空） → 2026-11-22 08:53:00 UTC',NULL,361,'2026-12-06 17:27:37.183185','2026-12-06 17:27:37.183185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,362,'2026-12-06 17:27:37.186202','2026-12-06 17:27:37.186206');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,363,'2026-12-06 17:27:37.191078','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,364,'2026-12-06 17:27:37.191083','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,365,'2026-12-06 17:27:37.191085','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,366,'2026-12-06 17:27:37.192956','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-02 06:06:00 UTC；经办人=7；说明=''''',NULL,367,'2026-12-06 17:27:37.195746','2026-12-06 17:27:37.195750');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-02',NULL,368,'2026-12-06 17:27:37.195752','2026-12-06 17:27:37.195753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-05 04:57:00 UTC；经办人=10；说明=''''',NULL,369,'2026-12-06 17:27:37.198682','2026-12-06 17:27:37.198685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,370,'2026-12-06 17:27:37.198687','2026-12-06 17:27:37.198688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-03 02:43:00 UTC；签约期限=2026-11-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,371,'2026-12-06 17:27:37.206008','2026-12-06 17:27:39.106326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,372,'2026-12-06 17:27:37.207528','2026-12-06 17:27:37.207532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-03；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,373,'2026-12-06 17:27:37.210534','2026-12-06 17:27:37.210538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-03；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,374,'2026-12-06 17:27:37.210539','2026-12-06 17:27:37.210540');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-03 02:43:00 UTC；经办人=4；说明=''''',NULL,375,'2026-12-06 17:27:37.210542','2026-12-06 17:27:37.210543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,376,'2026-12-06 17:27:37.212331','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-03',NULL,377,'2026-12-06 17:27:37.214949','2026-12-06 17:27:37.214952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-03；出纳=8；note=''''；作废原因=''''',NULL,378,'2026-12-06 17:27:37.217127','2026-12-06 17:27:39.116874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-07 07:03:00 UTC；经办人=7；说明=''''',NULL,379,'2026-12-06 17:27:37.222800','2026-12-06 17:27:37.222804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110750101''；签约时间：（空） → 2026-11-07 07:03:00 UTC',NULL,380,'2026-12-06 17:27:37.222806','2026-12-06 17:27:37.222807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,381,'2026-12-06 17:27:37.225657','2026-12-06 17:27:37.225660');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,382,'2026-12-06 17:27:37.230234','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,383,'2026-12-06 17:27:37.230239','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,384,'2026-12-06 17:27:37.230241','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,385,'2026-12-06 17:27:37.232035','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-13 04:11:00 UTC；经办人=7；说明=''''',NULL,386,'2026-12-06 17:27:37.234661','2026-12-06 17:27:37.234664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-13',NULL,387,'2026-12-06 17:27:37.234666','2026-12-06 17:27:37.234667');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,388,'2026-12-06 17:27:37.238825','2026-12-06 17:27:37.238828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,389,'2026-12-06 17:27:37.238830','2026-12-06 17:27:37.238831');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-16；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,390,'2026-12-06 17:27:37.243686','2026-12-06 17:27:37.243690');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-16；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,391,'2026-12-06 17:27:37.243692','2026-12-06 17:27:37.243693');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-16 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,392,'2026-12-06 17:27:37.243694','2026-12-06 17:27:37.243695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-16 09:40:00 UTC',NULL,393,'2026-12-06 17:27:37.243696','2026-12-06 17:27:37.243697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,394,'2026-12-06 17:27:37.245660','2026-12-06 17:27:37.245663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-19',NULL,395,'2026-12-06 17:27:37.248090','2026-12-06 17:27:37.248094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 17:27:37.250251','2026-12-06 17:27:39.117374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-17',NULL,397,'2026-12-06 17:27:37.254668','2026-12-06 17:27:37.254671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,398,'2026-12-06 17:27:37.256740','2026-12-06 17:27:39.117856');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-29 09:34:00 UTC；签约期限=2026-11-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,399,'2026-12-06 17:27:37.266444','2026-12-06 17:27:37.266448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,400,'2026-12-06 17:27:37.267909','2026-12-06 17:27:37.267912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-29；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,401,'2026-12-06 17:27:37.270759','2026-12-06 17:27:37.270762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-28；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,402,'2026-12-06 17:27:37.270764','2026-12-06 17:27:37.270765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-29 09:34:00 UTC；经办人=2；说明=''''',NULL,403,'2026-12-06 17:27:37.270766','2026-12-06 17:27:37.270767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-29',NULL,404,'2026-12-06 17:27:37.273816','2026-12-06 17:27:37.273820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-29；出纳=8；note=''''；作废原因=''''',NULL,405,'2026-12-06 17:27:37.275901','2026-12-06 17:27:37.275904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-11-01 08:14:00 UTC；经办人=7；说明=''''',NULL,406,'2026-12-06 17:27:37.281504','2026-12-06 17:27:37.281508');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126110168856''；签约时间：（空） → 2026-11-01 08:14:00 UTC',NULL,407,'2026-12-06 17:27:37.281509','2026-12-06 17:27:37.281510');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,408,'2026-12-06 17:27:37.284406','2026-12-06 17:27:37.284410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-11-01 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,409,'2026-12-06 17:27:37.288832','2026-12-06 17:27:37.288835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-02 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,410,'2026-12-06 17:27:37.288837','2026-12-06 17:27:37.288838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-03 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,411,'2026-12-06 17:27:37.288839','2026-12-06 17:27:37.288840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-11 02:08:00 UTC；经办人=7；说明=''''',NULL,412,'2026-12-06 17:27:37.291904','2026-12-06 17:27:37.291908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-11',NULL,413,'2026-12-06 17:27:37.291910','2026-12-06 17:27:37.291911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,414,'2026-12-06 17:27:37.297131','2026-12-06 17:27:37.297134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,415,'2026-12-06 17:27:37.297135','2026-12-06 17:27:37.297137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-14；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,416,'2026-12-06 17:27:37.299367','2026-12-06 17:27:37.299371');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-14 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,417,'2026-12-06 17:27:37.299373','2026-12-06 17:27:37.299374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-14 08:05:00 UTC',NULL,418,'2026-12-06 17:27:37.299375','2026-12-06 17:27:37.299376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,419,'2026-12-06 17:27:37.301323','2026-12-06 17:27:37.301326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-20',NULL,420,'2026-12-06 17:27:37.303578','2026-12-06 17:27:37.303581');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,421,'2026-12-06 17:27:37.305740','2026-12-06 17:27:37.305744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-30 08:36:00 UTC；签约期限=2026-09-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,422,'2026-12-06 17:27:37.315692','2026-12-06 17:27:37.315696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,423,'2026-12-06 17:27:37.317273','2026-12-06 17:27:37.317277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,424,'2026-12-06 17:27:37.320142','2026-12-06 17:27:37.320145');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-29；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,425,'2026-12-06 17:27:37.320146','2026-12-06 17:27:37.320148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-30 08:36:00 UTC；经办人=2；说明=''''',NULL,426,'2026-12-06 17:27:37.320149','2026-12-06 17:27:37.320150');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-30',NULL,427,'2026-12-06 17:27:37.323226','2026-12-06 17:27:37.323229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-30；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 17:27:37.325366','2026-12-06 17:27:37.325370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-23',NULL,429,'2026-12-06 17:27:37.330133','2026-12-06 17:27:37.330136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-23；出纳=8；note=''''；作废原因=''''',NULL,430,'2026-12-06 17:27:37.332253','2026-12-06 17:27:37.332258');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-31 05:49:00 UTC；经办人=7；说明=''''',NULL,431,'2026-12-06 17:27:37.338291','2026-12-06 17:27:37.338295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083119420''；签约时间：（空） → 2026-08-31 05:49:00 UTC',NULL,432,'2026-12-06 17:27:37.338297','2026-12-06 17:27:37.338298');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,433,'2026-12-06 17:27:37.341380','2026-12-06 17:27:37.341383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-31 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,434,'2026-12-06 17:27:37.345851','2026-12-06 17:27:37.345854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-09-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,435,'2026-12-06 17:27:37.345856','2026-12-06 17:27:37.345857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,436,'2026-12-06 17:27:37.345858','2026-12-06 17:27:37.345859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-08 07:48:00 UTC；经办人=7；说明=''''',NULL,437,'2026-12-06 17:27:37.349077','2026-12-06 17:27:37.349081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-08',NULL,438,'2026-12-06 17:27:37.349083','2026-12-06 17:27:37.349084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-10-01 06:41:00 UTC；签约期限=2026-10-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,439,'2026-12-06 17:27:37.356676','2026-12-06 17:27:37.356681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,440,'2026-12-06 17:27:37.358210','2026-12-06 17:27:37.358214');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,441,'2026-12-06 17:27:37.361422','2026-12-06 17:27:37.361425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-16；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,442,'2026-12-06 17:27:37.361427','2026-12-06 17:27:37.361428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-30；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,443,'2026-12-06 17:27:37.361429','2026-12-06 17:27:37.361430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-10-01 06:41:00 UTC；经办人=2；说明=''''',NULL,444,'2026-12-06 17:27:37.361432','2026-12-06 17:27:37.361433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-10-01',NULL,445,'2026-12-06 17:27:37.364699','2026-12-06 17:27:37.364703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-10-01；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 17:27:37.366878','2026-12-06 17:27:37.366882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-11',NULL,447,'2026-12-06 17:27:37.371643','2026-12-06 17:27:37.371647');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-11；出纳=8；note=''''；作废原因=''''',NULL,448,'2026-12-06 17:27:37.373743','2026-12-06 17:27:37.373747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-04 08:51:00 UTC；经办人=7；说明=''''',NULL,449,'2026-12-06 17:27:37.379403','2026-12-06 17:27:37.379406');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100423964''；签约时间：（空） → 2026-10-04 08:51:00 UTC',NULL,450,'2026-12-06 17:27:37.379408','2026-12-06 17:27:37.379409');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,451,'2026-12-06 17:27:37.382423','2026-12-06 17:27:37.382427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-04 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,452,'2026-12-06 17:27:37.386856','2026-12-06 17:27:37.386860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-05 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,453,'2026-12-06 17:27:37.386862','2026-12-06 17:27:37.386863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-06 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,454,'2026-12-06 17:27:37.386864','2026-12-06 17:27:37.386865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-13 09:08:00 UTC；经办人=7；说明=''''',NULL,455,'2026-12-06 17:27:37.393591','2026-12-06 17:27:37.393594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-13',NULL,456,'2026-12-06 17:27:37.393596','2026-12-06 17:27:37.393598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-18 02:19:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 17:27:37.396834','2026-12-06 17:27:37.396838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 17:27:37.396839','2026-12-06 17:27:37.396841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-24 03:16:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 17:27:37.400338','2026-12-06 17:27:37.400341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 17:27:37.400344','2026-12-06 17:27:37.400345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-06 06:18:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 17:27:37.404697','2026-12-06 17:27:37.404700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 17:27:37.404702','2026-12-06 17:27:37.404703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-12 02:34:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 17:27:37.407678','2026-12-06 17:27:37.407681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 17:27:37.407684','2026-12-06 17:27:37.407685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-28 01:01:00 UTC；经办人=10；说明=''''',NULL,465,'2026-12-06 17:27:37.412311','2026-12-06 17:27:37.412316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,466,'2026-12-06 17:27:37.412318','2026-12-06 17:27:37.412319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-28',NULL,467,'2026-12-06 17:27:37.414437','2026-12-06 17:27:37.414441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-28；出纳=8；note=''''；作废原因=''''',NULL,468,'2026-12-06 17:27:37.416733','2026-12-06 17:27:37.416743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,469,'2026-12-06 17:27:37.424037','2026-12-06 17:27:37.424041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,470,'2026-12-06 17:27:37.424043','2026-12-06 17:27:37.424045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-31；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,471,'2026-12-06 17:27:37.428144','2026-12-06 17:27:37.428148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-12-01；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,472,'2026-12-06 17:27:37.428150','2026-12-06 17:27:37.428151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-12-01 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,473,'2026-12-06 17:27:37.428152','2026-12-06 17:27:37.428153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-12-01 06:27:00 UTC',NULL,474,'2026-12-06 17:27:37.428154','2026-12-06 17:27:37.428155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,475,'2026-12-06 17:27:37.430227','2026-12-06 17:27:37.430231');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-12-01',NULL,476,'2026-12-06 17:27:37.432448','2026-12-06 17:27:37.432452');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 17:27:37.434580','2026-12-06 17:27:37.434584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-04',NULL,478,'2026-12-06 17:27:37.439411','2026-12-06 17:27:37.439415');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,479,'2026-12-06 17:27:37.441582','2026-12-06 17:27:37.441586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-26 06:33:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,480,'2026-12-06 17:27:37.451521','2026-12-06 17:27:37.451526');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,481,'2026-12-06 17:27:37.453104','2026-12-06 17:27:37.453108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,482,'2026-12-06 17:27:37.456301','2026-12-06 17:27:37.456304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,483,'2026-12-06 17:27:37.456305','2026-12-06 17:27:37.456306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-24；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,484,'2026-12-06 17:27:37.456308','2026-12-06 17:27:37.456309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-26 06:33:00 UTC；经办人=2；说明=''''',NULL,485,'2026-12-06 17:27:37.456310','2026-12-06 17:27:37.456311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-26',NULL,486,'2026-12-06 17:27:37.459508','2026-12-06 17:27:37.459512');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,487,'2026-12-06 17:27:37.461651','2026-12-06 17:27:37.461655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-27 05:29:00 UTC；签约期限=2026-12-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,488,'2026-12-06 17:27:37.471975','2026-12-06 17:27:39.106865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,489,'2026-12-06 17:27:37.473569','2026-12-06 17:27:37.473572');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-27；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,490,'2026-12-06 17:27:37.477601','2026-12-06 17:27:37.477605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-12；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,491,'2026-12-06 17:27:37.477607','2026-12-06 17:27:37.477608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-26；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,492,'2026-12-06 17:27:37.477609','2026-12-06 17:27:37.477610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-27 05:29:00 UTC；经办人=4；说明=''''',NULL,493,'2026-12-06 17:27:37.477611','2026-12-06 17:27:37.477612');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,494,'2026-12-06 17:27:37.479493','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-27',NULL,495,'2026-12-06 17:27:37.482255','2026-12-06 17:27:37.482259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,496,'2026-12-06 17:27:37.484385','2026-12-06 17:27:39.118341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-30 04:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,497,'2026-12-06 17:27:37.499617','2026-12-06 17:27:37.499622');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,498,'2026-12-06 17:27:37.504524','2026-12-06 17:27:37.504536');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,499,'2026-12-06 17:27:37.507948','2026-12-06 17:27:37.507953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,500,'2026-12-06 17:27:37.507955','2026-12-06 17:27:37.507956');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,501,'2026-12-06 17:27:37.507957','2026-12-06 17:27:37.507958');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-30 04:52:00 UTC；经办人=2；说明=''''',NULL,502,'2026-12-06 17:27:37.507960','2026-12-06 17:27:37.507961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-30',NULL,503,'2026-12-06 17:27:37.511260','2026-12-06 17:27:37.511264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,504,'2026-12-06 17:27:37.514803','2026-12-06 17:27:37.514807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-12-01 06:52:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,505,'2026-12-06 17:27:37.531576','2026-12-06 17:27:37.531581');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,506,'2026-12-06 17:27:37.534767','2026-12-06 17:27:37.534772');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,507,'2026-12-06 17:27:37.541337','2026-12-06 17:27:37.541341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-16；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,508,'2026-12-06 17:27:37.541343','2026-12-06 17:27:37.541344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-30；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,509,'2026-12-06 17:27:37.541345','2026-12-06 17:27:37.541346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-12-01 06:52:00 UTC；经办人=2；说明=''''',NULL,510,'2026-12-06 17:27:37.541347','2026-12-06 17:27:37.541348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-01',NULL,511,'2026-12-06 17:27:37.546803','2026-12-06 17:27:37.546808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,512,'2026-12-06 17:27:37.549223','2026-12-06 17:27:37.549227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-02 03:00:00 UTC',NULL,513,'2026-12-06 17:27:37.556302','2026-12-06 17:27:37.556306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-02 09:25:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,514,'2026-12-06 17:27:37.567737','2026-12-06 17:27:37.567741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,515,'2026-12-06 17:27:37.573611','2026-12-06 17:27:37.573615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,516,'2026-12-06 17:27:37.576751','2026-12-06 17:27:37.576755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2027-01-01；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,517,'2026-12-06 17:27:37.576756','2026-12-06 17:27:37.576758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-02 09:25:00 UTC；经办人=2；说明=''''',NULL,518,'2026-12-06 17:27:37.576759','2026-12-06 17:27:37.576760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-02',NULL,519,'2026-12-06 17:27:37.579958','2026-12-06 17:27:37.579961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,520,'2026-12-06 17:27:37.586415','2026-12-06 17:27:37.586420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-03 07:30:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,521,'2026-12-06 17:27:37.599667','2026-12-06 17:27:37.599672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,522,'2026-12-06 17:27:37.605490','2026-12-06 17:27:37.605494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,523,'2026-12-06 17:27:37.608934','2026-12-06 17:27:37.608937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,524,'2026-12-06 17:27:37.608939','2026-12-06 17:27:37.608940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,525,'2026-12-06 17:27:37.608942','2026-12-06 17:27:37.608943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-03 07:30:00 UTC；经办人=2；说明=''''',NULL,526,'2026-12-06 17:27:37.608944','2026-12-06 17:27:37.608945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-03',NULL,527,'2026-12-06 17:27:37.612266','2026-12-06 17:27:37.612270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,528,'2026-12-06 17:27:37.614439','2026-12-06 17:27:37.614443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-04 03:00:00 UTC',NULL,529,'2026-12-06 17:27:37.623735','2026-12-06 17:27:37.623738');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-04 02:20:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,530,'2026-12-06 17:27:37.635262','2026-12-06 17:27:39.107376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,531,'2026-12-06 17:27:37.636804','2026-12-06 17:27:37.636808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,532,'2026-12-06 17:27:37.640166','2026-12-06 17:27:37.640170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,533,'2026-12-06 17:27:37.640172','2026-12-06 17:27:37.640173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,534,'2026-12-06 17:27:37.640175','2026-12-06 17:27:37.640176');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-04 02:20:00 UTC；经办人=4；说明=''''',NULL,535,'2026-12-06 17:27:37.640177','2026-12-06 17:27:37.640178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,536,'2026-12-06 17:27:37.646347','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-04',NULL,537,'2026-12-06 17:27:37.649084','2026-12-06 17:27:37.649088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,538,'2026-12-06 17:27:37.651222','2026-12-06 17:27:39.118799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-05 04:51:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,539,'2026-12-06 17:27:37.674449','2026-12-06 17:27:37.674453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,540,'2026-12-06 17:27:37.676030','2026-12-06 17:27:37.676033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,541,'2026-12-06 17:27:37.679338','2026-12-06 17:27:37.679342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,542,'2026-12-06 17:27:37.679344','2026-12-06 17:27:37.679345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,543,'2026-12-06 17:27:37.679346','2026-12-06 17:27:37.679347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-05 04:51:00 UTC；经办人=2；说明=''''',NULL,544,'2026-12-06 17:27:37.679348','2026-12-06 17:27:37.679350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-05',NULL,545,'2026-12-06 17:27:37.686870','2026-12-06 17:27:37.686874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,546,'2026-12-06 17:27:37.693362','2026-12-06 17:27:37.693369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-06 02:05:00 UTC；经办人=7；说明=''''',NULL,547,'2026-12-06 17:27:37.703681','2026-12-06 17:27:37.703685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120620190''；签约时间：（空） → 2026-12-06 02:05:00 UTC',NULL,548,'2026-12-06 17:27:37.703686','2026-12-06 17:27:37.703688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,549,'2026-12-06 17:27:37.706827','2026-12-06 17:27:37.706831');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-06 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,550,'2026-12-06 17:27:37.711379','2026-12-06 17:27:37.711383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-07 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,551,'2026-12-06 17:27:37.711385','2026-12-06 17:27:37.711386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-08 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,552,'2026-12-06 17:27:37.711387','2026-12-06 17:27:37.711388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-06 06:59:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,553,'2026-12-06 17:27:37.719139','2026-12-06 17:27:39.107885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,554,'2026-12-06 17:27:37.720664','2026-12-06 17:27:37.720668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,555,'2026-12-06 17:27:37.724120','2026-12-06 17:27:37.724123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,556,'2026-12-06 17:27:37.724125','2026-12-06 17:27:37.724127');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-04；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,557,'2026-12-06 17:27:37.724128','2026-12-06 17:27:37.724129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-06 06:59:00 UTC；经办人=4；说明=''''',NULL,558,'2026-12-06 17:27:37.724130','2026-12-06 17:27:37.724131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,559,'2026-12-06 17:27:37.726411','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,560,'2026-12-06 17:27:37.729229','2026-12-06 17:27:37.729233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,561,'2026-12-06 17:27:37.731384','2026-12-06 17:27:39.119276');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 17:26:36 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,562,'2026-12-06 17:27:37.741659','2026-12-06 17:27:37.741664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,563,'2026-12-06 17:27:37.743210','2026-12-06 17:27:37.743213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,564,'2026-12-06 17:27:37.746450','2026-12-06 17:27:37.746453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-22；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,565,'2026-12-06 17:27:37.746455','2026-12-06 17:27:37.746456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-07；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,566,'2026-12-06 17:27:37.746457','2026-12-06 17:27:37.746458');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 17:26:36 UTC；经办人=2；说明=''''',NULL,567,'2026-12-06 17:27:37.746459','2026-12-06 17:27:37.746461');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-07',NULL,568,'2026-12-06 17:27:37.749691','2026-12-06 17:27:37.749695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-07；出纳=8；note=''''；作废原因=''''',NULL,569,'2026-12-06 17:27:37.751858','2026-12-06 17:27:37.751862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 17:27:36 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,570,'2026-12-06 17:27:37.760016','2026-12-06 17:27:37.760020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,571,'2026-12-06 17:27:37.762274','2026-12-06 17:27:37.762278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 17:27:37.769831','2026-12-06 17:27:37.769834');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 17:27:37.771415','2026-12-06 17:27:37.771418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 17:27:37.772996','2026-12-06 17:27:37.772999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 17:27:37.774569','2026-12-06 17:27:37.774573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 17:27:37.776097','2026-12-06 17:27:37.776101');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-10 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 17:27:37.777692','2026-12-06 17:27:37.777695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-13 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 17:27:37.779268','2026-12-06 17:27:37.779271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 17:27:37.780853','2026-12-06 17:27:37.780857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 17:27:37.782482','2026-12-06 17:27:37.782485');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 17:27:37.784027','2026-12-06 17:27:37.784030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 17:27:37.785595','2026-12-06 17:27:37.785599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 17:27:37.787144','2026-12-06 17:27:37.787147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 17:27:37.789005','2026-12-06 17:27:37.789008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 17:27:37.790594','2026-12-06 17:27:37.790597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 17:27:37.792103','2026-12-06 17:27:37.792107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 17:27:37.797925','2026-12-06 17:27:37.797928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-07-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 17:27:37.799546','2026-12-06 17:27:37.799549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 17:27:37.805322','2026-12-06 17:27:37.805326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 17:27:37.806999','2026-12-06 17:27:37.807003');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 17:27:37.812732','2026-12-06 17:27:37.812736');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 17:27:37.814446','2026-12-06 17:27:37.814449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 17:27:37.815996','2026-12-06 17:27:37.815999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 17:27:37.817634','2026-12-06 17:27:37.817637');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 17:27:37.819210','2026-12-06 17:27:37.819214');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 17:27:37.824916','2026-12-06 17:27:37.824920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 17:27:37.826615','2026-12-06 17:27:37.826619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 17:27:37.828174','2026-12-06 17:27:37.828177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 17:27:37.833985','2026-12-06 17:27:37.833988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 17:27:37.835692','2026-12-06 17:27:37.835695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 17:27:37.841546','2026-12-06 17:27:37.841549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 17:27:37.843166','2026-12-06 17:27:37.843169');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-31 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 17:27:37.848867','2026-12-06 17:27:37.848872');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-24 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 17:27:37.850593','2026-12-06 17:27:37.850597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 17:27:37.852174','2026-12-06 17:27:37.852177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 17:27:37.858007','2026-12-06 17:27:37.858010');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 17:27:37.859591','2026-12-06 17:27:37.859594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 17:27:37.866489','2026-12-06 17:27:37.866492');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 17:27:37.868099','2026-12-06 17:27:37.868102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 17:27:37.873917','2026-12-06 17:27:37.873920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 17:27:37.875498','2026-12-06 17:27:37.875501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 17:27:37.881272','2026-12-06 17:27:37.881276');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 17:27:37.882902','2026-12-06 17:27:37.882905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 17:27:37.884471','2026-12-06 17:27:37.884474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 17:27:37.890327','2026-12-06 17:27:37.890330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-06 17:27:37.891864','2026-12-06 17:27:37.891867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,617,'2026-12-06 17:27:37.897937','2026-12-06 17:27:37.897941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,618,'2026-12-06 17:27:37.907895','2026-12-06 17:27:37.907898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,619,'2026-12-06 17:27:37.907900','2026-12-06 17:27:37.907902');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,620,'2026-12-06 17:27:37.913594','2026-12-06 17:27:37.913597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,621,'2026-12-06 17:27:37.913599','2026-12-06 17:27:37.913600');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,622,'2026-12-06 17:27:37.920204','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-06 17:27:37.920208','2026-12-06 17:27:37.920210');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 12:27:36 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,624,'2026-12-06 17:27:37.933701','2026-12-06 17:27:37.933704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-06 17:27:37.933706','2026-12-06 17:27:37.933707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 21:27:36 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,626,'2026-12-06 17:27:37.942729','2026-12-06 17:27:37.942732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-06 17:27:37.942733','2026-12-06 17:27:37.942734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,628,'2026-12-06 17:27:37.951701','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-06 17:27:37.951706','2026-12-06 17:27:37.951707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,630,'2026-12-06 17:27:37.964558','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-06 17:27:37.964564','2026-12-06 17:27:37.964565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,632,'2026-12-06 17:27:37.977219','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,633,'2026-12-06 17:27:37.977224','2026-12-06 17:27:37.977225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,634,'2026-12-06 17:27:37.987312','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,635,'2026-12-06 17:27:37.992829','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,636,'2026-12-06 17:27:37.994286','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-23 06:38:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 17:27:37.995561','2026-12-06 17:27:37.995563');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 17:27:37.999578','2026-12-06 17:27:37.999582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 17:27:38.000995','2026-12-06 17:27:38.000997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-25 05:22:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 17:27:38.002272','2026-12-06 17:27:38.002275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-06 17:27:38.003468','2026-12-06 17:27:38.003470');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 2',NULL,642,'2026-12-06 17:27:38.008896','2026-12-06 17:27:38.008900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,643,'2026-12-06 17:27:38.010314','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,644,'2026-12-06 17:27:38.011592','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,645,'2026-12-06 17:27:38.021047','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,646,'2026-12-06 17:27:38.022883','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,647,'2026-12-06 17:27:38.024234','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,648,'2026-12-06 17:27:38.025478','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-23 04:10:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 17:27:38.026748','2026-12-06 17:27:38.026750');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-06 17:27:38.027955','2026-12-06 17:27:38.027957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,651,'2026-12-06 17:27:38.033472','2026-12-06 17:27:38.033475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,652,'2026-12-06 17:27:38.034790','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,653,'2026-12-06 17:27:38.036028','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,654,'2026-12-06 17:27:38.041584','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,655,'2026-12-06 17:27:38.042913','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,656,'2026-12-06 17:27:38.044153','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,657,'2026-12-06 17:27:38.049753','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-11-01 08:21:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 17:27:38.051075','2026-12-06 17:27:38.051078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-02 02:07:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 17:27:38.052279','2026-12-06 17:27:38.052282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-03 10:37:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 17:27:38.058023','2026-12-06 17:27:38.058026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-31 05:56:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 17:27:38.059531','2026-12-06 17:27:38.059534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-09-01 02:07:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 17:27:38.061030','2026-12-06 17:27:38.061033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-02 10:37:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 17:27:38.062508','2026-12-06 17:27:38.062511');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-04 08:58:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 17:27:38.063923','2026-12-06 17:27:38.063926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-05 02:07:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 17:27:38.069710','2026-12-06 17:27:38.069714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-06 10:37:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-06 17:27:38.071416','2026-12-06 17:27:38.071420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,667,'2026-12-06 17:27:38.125424','2026-12-06 17:27:38.125429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',668,'2026-12-06 17:27:38.135458','2026-12-06 17:27:38.135464');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,669,'2026-12-06 17:27:38.175417','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,670,'2026-12-06 17:27:38.177808','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,671,'2026-12-06 17:27:38.179595','2026-12-06 17:27:39.095697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 17:27:38 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,672,'2026-12-06 17:27:38.191699','2026-12-06 17:27:38.191702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,673,'2026-12-06 17:27:38.191704','2026-12-06 17:27:38.191705');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-08 01:27 → 12-09 01:27（第 1 次，上限 2 次）','客户周末来签',674,'2026-12-06 17:27:38.203013','2026-12-06 17:27:38.203017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,675,'2026-12-06 17:27:38.213737','2026-12-06 17:27:38.213742');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',676,'2026-12-06 17:27:38.217797','2026-12-06 17:27:38.217801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,677,'2026-12-06 17:27:38.229767','2026-12-06 17:27:38.229770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 17:27:38 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,678,'2026-12-06 17:27:38.262687','2026-12-06 17:27:38.262692');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,679,'2026-12-06 17:27:38.264444','2026-12-06 17:27:38.264448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,680,'2026-12-06 17:27:38.276552','2026-12-06 17:27:38.276558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,681,'2026-12-06 17:27:38.276560','2026-12-06 17:27:38.276562');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,682,'2026-12-06 17:27:38.276563','2026-12-06 17:27:38.276564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 17:27:38 UTC；说明=''''',NULL,683,'2026-12-06 17:27:38.276566','2026-12-06 17:27:38.276567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,684,'2026-12-06 17:27:38.278314','2026-12-06 17:27:38.278319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 17:27:38 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''''；违约条款内容=''''',NULL,685,'2026-12-06 17:27:38.295064','2026-12-06 17:27:39.108416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,686,'2026-12-06 17:27:38.299040','2026-12-06 17:27:38.299045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,687,'2026-12-06 17:27:38.302912','2026-12-06 17:27:38.302916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,688,'2026-12-06 17:27:38.302918','2026-12-06 17:27:38.302919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,689,'2026-12-06 17:27:38.302921','2026-12-06 17:27:38.302922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 17:27:38 UTC；说明=''''',NULL,690,'2026-12-06 17:27:38.302923','2026-12-06 17:27:38.302924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,691,'2026-12-06 17:27:38.305749','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 17:27:38 UTC；说明=''''',NULL,692,'2026-12-06 17:27:38.309166','2026-12-06 17:27:38.309170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 17:27:38 UTC',NULL,693,'2026-12-06 17:27:38.309172','2026-12-06 17:27:38.309173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-06',NULL,694,'2026-12-06 17:27:38.312970','2026-12-06 17:27:38.312974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-07',NULL,695,'2026-12-06 17:27:38.312976','2026-12-06 17:27:38.312977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,696,'2026-12-06 17:27:38.314607','2026-12-06 17:27:38.314610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,697,'2026-12-06 17:27:38.319042','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,698,'2026-12-06 17:27:38.319058','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,699,'2026-12-06 17:27:38.319061','2026-12-06 17:27:39.094776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,700,'2026-12-06 17:27:38.324678','2026-12-06 17:27:39.097224');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,701,'2026-12-06 17:27:38.430996','2026-12-06 17:27:38.431004');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,702,'2026-12-06 17:27:38.499378','2026-12-06 17:27:38.499386');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,703,'2026-12-06 17:27:38.620404','2026-12-06 17:27:38.620413');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,704,'2026-12-06 17:27:38.692011','2026-12-06 17:27:38.692019');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,705,'2026-12-06 17:27:38.835865','2026-12-06 17:27:38.835874');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,706,'2026-12-06 17:27:38.842333','2026-12-06 17:27:38.842336');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,707,'2026-12-06 17:27:38.844913','2026-12-06 17:27:38.844917');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,708,'2026-12-06 17:27:38.847771','2026-12-06 17:27:38.847776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,709,'2026-12-06 17:27:38.851741','2026-12-06 17:27:38.851744');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,710,'2026-12-06 17:27:38.861846','2026-12-06 17:27:38.861852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 17:22:38 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,711,'2026-12-06 17:27:38.875431','2026-12-06 17:27:38.875436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,712,'2026-12-06 17:27:38.878646','2026-12-06 17:27:38.878650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 17:22:38 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,713,'2026-12-06 17:27:38.878652','2026-12-06 17:27:38.878653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-06',NULL,714,'2026-12-06 17:27:38.878654','2026-12-06 17:27:38.878655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',6,'日期=2026-12-07；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,715,'2026-12-06 17:27:38.881511','2026-12-06 17:27:38.881515');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,716,'2026-12-06 17:27:38.888437','2026-12-06 17:27:38.888441');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,717,'2026-12-06 17:27:38.895437','2026-12-06 17:27:38.895442');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,718,'2026-12-06 17:27:38.902187','2026-12-06 17:27:38.902192');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,719,'2026-12-06 17:27:38.908832','2026-12-06 17:27:38.908836');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,720,'2026-12-06 17:27:38.925277','2026-12-06 17:27:38.987993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,721,'2026-12-06 17:27:38.927352','2026-12-06 17:27:38.927356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,722,'2026-12-06 17:27:38.935342','2026-12-06 17:27:38.987993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',723,'2026-12-06 17:27:39.064800','2026-12-06 17:27:39.064804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,724,'2026-12-06 17:27:39.075675','2026-12-06 17:27:39.091347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-06 17:27:38 UTC',NULL,725,'2026-12-06 17:27:39.102765','2026-12-06 17:27:39.102770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',726,'2026-12-06 17:27:39.160390','2026-12-06 17:27:39.160398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',1,'项目=1；交易=1；催款函编号=1；阶段=1；函件日期=2026-11-27；issued_at=2026-12-06 17:27:39 UTC；送达方式=''当面签收''；快递/挂号单号=''''；签收日期=2026-12-02；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,727,'2026-12-06 17:27:39.228477','2026-12-06 17:27:39.228494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：'''' → ''浙江省杭州市西湖区文三路 90 号 3 幢 501 室''；邮政编码：'''' → ''310012''；违约条款编号：'''' → ''第九条''；违约条款内容：'''' → ''买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。''；催告后付款期限（天）：（空） → 60',NULL,728,'2026-12-06 17:27:39.228496','2026-12-06 17:27:39.228497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',1,'催款函=1；付款节点=2；阶段=1；逾期天数=30；未付金额=120000.50；违约金=1234.56',NULL,729,'2026-12-06 17:27:39.230566','2026-12-06 17:27:39.230568');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',2,'项目=1；交易=1；催款函编号=2；阶段=4；函件日期=2026-11-28；issued_at=2026-12-06 17:27:39 UTC；送达方式=''快递''；快递/挂号单号=''XA00000002''；签收日期=2026-12-03；作废时间=2026-12-06 17:27:39 UTC；作废原因=''作废：打印错误''；重印次数=0；继续履行原因=''''',NULL,730,'2026-12-06 17:27:39.230570','2026-12-06 17:27:39.230571');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',2,'催款函=2；付款节点=2；阶段=4；逾期天数=120；未付金额=120000.50；违约金=1234.56',NULL,731,'2026-12-06 17:27:39.234941','2026-12-06 17:27:39.234943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',3,'项目=1；交易=1；催款函编号=3；阶段=6；函件日期=2026-11-29；issued_at=2026-12-06 17:27:39 UTC；送达方式=''挂号信''；快递/挂号单号=''XA00000003''；签收日期=2026-12-04；作废原因=''''；重印次数=0；买受人书面催告决定日期=2026-12-06；继续履行原因=''''',NULL,732,'2026-12-06 17:27:39.234945','2026-12-06 17:27:39.234946');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',3,'催款函=3；付款节点=2；阶段=6；逾期天数=180；未付金额=120000.50；违约金=1234.56',NULL,733,'2026-12-06 17:27:39.236256','2026-12-06 17:27:39.236259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_blocks',1,'交易=1；暂停原因=''客户申请分期，谈判中''；开始日期=2026-11-16；结束日期=2026-12-16；提前解除日期=2026-11-24；解除原因=''谈判未果''',NULL,734,'2026-12-06 17:27:39.236260','2026-12-06 17:27:39.236261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_calls',1,'交易=1；阶段=1；致电时间=2026-12-06 17:27:39 UTC；called_on=2026-12-06；结果=''承诺付款日期''；承诺付款日期=2026-12-13；备注=''客户说月底前转账''',NULL,735,'2026-12-06 17:27:39.236261','2026-12-06 17:27:39.236262');
CREATE TABLE buildings (
	project_id INTEGER NOT NULL, 
	phase VARCHAR(20) NOT NULL, 
	name VARCHAR(20) NOT NULL, 
	"key" VARCHAR(20) NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_buildings PRIMARY KEY (id), 
	CONSTRAINT fk_buildings_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_buildings_project_id UNIQUE (project_id, "key")
);
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 17:27:36.446602','2026-12-06 17:27:36.446607');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 17:27:36.451580','2026-12-06 17:27:36.451584');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 17:27:36.457579','2026-12-06 17:27:36.457583');
CREATE TABLE calendar_days (
	day DATE NOT NULL, 
	is_workday BOOLEAN NOT NULL, 
	name VARCHAR(40) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_days PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_days_day UNIQUE (day)
);
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 17:27:35.422246','2026-12-06 17:27:35.422253');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 17:27:35.422257','2026-12-06 17:27:35.422258');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 17:27:35.417286','2026-12-06 17:27:35.417292');
CREATE TABLE care_touches (
	deal_id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	owner_id INTEGER, 
	seq INTEGER NOT NULL, 
	due_at DATETIME NOT NULL, 
	text TEXT NOT NULL, 
	done_at DATETIME, 
	done_by_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_care_touches PRIMARY KEY (id), 
	CONSTRAINT fk_care_touches_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_care_touches_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT fk_care_touches_done_by_id_users FOREIGN KEY(done_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_care_touches_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_care_touches_deal_id UNIQUE (deal_id, seq)
);
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-26 04:46:00.000000','','2026-06-26 04:53:00.000000',4,1,'2026-12-06 17:27:36.796619','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,2,'2026-12-06 17:27:36.796626','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,3,'2026-12-06 17:27:36.796628','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-23 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 06:38:00.000000',2,4,'2026-12-06 17:27:36.895670','2026-12-06 17:27:37.994954');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,5,'2026-12-06 17:27:36.895676','2026-12-06 17:27:37.996236');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,6,'2026-12-06 17:27:36.895678','2026-12-06 17:27:38.000369');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-25 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 05:22:00.000000',2,7,'2026-12-06 17:27:36.973863','2026-12-06 17:27:38.001693');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-26 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',2,8,'2026-12-06 17:27:36.973868','2026-12-06 17:27:38.002904');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-27 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',2,9,'2026-12-06 17:27:36.973870','2026-12-06 17:27:38.004152');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-24 08:15:00.000000','','2026-06-24 08:22:00.000000',4,10,'2026-12-06 17:27:37.014823','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-25 02:00:00.000000','','2026-06-25 02:07:00.000000',4,11,'2026-12-06 17:27:37.014828','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-26 10:30:00.000000','','2026-06-26 10:37:00.000000',4,12,'2026-12-06 17:27:37.014830','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-26 02:27:00.000000','','2026-06-26 02:34:00.000000',4,13,'2026-12-06 17:27:37.070534','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,14,'2026-12-06 17:27:37.070539','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,15,'2026-12-06 17:27:37.070542','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-23 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 04:10:00.000000',2,16,'2026-12-06 17:27:37.124039','2026-12-06 17:27:38.026182');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,17,'2026-12-06 17:27:37.124045','2026-12-06 17:27:38.027394');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,18,'2026-12-06 17:27:37.124047','2026-12-06 17:27:38.032729');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-22 08:53:00.000000','','2026-11-22 09:00:00.000000',4,19,'2026-12-06 17:27:37.189637','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-23 02:00:00.000000','','2026-11-23 02:07:00.000000',4,20,'2026-12-06 17:27:37.189642','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-24 10:30:00.000000','','2026-11-24 10:37:00.000000',4,21,'2026-12-06 17:27:37.189645','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-07 07:03:00.000000','','2026-11-07 07:10:00.000000',4,22,'2026-12-06 17:27:37.228798','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-08 02:00:00.000000','','2026-11-08 02:07:00.000000',4,23,'2026-12-06 17:27:37.228804','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-09 10:30:00.000000','','2026-11-09 10:37:00.000000',4,24,'2026-12-06 17:27:37.228806','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-11-01 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-01 08:21:00.000000',2,25,'2026-12-06 17:27:37.287499','2026-12-06 17:27:38.050493');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-02 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-02 02:07:00.000000',2,26,'2026-12-06 17:27:37.287504','2026-12-06 17:27:38.051718');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-03 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-03 10:37:00.000000',2,27,'2026-12-06 17:27:37.287507','2026-12-06 17:27:38.057279');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-31 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-31 05:56:00.000000',2,28,'2026-12-06 17:27:37.344559','2026-12-06 17:27:38.058831');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-09-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-09-01 02:07:00.000000',2,29,'2026-12-06 17:27:37.344565','2026-12-06 17:27:38.060339');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-02 10:37:00.000000',2,30,'2026-12-06 17:27:37.344567','2026-12-06 17:27:38.061821');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-04 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-04 08:58:00.000000',2,31,'2026-12-06 17:27:37.385557','2026-12-06 17:27:38.063268');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-05 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-05 02:07:00.000000',2,32,'2026-12-06 17:27:37.385562','2026-12-06 17:27:38.068913');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-06 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-06 10:37:00.000000',2,33,'2026-12-06 17:27:37.385565','2026-12-06 17:27:38.070546');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-06 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。',NULL,NULL,34,'2026-12-06 17:27:37.710047','2026-12-06 17:27:37.710051');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-07 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 17:27:37.710068','2026-12-06 17:27:37.710069');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-08 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 17:27:37.710070','2026-12-06 17:27:37.710071');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 01:00:00.000000','',NULL,NULL,37,'2026-12-06 17:27:38.317755','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-08 02:00:00.000000','',NULL,NULL,38,'2026-12-06 17:27:38.317760','2026-12-06 17:27:39.083257');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-09 10:30:00.000000','',NULL,NULL,39,'2026-12-06 17:27:38.317763','2026-12-06 17:27:39.083257');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','23d2ed606ca0b3db','2026-12-06 17:27:35.306764');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','23d2ed606ca0b3db','2026-12-06 17:27:35.425145');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','23d2ed606ca0b3db','2026-12-06 17:27:35.574496');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','23d2ed606ca0b3db','2026-12-06 17:27:35.587183');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.037882');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,rotation_turns,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.065418');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.090848');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.099906');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.116676');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','23d2ed606ca0b3db','2026-12-06 17:27:36.212979');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','23d2ed606ca0b3db','2026-12-06 17:27:36.244460');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','23d2ed606ca0b3db','2026-12-06 17:27:36.251434');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','23d2ed606ca0b3db','2026-12-06 17:27:36.256999');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','23d2ed606ca0b3db','2026-12-06 17:27:36.431616');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','23d2ed606ca0b3db','2026-12-06 17:27:38.095459');
INSERT INTO "change_log" VALUES(16,'audit_log,projects,queue_tickets','23d2ed606ca0b3db','2026-12-06 17:27:38.136043');
INSERT INTO "change_log" VALUES(17,'audit_log,projects,queue_tickets,unit_holds,units','23d2ed606ca0b3db','2026-12-06 17:27:38.218304');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','23d2ed606ca0b3db','2026-12-06 17:27:38.325276');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.433418');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.501570');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.621922');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.701693');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.842911');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.846114');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','23d2ed606ca0b3db','2026-12-06 17:27:38.848903');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','23d2ed606ca0b3db','2026-12-06 17:27:38.910787');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,disputes,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','23d2ed606ca0b3db','2026-12-06 17:27:39.165133');
INSERT INTO "change_log" VALUES(28,'audit_log,deals,dunning_blocks,dunning_calls,dunning_letter_items,dunning_letters','23d2ed606ca0b3db','2026-12-06 17:27:39.236762');
CREATE TABLE customer_merges (
	kept_id INTEGER NOT NULL, 
	merged_id INTEGER NOT NULL, 
	snapshot TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	user_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_customer_merges PRIMARY KEY (id), 
	CONSTRAINT fk_customer_merges_kept_id_customers FOREIGN KEY(kept_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_customer_merges_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-06 17:27:36.144548','2026-12-06 17:27:39.087610');
CREATE TABLE customer_name_grams (
	gram VARCHAR(2) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	CONSTRAINT pk_customer_name_grams PRIMARY KEY (gram, customer_id)
)
 WITHOUT ROWID

;
INSERT INTO "customer_name_grams" VALUES('张伟',1);
INSERT INTO "customer_name_grams" VALUES('单丽',3);
INSERT INTO "customer_name_grams" VALUES('唐宁',4);
CREATE TABLE customer_relatives (
	customer_id INTEGER NOT NULL, 
	relation VARCHAR(10) NOT NULL, 
	name VARCHAR(40) NOT NULL, 
	phone VARCHAR(24), 
	phone_key VARCHAR(11), 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_customer_relatives PRIMARY KEY (id), 
	CONSTRAINT fk_customer_relatives_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 17:27:36.131757','2026-12-06 17:27:36.131762');
CREATE TABLE customers (
	name VARCHAR(40) NOT NULL, 
	name_initials VARCHAR(40) NOT NULL, 
	phone VARCHAR(24), 
	phone_key VARCHAR(11), 
	phone_kind VARCHAR(10) NOT NULL, 
	gender VARCHAR(4) NOT NULL, 
	age_band VARCHAR(20) NOT NULL, 
	family_structure VARCHAR(20) NOT NULL, 
	budget_min BIGINT, 
	budget_max BIGINT, 
	area_min BIGINT, 
	area_max BIGINT, 
	layout VARCHAR(20) NOT NULL, 
	floor_preference VARCHAR(20) NOT NULL, 
	purpose VARCHAR(10) NOT NULL, 
	buyer_type VARCHAR(10) NOT NULL, 
	focus VARCHAR(200) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	awareness VARCHAR(20) NOT NULL, 
	owner_id INTEGER, 
	protected_until DATE, 
	grade VARCHAR(1) NOT NULL, 
	referrer_id INTEGER, 
	birthday DATE, 
	birthday_md VARCHAR(5), 
	notes TEXT NOT NULL, 
	consent_at DATETIME, 
	marketing_opt_in BOOLEAN NOT NULL, 
	do_not_disturb BOOLEAN NOT NULL, 
	visit_count INTEGER NOT NULL, 
	first_visit_at DATETIME, 
	last_visit_at DATETIME, 
	last_follow_up_at DATETIME, 
	last_contact_at DATETIME, 
	planned_follow_up_on DATE, 
	next_follow_up_on DATE, 
	risk_monitoring BOOLEAN NOT NULL, 
	risk_index INTEGER, 
	anonymised_at DATETIME, 
	created_by_id INTEGER, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, erasure_requested_at DATETIME, 
	CONSTRAINT pk_customers PRIMARY KEY (id), 
	CONSTRAINT fk_customers_created_by_id_users FOREIGN KEY(created_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_customers_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_customers_referrer_id_customers FOREIGN KEY(referrer_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT uq_customers_phone_key UNIQUE (phone_key)
);
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-04','A',NULL,NULL,NULL,'','2026-11-16 17:27:35.000000',1,0,2,'2026-11-16 17:27:35.000000','2026-12-04 17:27:35.000000','2026-12-05 17:27:35.000000','2026-12-05 17:27:35.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 17:27:36.001329','2026-12-06 17:27:36.208767',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-17','C',1,NULL,NULL,'','2026-11-16 18:27:35.000000',0,1,2,'2026-11-16 18:27:35.000000','2026-12-04 17:27:35.000000',NULL,'2026-12-04 17:27:35.000000',NULL,NULL,0,NULL,'2026-12-06 17:27:38.000000',NULL,8,2,'2026-12-06 17:27:36.050246','2026-12-06 17:27:39.098752','2026-12-06 17:27:38.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-16 19:27:35.000000',0,0,1,'2026-11-16 19:27:35.000000','2026-11-16 19:27:35.000000',NULL,'2026-11-16 19:27:35.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-06 17:27:36.080109','2026-12-06 17:27:38.272044',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-06','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-06 17:22:38.000000',0,0,1,'2026-12-06 17:22:38.000000','2026-12-06 17:22:38.000000',NULL,'2026-12-06 17:22:38.000000',NULL,'2027-01-06',0,NULL,NULL,6,3,4,'2026-12-06 17:27:38.871502','2026-12-06 17:27:38.924901',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-06 17:27:38.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-06 17:27:38.000000',NULL,2,5,'2026-12-06 17:27:38.918771','2026-12-06 17:27:38.932654',NULL);
CREATE TABLE deal_steps (
	deal_id INTEGER NOT NULL, 
	step VARCHAR(20) NOT NULL, 
	done_at DATETIME NOT NULL, 
	user_id INTEGER, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_deal_steps PRIMARY KEY (id), 
	CONSTRAINT fk_deal_steps_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT fk_deal_steps_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_deal_steps_deal_id UNIQUE (deal_id, step)
);
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-20 01:26:00.000000',4,'',1,'2026-12-06 17:27:36.610649','2026-12-06 17:27:36.610654');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-20 01:32:00.000000',2,'',2,'2026-12-06 17:27:36.642015','2026-12-06 17:27:36.642019');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-20 01:38:00.000000',2,'',3,'2026-12-06 17:27:36.666978','2026-12-06 17:27:36.666982');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-20 01:44:00.000000',4,'',4,'2026-12-06 17:27:36.691611','2026-12-06 17:27:36.691615');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-20 01:50:00.000000',4,'',5,'2026-12-06 17:27:36.718938','2026-12-06 17:27:36.718942');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-20 01:56:00.000000',2,'',6,'2026-12-06 17:27:36.744877','2026-12-06 17:27:36.744882');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-26 04:46:00.000000',7,'',7,'2026-12-06 17:27:36.778605','2026-12-06 17:27:36.778609');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-05 02:25:00.000000',7,'',8,'2026-12-06 17:27:36.807922','2026-12-06 17:27:36.807926');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-11 01:07:00.000000',10,'',9,'2026-12-06 17:27:36.811751','2026-12-06 17:27:36.811754');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-16 04:39:00.000000',10,'',10,'2026-12-06 17:27:36.815833','2026-12-06 17:27:36.815835');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-26 03:18:00.000000',10,'',11,'2026-12-06 17:27:36.819099','2026-12-06 17:27:36.819102');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-04 03:11:00.000000',10,'',12,'2026-12-06 17:27:36.822294','2026-12-06 17:27:36.822297');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-20 03:26:00.000000',10,'',13,'2026-12-06 17:27:36.825470','2026-12-06 17:27:36.825473');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-19 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 17:27:36.850786','2026-12-06 17:27:36.850789');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-23 06:31:00.000000',7,'',15,'2026-12-06 17:27:36.884802','2026-12-06 17:27:36.884806');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-02 06:41:00.000000',7,'',16,'2026-12-06 17:27:36.899228','2026-12-06 17:27:36.899231');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-07 01:08:00.000000',10,'',17,'2026-12-06 17:27:36.910583','2026-12-06 17:27:36.910587');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-14 03:36:00.000000',10,'',18,'2026-12-06 17:27:36.914941','2026-12-06 17:27:36.914944');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-28 05:58:00.000000',10,'',19,'2026-12-06 17:27:36.918271','2026-12-06 17:27:36.918275');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-07 09:39:00.000000',10,'',20,'2026-12-06 17:27:36.921304','2026-12-06 17:27:36.921307');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-20 05:04:00.000000',10,'',21,'2026-12-06 17:27:36.924328','2026-12-06 17:27:36.924331');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-15 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 17:27:36.937838','2026-12-06 17:27:36.937841');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-25 05:15:00.000000',7,'',23,'2026-12-06 17:27:36.965830','2026-12-06 17:27:36.965833');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-04 08:30:00.000000',7,'',24,'2026-12-06 17:27:36.977391','2026-12-06 17:27:36.977393');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-09 02:50:00.000000',10,'',25,'2026-12-06 17:27:36.980367','2026-12-06 17:27:36.980370');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-18 01:34:00.000000',10,'',26,'2026-12-06 17:27:36.983310','2026-12-06 17:27:36.983313');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-31 01:54:00.000000',10,'',27,'2026-12-06 17:27:36.986311','2026-12-06 17:27:36.986314');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-07 07:43:00.000000',10,'',28,'2026-12-06 17:27:36.989352','2026-12-06 17:27:36.989355');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-24 08:15:00.000000',7,'',29,'2026-12-06 17:27:37.006972','2026-12-06 17:27:37.006975');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-02 06:59:00.000000',7,'',30,'2026-12-06 17:27:37.019807','2026-12-06 17:27:37.019810');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-09 06:50:00.000000',10,'',31,'2026-12-06 17:27:37.022841','2026-12-06 17:27:37.022844');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-17 07:08:00.000000',10,'',32,'2026-12-06 17:27:37.025805','2026-12-06 17:27:37.025808');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-29 05:51:00.000000',10,'',33,'2026-12-06 17:27:37.028801','2026-12-06 17:27:37.028803');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-07 06:33:00.000000',10,'',34,'2026-12-06 17:27:37.031794','2026-12-06 17:27:37.031797');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-19 04:47:00.000000',10,'',35,'2026-12-06 17:27:37.034925','2026-12-06 17:27:37.034928');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-26 02:27:00.000000',7,'',36,'2026-12-06 17:27:37.062678','2026-12-06 17:27:37.062681');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-05 05:56:00.000000',7,'',37,'2026-12-06 17:27:37.075679','2026-12-06 17:27:37.075682');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-12 07:20:00.000000',10,'',38,'2026-12-06 17:27:37.078755','2026-12-06 17:27:37.078758');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-20 08:06:00.000000',10,'',39,'2026-12-06 17:27:37.081773','2026-12-06 17:27:37.081776');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-31 03:41:00.000000',10,'',40,'2026-12-06 17:27:37.084761','2026-12-06 17:27:37.084763');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-07 02:23:00.000000',10,'',41,'2026-12-06 17:27:37.087721','2026-12-06 17:27:37.087724');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-22 08:09:00.000000',10,'',42,'2026-12-06 17:27:37.090751','2026-12-06 17:27:37.090753');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-23 04:03:00.000000',7,'',43,'2026-12-06 17:27:37.116121','2026-12-06 17:27:37.116124');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-29 08:30:00.000000',7,'',44,'2026-12-06 17:27:37.127497','2026-12-06 17:27:37.127500');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-03 02:50:00.000000',10,'',45,'2026-12-06 17:27:37.130514','2026-12-06 17:27:37.130517');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-10 05:29:00.000000',10,'',46,'2026-12-06 17:27:37.133571','2026-12-06 17:27:37.133574');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-21 03:02:00.000000',10,'',47,'2026-12-06 17:27:37.136567','2026-12-06 17:27:37.136570');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-28 01:36:00.000000',10,'',48,'2026-12-06 17:27:37.139542','2026-12-06 17:27:37.139545');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-10 02:39:00.000000',10,'',49,'2026-12-06 17:27:37.142582','2026-12-06 17:27:37.142585');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-21 04:49:00.000000',4,'',50,'2026-12-06 17:27:37.161494','2026-12-06 17:27:37.161498');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-22 08:53:00.000000',7,'',51,'2026-12-06 17:27:37.181635','2026-12-06 17:27:37.181638');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-02 06:06:00.000000',7,'',52,'2026-12-06 17:27:37.194589','2026-12-06 17:27:37.194592');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-05 04:57:00.000000',10,'',53,'2026-12-06 17:27:37.197587','2026-12-06 17:27:37.197589');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-03 02:43:00.000000',4,'',54,'2026-12-06 17:27:37.208501','2026-12-06 17:27:37.208505');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-07 07:03:00.000000',7,'',55,'2026-12-06 17:27:37.221240','2026-12-06 17:27:37.221242');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-13 04:11:00.000000',7,'',56,'2026-12-06 17:27:37.233623','2026-12-06 17:27:37.233626');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-16 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 17:27:37.240506','2026-12-06 17:27:37.240509');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-29 09:34:00.000000',2,'',58,'2026-12-06 17:27:37.268892','2026-12-06 17:27:37.268895');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-11-01 08:14:00.000000',7,'',59,'2026-12-06 17:27:37.279945','2026-12-06 17:27:37.279948');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-11 02:08:00.000000',7,'',60,'2026-12-06 17:27:37.290844','2026-12-06 17:27:37.290847');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-14 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 17:27:37.296759','2026-12-06 17:27:37.296762');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-30 08:36:00.000000',2,'',62,'2026-12-06 17:27:37.318247','2026-12-06 17:27:37.318251');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-31 05:49:00.000000',7,'',63,'2026-12-06 17:27:37.336395','2026-12-06 17:27:37.336398');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-08 07:48:00.000000',7,'',64,'2026-12-06 17:27:37.347937','2026-12-06 17:27:37.347940');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-10-01 06:41:00.000000',2,'',65,'2026-12-06 17:27:37.359231','2026-12-06 17:27:37.359236');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-04 08:51:00.000000',7,'',66,'2026-12-06 17:27:37.377843','2026-12-06 17:27:37.377846');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-13 09:08:00.000000',7,'',67,'2026-12-06 17:27:37.392374','2026-12-06 17:27:37.392378');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-18 02:19:00.000000',10,'',68,'2026-12-06 17:27:37.395432','2026-12-06 17:27:37.395435');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-24 03:16:00.000000',10,'',69,'2026-12-06 17:27:37.399178','2026-12-06 17:27:37.399182');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-06 06:18:00.000000',10,'',70,'2026-12-06 17:27:37.403495','2026-12-06 17:27:37.403498');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-12 02:34:00.000000',10,'',71,'2026-12-06 17:27:37.406538','2026-12-06 17:27:37.406540');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-28 01:01:00.000000',10,'',72,'2026-12-06 17:27:37.410143','2026-12-06 17:27:37.410146');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-12-01 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 17:27:37.425759','2026-12-06 17:27:37.425762');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-26 06:33:00.000000',2,'',74,'2026-12-06 17:27:37.454159','2026-12-06 17:27:37.454164');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-27 05:29:00.000000',4,'',75,'2026-12-06 17:27:37.475211','2026-12-06 17:27:37.475216');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-30 04:52:00.000000',2,'',76,'2026-12-06 17:27:37.505670','2026-12-06 17:27:37.505675');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-12-01 06:52:00.000000',2,'',77,'2026-12-06 17:27:37.535963','2026-12-06 17:27:37.535968');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-02 09:25:00.000000',2,'',78,'2026-12-06 17:27:37.574673','2026-12-06 17:27:37.574678');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-03 07:30:00.000000',2,'',79,'2026-12-06 17:27:37.606644','2026-12-06 17:27:37.606648');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-04 02:20:00.000000',4,'',80,'2026-12-06 17:27:37.637854','2026-12-06 17:27:37.637857');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-05 04:51:00.000000',2,'',81,'2026-12-06 17:27:37.677177','2026-12-06 17:27:37.677181');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-06 02:05:00.000000',7,'',82,'2026-12-06 17:27:37.702085','2026-12-06 17:27:37.702088');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-06 06:59:00.000000',4,'',83,'2026-12-06 17:27:37.721723','2026-12-06 17:27:37.721727');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 17:26:36.000000',2,'',84,'2026-12-06 17:27:37.744252','2026-12-06 17:27:37.744256');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 17:27:38.000000',NULL,'',85,'2026-12-06 17:27:38.269999','2026-12-06 17:27:38.270004');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 17:27:38.000000',NULL,'',86,'2026-12-06 17:27:38.300422','2026-12-06 17:27:38.300426');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 17:27:38.000000',NULL,'',87,'2026-12-06 17:27:38.307383','2026-12-06 17:27:38.307385');
CREATE TABLE deals (
	project_id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	consultant_id INTEGER, 
	ticket_id INTEGER, 
	buyer_name VARCHAR(40) NOT NULL, 
	buyer_id_masked VARCHAR(24) NOT NULL, 
	buyer_id_cipher VARCHAR(200) NOT NULL, 
	payment_method VARCHAR(12) NOT NULL, 
	list_price BIGINT NOT NULL, 
	standard_discount BIGINT NOT NULL, 
	special_discount BIGINT NOT NULL, 
	discount_status VARCHAR(10) NOT NULL, 
	discount_reason VARCHAR(200) NOT NULL, 
	discount_approver_id INTEGER, 
	discount_decided_at DATETIME, 
	price BIGINT NOT NULL, 
	filed_price BIGINT NOT NULL, 
	deposit BIGINT NOT NULL, 
	subscribed_at DATETIME NOT NULL, 
	sign_deadline DATE NOT NULL, 
	penalty_per_10k BIGINT NOT NULL, 
	cancel_days INTEGER NOT NULL, 
	stage VARCHAR(12) NOT NULL, 
	contract_no VARCHAR(40) NOT NULL, 
	netsign_no VARCHAR(40) NOT NULL, 
	signed_at DATETIME, 
	filed_on DATE, 
	area_settlement BIGINT, 
	fees BIGINT NOT NULL, 
	delivered_at DATETIME, 
	certified_at DATETIME, 
	cancelled_at DATETIME, 
	note TEXT NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, mailing_address VARCHAR(200) DEFAULT '' NOT NULL, mailing_postcode VARCHAR(6) DEFAULT '' NOT NULL, penalty_clause_no VARCHAR(20) DEFAULT '' NOT NULL, penalty_clause_text TEXT DEFAULT '' NOT NULL, demand_period_days INTEGER, 
	CONSTRAINT pk_deals PRIMARY KEY (id), 
	CONSTRAINT fk_deals_consultant_id_users FOREIGN KEY(consultant_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_discount_approver_id_users FOREIGN KEY(discount_approver_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_unit_id_units FOREIGN KEY(unit_id) REFERENCES units (id) ON DELETE RESTRICT
);
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:fbT9rN6ASZ80eAi3yMwlPQZlYuWwUFWumggP2EpUaCjVvcvIHWQma0oluJ1c5w==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-20 01:26:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0001','330126062613349','2026-06-26 04:46:00.000000','2026-07-05',-2521134,6627873,'2026-11-19 01:35:00.000000',NULL,NULL,'',11,1,'2026-12-06 17:27:36.601423','2026-12-06 17:27:39.223037','浙江省杭州市西湖区文三路 90 号 3 幢 501 室','310012','第九条','买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。',60);
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:ufIr0VbRmVURAQOJX/JGzQ0sU424Tc6eBlbSKMzXZ9V+ARFxhmfWeIySXAVJMA==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-20 01:32:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0002','330126062399846','2026-06-23 06:31:00.000000','2026-07-02',-221760,6931109,'2026-10-15 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 17:27:36.637035','2026-12-06 17:27:36.937573','','','','',NULL);
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:j3vGqYLvRJ3C0PBjVV2lqGXJrVA7LmGBKFGpCHDB+FGt66gPnR5WEV+qRbjVbg==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-20 01:38:00.000000','2026-06-27',500,90,'signed','YQF-2026-0003','330126062587853','2026-06-25 05:15:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 17:27:36.661816','2026-12-06 17:27:36.989109','','','','',NULL);
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:j6ZeQTITnUp6gNScep/GROt58+bCIraqq3KMiJ9Z8Jp8SPeY0Po8iUkt8xDiaw==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-20 01:44:00.000000','2026-06-27',500,90,'signed','YQF-2026-0004','330126062456438','2026-06-24 08:15:00.000000','2026-07-02',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 17:27:36.686608','2026-12-06 17:27:37.034683','','','','',NULL);
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:YXQ66CdGXW6trNeGuFcU1YsvaGwv5BpvEpUJev5+66UipjpULoKwY3PgpWc29Q==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-21 03:00:00.000000',190665920,216264480,8000000,'2026-06-20 01:50:00.000000','2026-06-27',500,90,'signed','YQF-2026-0005','330126062655680','2026-06-26 02:27:00.000000','2026-07-05',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 17:27:36.712562','2026-12-06 17:27:37.090513','','','','',NULL);
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:kiRqsB6XcKqVwxKDFf998xmBY35durN3Wb93Wf9S42iUihz+kR3vEA//TI3qKg==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-20 01:56:00.000000','2026-06-27',500,90,'signed','YQF-2026-0006','330126062358361','2026-06-23 04:03:00.000000','2026-06-29',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 17:27:36.739815','2026-12-06 17:27:37.142339','','','','',NULL);
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:XU4haQ9EiRUGeJ92W4MIp7x09AXQbP0xY0kPRDffmfcgdoaYQ3TzVdKW8kj6UQ==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-21 04:49:00.000000','2026-11-28',500,90,'signed','YQF-2026-0007','330126112281882','2026-11-22 08:53:00.000000','2026-12-02',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 17:27:37.157268','2026-12-06 17:27:37.197341','','','','',NULL);
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:pdnDz+5L0zsI9KgKticnIeVGRaY7wZj1dOe2iWmk4NE/dVq0Ji1btixakkTKpA==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-03 02:43:00.000000','2026-11-10',500,90,'delivered','YQF-2026-0008','330126110750101','2026-11-07 07:03:00.000000','2026-11-13',2684416,9372626,'2026-11-16 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 17:27:37.204420','2026-12-06 17:27:37.240227','','','','',NULL);
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:k0cQiAa7NgRhHtgHvlSqx4NneHMWYVx0eVGPYCylbpYY3GZY49kVWw/ZZwPGEg==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-29 09:34:00.000000','2026-11-05',500,90,'delivered','YQF-2026-0009','330126110168856','2026-11-01 08:14:00.000000','2026-11-11',0,8492152,'2026-11-14 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 17:27:37.264908','2026-12-06 17:27:37.296471','','','','',NULL);
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:c8pXjrAxuWc4ziLb0kKPOvto4305qNlpjvBGK5ZgYXK+L6W8avb8R+6ip0z2TQ==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-30 08:36:00.000000','2026-09-06',500,90,'signed','YQF-2026-0010','330126083119420','2026-08-31 05:49:00.000000','2026-09-08',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 17:27:37.314139','2026-12-06 17:27:37.347689','','','','',NULL);
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:u9MHckTtNYjG11Z3rxAnn4J7LqsPCpuhbXzzlYrbi6sRlsGq2AtTazgQPejqbA==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-10-01 06:41:00.000000','2026-10-08',500,90,'delivered','YQF-2026-0011','330126100423964','2026-10-04 08:51:00.000000','2026-10-13',4424000,12630240,'2026-12-01 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 17:27:37.355141','2026-12-06 17:27:37.425497','','','','',NULL);
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:dBeDAaWLeGjNc7KBxy1RgwJeKXbfzM1ywzuTGD6e822fgyHTfuQkHUgw5V8BAw==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-26 06:33:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 17:27:37.449940','2026-12-06 17:27:37.449945','','','','',NULL);
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:ZRxNImVftNQ8s+Hav0i/3ncdkBwZixsVnP3FJUDpk2dRlG5ysSzb8EsLpB00eg==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-27 05:29:00.000000','2026-12-04',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 17:27:37.470430','2026-12-06 17:27:37.470435','','','','',NULL);
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:TZC6fEeJs2LfWexSZ7j2dgNGn6FAsHo24GIp6t4Qn0+826Ggb2T4TaBFWnGchA==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-30 04:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 17:27:37.495761','2026-12-06 17:27:37.495767','','','','',NULL);
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:qdooJqtXb9IUQuoSo8qIjiaCYmYa1tEv/vTkQwXyxOlUEFKK7nUN3//0Fk3IRQ==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-02 03:00:00.000000',196415900,221466480,8000000,'2026-12-01 06:52:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 17:27:37.527716','2026-12-06 17:27:37.555304','','','','',NULL);
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:HnSdPWnIDq28vkyBCc1jkhv6u0xLuHNk4F8lhyPnQSpQl8hgrdrQN1zQ46a04w==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-02 09:25:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 17:27:37.566164','2026-12-06 17:27:37.566169','','','','',NULL);
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:iEPNfyCG671/RQmRjD7OrvWg+wGu5tiQ6fefpo5D1Y4Yplb2NXZ4sGV2Igml2A==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-04 03:00:00.000000',264313750,300555000,10000000,'2026-12-03 07:30:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 17:27:37.598042','2026-12-06 17:27:37.622761','','','','',NULL);
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:kr0yClcXU6iykBGL0HUHnubALKPD6ISquuMlTKZz9b4aL1jnm4MacNJi2huEGQ==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-04 02:20:00.000000','2026-12-11',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 17:27:37.633675','2026-12-06 17:27:37.633680','','','','',NULL);
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:ap28ryovMVmTZIGQVhRoanq5rQSoqzJEZBPA2qdXuSGaLJdLRvJlYxDn0MoLAw==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-05 04:51:00.000000','2026-12-12',500,90,'signed','YQF-2026-0019','330126120620190','2026-12-06 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 17:27:37.672642','2026-12-06 17:27:37.701789','','','','',NULL);
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:OFfOH4pgUPjvaYeiu2uuhblhQDwUmwg7nw+M+PREiDJgjrCruFjpkXzt5leSFw==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-06 06:59:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 17:27:37.717548','2026-12-06 17:27:37.717553','','','','',NULL);
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:t9fJ/OXdigib4y0MhOUUQMwMMnGJOnigtVQpyONSAptDPjD18Cxiiwne/VDQcA==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 17:26:36.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 17:27:37.740088','2026-12-06 17:27:37.740093','','','','',NULL);
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:DEYzrI9jfS0MmExf8vnKAVm9q5FpVS9EWbtQmyQyVEs+fj15eXe2tSQJqVeiDw==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 17:27:38.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 17:27:38.260624','2026-12-06 17:27:38.260632','','','','',NULL);
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:cvgsiP6a38jNVdGv++EqLcb6eEDJHsTMuzgNcE3ybmn4IPfqtAUpym01CYdBmg==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 17:27:38.000000','2026-12-14',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 17:27:38.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 17:27:38.293285','2026-12-06 17:27:38.307143','','','','',NULL);
CREATE TABLE disputes (
	customer_id INTEGER NOT NULL, 
	claimant_id INTEGER, 
	holder_id INTEGER, 
	claim_reason TEXT NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	winner_id INTEGER, 
	ruling_reason TEXT NOT NULL, 
	ruled_by_id INTEGER, 
	ruled_at DATETIME, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_disputes PRIMARY KEY (id), 
	CONSTRAINT fk_disputes_claimant_id_users FOREIGN KEY(claimant_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_disputes_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_disputes_holder_id_users FOREIGN KEY(holder_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_disputes_ruled_by_id_users FOREIGN KEY(ruled_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_disputes_winner_id_users FOREIGN KEY(winner_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 17:27:35.000000',2,1,'2026-12-06 17:27:36.249733','2026-12-06 17:27:36.255560');
CREATE TABLE dunning_blocks (
	deal_id INTEGER NOT NULL, 
	reason VARCHAR(200) NOT NULL, 
	starts_on DATE NOT NULL, 
	ends_on DATE NOT NULL, 
	set_by_id INTEGER, 
	lifted_on DATE, 
	lifted_by_id INTEGER, 
	lift_reason VARCHAR(200) NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_dunning_blocks PRIMARY KEY (id), 
	CONSTRAINT fk_dunning_blocks_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT fk_dunning_blocks_set_by_id_users FOREIGN KEY(set_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_dunning_blocks_lifted_by_id_users FOREIGN KEY(lifted_by_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "dunning_blocks" VALUES(1,'客户申请分期，谈判中','2026-11-16','2026-12-16',NULL,'2026-11-24',NULL,'谈判未果',1,1,'2026-12-06 17:27:39.232949','2026-12-06 17:27:39.232954');
CREATE TABLE dunning_calls (
	deal_id INTEGER NOT NULL, 
	stage INTEGER NOT NULL, 
	called_at DATETIME NOT NULL, 
	called_on DATE NOT NULL, 
	user_id INTEGER, 
	outcome VARCHAR(12) NOT NULL, 
	promised_on DATE, 
	note TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_dunning_calls PRIMARY KEY (id), 
	CONSTRAINT fk_dunning_calls_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT fk_dunning_calls_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "dunning_calls" VALUES(1,1,'2026-12-06 17:27:39.000000','2026-12-06',NULL,'promised','2026-12-13','客户说月底前转账',1,'2026-12-06 17:27:39.234262','2026-12-06 17:27:39.234266');
CREATE TABLE dunning_letter_items (
	letter_id INTEGER NOT NULL, 
	installment_id INTEGER NOT NULL, 
	stage INTEGER NOT NULL, 
	days_overdue INTEGER NOT NULL, 
	outstanding BIGINT NOT NULL, 
	penalty BIGINT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_dunning_letter_items PRIMARY KEY (id), 
	CONSTRAINT fk_dunning_letter_items_letter_id_dunning_letters FOREIGN KEY(letter_id) REFERENCES dunning_letters (id) ON DELETE CASCADE, 
	CONSTRAINT fk_dunning_letter_items_installment_id_installments FOREIGN KEY(installment_id) REFERENCES installments (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_dunning_letter_items_letter_id UNIQUE (letter_id, installment_id)
);
INSERT INTO "dunning_letter_items" VALUES(1,2,1,30,12000050,123456,1,'2026-12-06 17:27:39.227982','2026-12-06 17:27:39.227985');
INSERT INTO "dunning_letter_items" VALUES(2,2,4,120,12000050,123456,2,'2026-12-06 17:27:39.230282','2026-12-06 17:27:39.230284');
INSERT INTO "dunning_letter_items" VALUES(3,2,6,180,12000050,123456,3,'2026-12-06 17:27:39.234643','2026-12-06 17:27:39.234646');
CREATE TABLE dunning_letters (
	project_id INTEGER NOT NULL, 
	deal_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	stage INTEGER NOT NULL, 
	letter_on DATE NOT NULL, 
	issued_at DATETIME NOT NULL, 
	issued_by_id INTEGER, 
	delivery VARCHAR(12) NOT NULL, 
	tracking_no VARCHAR(40) NOT NULL, 
	signed_on DATE, 
	voided_at DATETIME, 
	void_reason VARCHAR(200) NOT NULL, 
	voided_by_id INTEGER, 
	reprints INTEGER NOT NULL, 
	facts TEXT NOT NULL, 
	buyer_asked_on DATE, 
	continued_at DATETIME, 
	continue_reason VARCHAR(200) NOT NULL, 
	continued_by_id INTEGER, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_dunning_letters PRIMARY KEY (id), 
	CONSTRAINT fk_dunning_letters_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_dunning_letters_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_dunning_letters_issued_by_id_users FOREIGN KEY(issued_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_dunning_letters_voided_by_id_users FOREIGN KEY(voided_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_dunning_letters_continued_by_id_users FOREIGN KEY(continued_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_dunning_letters_project_id UNIQUE (project_id, number)
);
INSERT INTO "dunning_letters" VALUES(1,1,1,1,'2026-11-27','2026-12-06 17:27:39.000000',NULL,'in_person','','2026-12-02',NULL,'',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,1,'2026-12-06 17:27:39.224982','2026-12-06 17:27:39.224987');
INSERT INTO "dunning_letters" VALUES(1,1,2,4,'2026-11-28','2026-12-06 17:27:39.000000',NULL,'courier','XA00000002','2026-12-03','2026-12-06 17:27:39.000000','作废：打印错误',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,2,'2026-12-06 17:27:39.226883','2026-12-06 17:27:39.226887');
INSERT INTO "dunning_letters" VALUES(1,1,3,6,'2026-11-29','2026-12-06 17:27:39.000000',NULL,'registered','XA00000003','2026-12-04',NULL,'',NULL,0,'{"v": 1}','2026-12-06',NULL,'',NULL,1,3,'2026-12-06 17:27:39.229946','2026-12-06 17:27:39.229950');
CREATE TABLE duty_roster (
	day DATE NOT NULL, 
	user_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_duty_roster PRIMARY KEY (id), 
	CONSTRAINT fk_duty_roster_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT uq_duty_roster_day UNIQUE (day, user_id)
);
INSERT INTO "duty_roster" VALUES('2026-11-17',2,1,1,'2026-12-06 17:27:35.584753','2026-12-06 17:27:35.584759');
INSERT INTO "duty_roster" VALUES('2026-11-17',4,2,2,'2026-12-06 17:27:35.584761','2026-12-06 17:27:35.584763');
INSERT INTO "duty_roster" VALUES('2026-11-17',5,3,3,'2026-12-06 17:27:35.584764','2026-12-06 17:27:35.584765');
INSERT INTO "duty_roster" VALUES('2026-12-07',4,1,4,'2026-12-06 17:27:36.228845','2026-12-06 17:27:36.228850');
INSERT INTO "duty_roster" VALUES('2026-12-07',2,2,5,'2026-12-06 17:27:36.228851','2026-12-06 17:27:36.228852');
INSERT INTO "duty_roster" VALUES('2026-12-07',5,3,6,'2026-12-06 17:27:36.228854','2026-12-06 17:27:36.228855');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-06 17:27:38.000000','request',1,'2026-12-06 17:27:38.993513','2026-12-06 17:27:38.993517');
INSERT INTO "erasure_log" VALUES(2,'2026-12-06 17:27:38.000000','request',2,'2026-12-06 17:27:39.121511','2026-12-06 17:27:39.121516');
CREATE TABLE erasure_reviews (
	customer_id INTEGER NOT NULL, 
	source VARCHAR(24) NOT NULL, 
	row_id INTEGER NOT NULL, 
	reviewed_at DATETIME, 
	reviewed_by_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_reviews PRIMARY KEY (id), 
	CONSTRAINT fk_erasure_reviews_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_erasure_reviews_reviewed_by_id_users FOREIGN KEY(reviewed_by_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-06 17:27:39.063508','2026-12-06 17:27:39.063516');
CREATE TABLE follow_ups (
	customer_id INTEGER NOT NULL, 
	user_id INTEGER, 
	at DATETIME NOT NULL, 
	channel VARCHAR(10) NOT NULL, 
	content TEXT NOT NULL, 
	result VARCHAR(200) NOT NULL, 
	next_on DATE, 
	grade_before VARCHAR(1), 
	grade_after VARCHAR(1), 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_follow_ups PRIMARY KEY (id), 
	CONSTRAINT fk_follow_ups_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_follow_ups_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 17:27:35.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 17:27:36.124952','2026-12-06 17:27:36.124957');
CREATE TABLE grade_changes (
	customer_id INTEGER NOT NULL, 
	user_id INTEGER, 
	from_grade VARCHAR(1), 
	to_grade VARCHAR(1) NOT NULL, 
	reason TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_grade_changes PRIMARY KEY (id), 
	CONSTRAINT fk_grade_changes_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_grade_changes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 17:27:35.000000','2026-12-06 17:27:36.126579');
CREATE TABLE installments (
	deal_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	nature VARCHAR(10) NOT NULL, 
	name VARCHAR(20) NOT NULL, 
	due_on DATE NOT NULL, 
	amount BIGINT NOT NULL, 
	paid BIGINT NOT NULL, 
	settled_on DATE, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, due_anchor VARCHAR(10) DEFAULT 'subscribe' NOT NULL, due_days INTEGER, 
	CONSTRAINT pk_installments PRIMARY KEY (id), 
	CONSTRAINT fk_installments_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT uq_installments_deal_id UNIQUE (deal_id, seq)
);
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,1,'2026-12-06 17:27:36.612894','2026-12-06 17:27:36.756871','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-05',53122598,53122598,'2026-07-03',2,2,'2026-12-06 17:27:36.612900','2026-12-06 17:27:36.764690','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-19',147286062,147286062,'2026-08-20',2,3,'2026-12-06 17:27:36.612902','2026-12-06 17:27:36.827675','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,4,'2026-12-06 17:27:36.642412','2026-12-06 17:27:36.869134','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-05',56010560,56010560,'2026-07-04',2,5,'2026-12-06 17:27:36.642417','2026-12-06 17:27:36.876135','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-18',154024640,154024640,'2026-08-20',2,6,'2026-12-06 17:27:36.642419','2026-12-06 17:27:36.926576','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-20',5000000,5000000,'2026-06-20',3,7,'2026-12-06 17:27:36.667391','2026-12-06 17:27:36.951672','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-05',83523040,83523040,'2026-06-30',2,8,'2026-12-06 17:27:36.667396','2026-12-06 17:27:36.958699','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-18',206553760,0,NULL,1,9,'2026-12-06 17:27:36.667398','2026-12-06 17:27:36.667399','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,10,'2026-12-06 17:27:36.692016','2026-12-06 17:27:36.992449','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-05',68950000,68950000,'2026-06-29',2,11,'2026-12-06 17:27:36.692020','2026-12-06 17:27:36.999603','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-18',179550000,179550000,'2026-08-19',2,12,'2026-12-06 17:27:36.692022','2026-12-06 17:27:37.037199','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,13,'2026-12-06 17:27:36.719365','2026-12-06 17:27:37.045524','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-05',49199776,49199776,'2026-07-04',2,14,'2026-12-06 17:27:36.719370','2026-12-06 17:27:37.055336','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-19',133466144,133466144,'2026-08-22',2,15,'2026-12-06 17:27:36.719372','2026-12-06 17:27:37.092966','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,16,'2026-12-06 17:27:36.745289','2026-12-06 17:27:37.101817','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-05',71000000,71000000,'2026-07-05',2,17,'2026-12-06 17:27:36.745294','2026-12-06 17:27:37.108952','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-18',189000000,189000000,'2026-08-10',2,18,'2026-12-06 17:27:36.745296','2026-12-06 17:27:37.144784','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-19',6627873,6627873,'2026-11-25',2,19,'2026-12-06 17:27:36.852215','2026-12-06 17:27:36.861045','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-15',6931109,6931109,'2026-10-20',2,20,'2026-12-06 17:27:36.938631','2026-12-06 17:27:36.943964','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-21',5000000,5000000,'2026-11-21',2,21,'2026-12-06 17:27:37.161884','2026-12-06 17:27:37.167777','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-06',61623515,36974109,NULL,2,22,'2026-12-06 17:27:37.161888','2026-12-06 17:27:37.174651','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-20',155454869,0,NULL,1,23,'2026-12-06 17:27:37.161890','2026-12-06 17:27:37.161891','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-03',5000000,5000000,'2026-11-03',2,24,'2026-12-06 17:27:37.208870','2026-12-06 17:27:37.214199','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-03',292543680,0,NULL,1,25,'2026-12-06 17:27:37.208874','2026-12-06 17:27:37.208875','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-16',2684416,2684416,'2026-11-19',2,26,'2026-12-06 17:27:37.241543','2026-12-06 17:27:37.247330','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-16',9372626,9372626,'2026-11-17',2,27,'2026-12-06 17:27:37.241549','2026-12-06 17:27:37.253932','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-29',10000000,10000000,'2026-10-29',2,28,'2026-12-06 17:27:37.269267','2026-12-06 17:27:37.273039','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-28',259592120,0,NULL,1,29,'2026-12-06 17:27:37.269271','2026-12-06 17:27:37.269273','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-14',8492152,8492152,'2026-11-20',2,30,'2026-12-06 17:27:37.297559','2026-12-06 17:27:37.302797','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-30',8000000,8000000,'2026-08-30',2,31,'2026-12-06 17:27:37.318617','2026-12-06 17:27:37.322465','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-29',258805000,258805000,'2026-09-23',2,32,'2026-12-06 17:27:37.318621','2026-12-06 17:27:37.329369','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-10-01',5000000,5000000,'2026-10-01',2,33,'2026-12-06 17:27:37.359620','2026-12-06 17:27:37.363868','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-16',115288000,115288000,'2026-10-11',2,34,'2026-12-06 17:27:37.359624','2026-12-06 17:27:37.370885','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-30',280672000,280672000,'2026-11-28',2,35,'2026-12-06 17:27:37.359626','2026-12-06 17:27:37.413488','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-31',4424000,4424000,'2026-12-01',2,36,'2026-12-06 17:27:37.426103','2026-12-06 17:27:37.431675','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-12-01',12630240,12630240,'2026-12-04',2,37,'2026-12-06 17:27:37.426108','2026-12-06 17:27:37.438600','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-26',5000000,5000000,'2026-11-26',2,38,'2026-12-06 17:27:37.454549','2026-12-06 17:27:37.458711','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-11',101049400,0,NULL,1,39,'2026-12-06 17:27:37.454553','2026-12-06 17:27:37.454554','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-24',247448600,0,NULL,1,40,'2026-12-06 17:27:37.454555','2026-12-06 17:27:37.454556','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-27',10000000,10000000,'2026-11-27',2,41,'2026-12-06 17:27:37.475641','2026-12-06 17:27:37.481483','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-12',46392281,0,NULL,1,42,'2026-12-06 17:27:37.475645','2026-12-06 17:27:37.475646','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-26',131581989,0,NULL,1,43,'2026-12-06 17:27:37.475648','2026-12-06 17:27:37.475648','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-30',5000000,5000000,'2026-11-30',2,44,'2026-12-06 17:27:37.506101','2026-12-06 17:27:37.510489','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-15',55512265,0,NULL,1,45,'2026-12-06 17:27:37.506106','2026-12-06 17:27:37.506107','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-29',141195285,0,NULL,1,46,'2026-12-06 17:27:37.506109','2026-12-06 17:27:37.506110','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-12-01',8000000,8000000,'2026-12-01',2,47,'2026-12-06 17:27:37.536393','2026-12-06 17:27:37.543793','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-16',50924770,0,NULL,1,48,'2026-12-06 17:27:37.536397','2026-12-06 17:27:37.536398','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-30',137491130,0,NULL,1,49,'2026-12-06 17:27:37.536400','2026-12-06 17:27:37.536401','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-02',5000000,5000000,'2026-12-02',2,50,'2026-12-06 17:27:37.575077','2026-12-06 17:27:37.579162','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2027-01-01',162493760,0,NULL,1,51,'2026-12-06 17:27:37.575082','2026-12-06 17:27:37.575083','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-03',10000000,10000000,'2026-12-03',2,52,'2026-12-06 17:27:37.607069','2026-12-06 17:27:37.611459','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-18',69294125,0,NULL,1,53,'2026-12-06 17:27:37.607075','2026-12-06 17:27:37.607076','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-02-01',185019625,0,NULL,1,54,'2026-12-06 17:27:37.607077','2026-12-06 17:27:37.607078','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-04',8000000,8000000,'2026-12-04',2,55,'2026-12-06 17:27:37.638261','2026-12-06 17:27:37.648243','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-19',79215119,0,NULL,1,56,'2026-12-06 17:27:37.638265','2026-12-06 17:27:37.638266','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-02',203501945,0,NULL,1,57,'2026-12-06 17:27:37.638267','2026-12-06 17:27:37.638268','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-05',10000000,10000000,'2026-12-05',2,58,'2026-12-06 17:27:37.677574','2026-12-06 17:27:37.686036','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-20',45877283,0,NULL,1,59,'2026-12-06 17:27:37.677578','2026-12-06 17:27:37.677580','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-03',130380327,0,NULL,1,60,'2026-12-06 17:27:37.677581','2026-12-06 17:27:37.677582','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,61,'2026-12-06 17:27:37.722137','2026-12-06 17:27:37.728395','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-21',96747589,0,NULL,1,62,'2026-12-06 17:27:37.722141','2026-12-06 17:27:37.722142','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-04',237411041,0,NULL,1,63,'2026-12-06 17:27:37.722143','2026-12-06 17:27:37.722144','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-07',5000000,5000000,'2026-12-07',2,64,'2026-12-06 17:27:37.744686','2026-12-06 17:27:37.748857','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-22',61645000,0,NULL,1,65,'2026-12-06 17:27:37.744690','2026-12-06 17:27:37.744691','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-07',155505000,0,NULL,1,66,'2026-12-06 17:27:37.744692','2026-12-06 17:27:37.744693','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,67,'2026-12-06 17:27:38.270457','2026-12-06 17:27:38.270460','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 17:27:38.270462','2026-12-06 17:27:38.270463','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 17:27:38.270465','2026-12-06 17:27:38.270466','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,70,'2026-12-06 17:27:38.301077','2026-12-06 17:27:38.301080','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-07',50324528,0,NULL,2,71,'2026-12-06 17:27:38.301082','2026-12-06 17:27:38.311246','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-06',221298112,0,NULL,2,72,'2026-12-06 17:27:38.301084','2026-12-06 17:27:38.311500','sign',30);
CREATE TABLE login_throttles (
	name_key VARCHAR(64) NOT NULL, 
	failures INTEGER NOT NULL, 
	last_failed_at DATETIME, 
	blocked_until DATETIME, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_login_throttles PRIMARY KEY (id), 
	CONSTRAINT uq_login_throttles_name_key UNIQUE (name_key)
);
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 17:27:38.432720','2026-12-06 17:27:38.841911');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 17:27:38.845691','2026-12-06 17:27:38.848496');
CREATE TABLE ownership_changes (
	customer_id INTEGER NOT NULL, 
	from_user_id INTEGER, 
	to_user_id INTEGER, 
	kind VARCHAR(12) NOT NULL, 
	reason TEXT NOT NULL, 
	user_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_ownership_changes PRIMARY KEY (id), 
	CONSTRAINT fk_ownership_changes_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_ownership_changes_from_user_id_users FOREIGN KEY(from_user_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_ownership_changes_to_user_id_users FOREIGN KEY(to_user_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_ownership_changes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 17:27:36.015157','2026-12-06 17:27:36.015162');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 17:27:36.057996','2026-12-06 17:27:39.080130');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 17:27:36.085824','2026-12-06 17:27:36.085827');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 17:27:36.113483','2026-12-06 17:27:39.080130');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 17:27:38.876990','2026-12-06 17:27:38.876993');
CREATE TABLE phone_changes (
	customer_id INTEGER NOT NULL, 
	user_id INTEGER, 
	old_phone VARCHAR(24), 
	new_phone VARCHAR(24), 
	reason TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_phone_changes PRIMARY KEY (id), 
	CONSTRAINT fk_phone_changes_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_phone_changes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-06 17:27:35.000000','2026-12-06 17:27:39.087081');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-06 17:27:36.146413','2026-12-06 17:27:39.087081');
CREATE TABLE phone_lookups (
	user_id INTEGER NOT NULL, 
	looked_up_at DATETIME NOT NULL, 
	registered BOOLEAN NOT NULL, 
	beyond BOOLEAN NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_phone_lookups PRIMARY KEY (id), 
	CONSTRAINT fk_phone_lookups_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 17:22:38.000000',1,0,1,'2026-12-06 17:27:38.864154','2026-12-06 17:27:38.882484');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 17:22:38.000000',0,0,2,'2026-12-06 17:27:38.889357','2026-12-06 17:27:38.889361');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 17:22:41.000000',0,0,3,'2026-12-06 17:27:38.896273','2026-12-06 17:27:38.896276');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 17:22:44.000000',0,1,4,'2026-12-06 17:27:38.903009','2026-12-06 17:27:38.903011');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 17:22:47.000000',0,1,5,'2026-12-06 17:27:38.909742','2026-12-06 17:27:38.909745');
CREATE TABLE projects (
	name VARCHAR(60) NOT NULL, 
	permit_no VARCHAR(60) NOT NULL, 
	permit_date DATE, 
	address VARCHAR(120) NOT NULL, 
	opening_date DATE, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_projects PRIMARY KEY (id), 
	CONSTRAINT uq_projects_name UNIQUE (name)
);
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-21','杭州市余杭区文一西路 2688 号','2026-06-20',1,1,'2026-12-06 17:27:36.440130','2026-12-06 17:27:36.440136');
CREATE TABLE queue_tickets (
	project_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	amount BIGINT NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	issued_by_id INTEGER, 
	void_reason VARCHAR(200) NOT NULL, 
	closed_at DATETIME, 
	closed_by_id INTEGER, 
	deal_id INTEGER, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, skipped_at DATETIME, skip_reason VARCHAR(200) DEFAULT '' NOT NULL, choice_allowed_at DATETIME, choice_allowed_by_id INTEGER, choice_allowed_reason VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_queue_tickets PRIMARY KEY (id), 
	CONSTRAINT fk_queue_tickets_closed_by_id_users FOREIGN KEY(closed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_queue_tickets_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_issued_by_id_users FOREIGN KEY(issued_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_queue_tickets_project_id UNIQUE (project_id, number)
);
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-20 01:26:00.000000',4,1,2,1,'2026-05-22 02:18:00.000000','2026-12-06 17:27:39.085059',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-20 01:32:00.000000',2,2,2,2,'2026-05-25 05:39:00.000000','2026-12-06 17:27:36.645483',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-20 01:38:00.000000',2,3,2,3,'2026-05-29 02:29:00.000000','2026-12-06 17:27:36.670486',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-20 01:44:00.000000',4,4,2,4,'2026-06-01 05:43:00.000000','2026-12-06 17:27:39.085059',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-17 07:04:00.000000',8,NULL,2,5,'2026-06-05 02:02:00.000000','2026-12-06 17:27:36.554670',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-20 01:50:00.000000',4,5,2,6,'2026-06-09 05:35:00.000000','2026-12-06 17:27:39.085059',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-20 01:56:00.000000',2,6,2,7,'2026-06-12 02:56:00.000000','2026-12-06 17:27:36.748301',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-16 07:00:00.000000',7,NULL,2,8,'2026-06-16 05:00:00.000000','2026-12-06 17:27:36.551921',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 17:27:38.000000','2026-12-06 17:27:38.133588','2026-12-06 17:27:38.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 17:27:38.000000','2026-12-06 17:27:38.216833',NULL,'','2026-12-06 17:27:38.000000',3,'款项在途，经理特许');
CREATE TABLE receipts (
	project_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	customer_id INTEGER, 
	deal_id INTEGER, 
	ticket_id INTEGER, 
	installment_id INTEGER, 
	payer VARCHAR(40) NOT NULL, 
	nature VARCHAR(10) NOT NULL, 
	amount BIGINT NOT NULL, 
	method VARCHAR(10) NOT NULL, 
	paid_on DATE NOT NULL, 
	cashier_id INTEGER, 
	note VARCHAR(200) NOT NULL, 
	voided_at DATETIME, 
	void_reason VARCHAR(200) NOT NULL, 
	voided_by_id INTEGER, 
	reissue_of_id INTEGER, 
	confirmed_at DATETIME, 
	confirmed_by_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, printed_facts TEXT, 
	CONSTRAINT pk_receipts PRIMARY KEY (id), 
	CONSTRAINT fk_receipts_cashier_id_users FOREIGN KEY(cashier_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_receipts_confirmed_by_id_users FOREIGN KEY(confirmed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_receipts_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT fk_receipts_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_receipts_installment_id_installments FOREIGN KEY(installment_id) REFERENCES installments (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_receipts_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_receipts_reissue_of_id_receipts FOREIGN KEY(reissue_of_id) REFERENCES receipts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_receipts_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_receipts_voided_by_id_users FOREIGN KEY(voided_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_receipts_project_id UNIQUE (project_id, number)
);
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-22',8,'',NULL,'',NULL,NULL,'2026-05-23 08:00:00.000000',9,1,'2026-05-22 02:33:00.000000','2026-12-06 17:27:37.768920','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-22", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-25',8,'',NULL,'',NULL,NULL,'2026-05-26 08:00:00.000000',9,2,'2026-05-25 05:54:00.000000','2026-12-06 17:27:37.770673','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-29',8,'',NULL,'',NULL,NULL,'2026-05-30 08:00:00.000000',9,3,'2026-05-29 02:44:00.000000','2026-12-06 17:27:37.772243','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-06-01',8,'',NULL,'',NULL,NULL,'2026-06-02 08:00:00.000000',9,4,'2026-06-01 05:58:00.000000','2026-12-06 17:27:37.773825','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-01", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-05',8,'',NULL,'',NULL,NULL,'2026-06-06 08:00:00.000000',9,5,'2026-06-05 02:17:00.000000','2026-12-06 17:27:37.775376','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-09',8,'',NULL,'',NULL,NULL,'2026-06-10 08:00:00.000000',9,6,'2026-06-09 05:50:00.000000','2026-12-06 17:27:37.776956','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-09", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-12',8,'',NULL,'',NULL,NULL,'2026-06-13 08:00:00.000000',9,7,'2026-06-12 03:11:00.000000','2026-12-06 17:27:37.778537','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-12", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,8,'2026-06-20 01:04:00.000000','2026-12-06 17:27:37.780093','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,9,'2026-07-03 02:50:00.000000','2026-12-06 17:27:37.781744','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,10,'2026-08-20 02:39:00.000000','2026-12-06 17:27:37.783303','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,11,'2026-11-25 05:03:00.000000','2026-12-06 17:27:37.784878','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-25", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,12,'2026-06-20 07:56:00.000000','2026-12-06 17:27:37.786418','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,13,'2026-07-04 01:27:00.000000','2026-12-06 17:27:37.788207','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,14,'2026-08-20 05:53:00.000000','2026-12-06 17:27:37.789858','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-20',8,'',NULL,'',NULL,NULL,'2026-10-21 08:00:00.000000',9,15,'2026-10-20 07:11:00.000000','2026-12-06 17:27:37.791394','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,16,'2026-06-20 06:05:00.000000','2026-12-06 17:27:37.797124','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-30',8,'',NULL,'',NULL,NULL,'2026-07-01 08:00:00.000000',9,17,'2026-06-30 01:05:00.000000','2026-12-06 17:27:37.798797','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,18,'2026-06-20 02:58:00.000000','2026-12-06 17:27:37.800371','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,19,'2026-06-29 04:08:00.000000','2026-12-06 17:27:37.806238','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,20,'2026-08-19 07:04:00.000000','2026-12-06 17:27:37.807867','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,21,'2026-06-20 01:11:00.000000','2026-12-06 17:27:37.813680','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,22,'2026-07-04 01:31:00.000000','2026-12-06 17:27:37.815283','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-22',8,'',NULL,'',NULL,NULL,'2026-08-23 08:00:00.000000',9,23,'2026-08-22 02:17:00.000000','2026-12-06 17:27:37.816885','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-22", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,24,'2026-06-20 05:43:00.000000','2026-12-06 17:27:37.818464','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-05',8,'',NULL,'',NULL,NULL,'2026-07-06 08:00:00.000000',9,25,'2026-07-05 08:57:00.000000','2026-12-06 17:27:37.820023','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'','2026-12-03 17:27:36.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-10 06:43:00.000000','2026-12-06 17:27:37.759013','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-21',8,'',NULL,'',NULL,NULL,'2026-11-22 08:00:00.000000',9,27,'2026-11-21 05:00:00.000000','2026-12-06 17:27:37.825848','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-05 07:10:00.000000','2026-12-06 17:27:37.180337','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-03',8,'',NULL,'',NULL,NULL,'2026-11-04 08:00:00.000000',9,29,'2026-11-03 01:03:00.000000','2026-12-06 17:27:37.827427','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,30,'2026-11-19 06:50:00.000000','2026-12-06 17:27:37.833202','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,31,'2026-11-17 03:38:00.000000','2026-12-06 17:27:37.834893','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-17", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-29',8,'',NULL,'',NULL,NULL,'2026-10-30 08:00:00.000000',9,32,'2026-10-29 03:46:00.000000','2026-12-06 17:27:37.840673','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,33,'2026-11-20 03:34:00.000000','2026-12-06 17:27:37.842425','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-30',8,'',NULL,'',NULL,NULL,'2026-08-31 08:00:00.000000',9,34,'2026-08-30 04:03:00.000000','2026-12-06 17:27:37.843993','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-23',8,'',NULL,'',NULL,NULL,'2026-09-24 08:00:00.000000',9,35,'2026-09-23 05:56:00.000000','2026-12-06 17:27:37.849826','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-23", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-10-01',8,'',NULL,'',NULL,NULL,'2026-10-02 08:00:00.000000',9,36,'2026-10-01 03:52:00.000000','2026-12-06 17:27:37.851421','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-11',8,'',NULL,'',NULL,NULL,'2026-10-12 08:00:00.000000',9,37,'2026-10-11 01:44:00.000000','2026-12-06 17:27:37.857213','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-28',8,'',NULL,'',NULL,NULL,'2026-11-29 08:00:00.000000',9,38,'2026-11-28 01:08:00.000000','2026-12-06 17:27:37.858867','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-28", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,39,'2026-12-01 07:08:00.000000','2026-12-06 17:27:37.865646','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,40,'2026-12-04 01:10:00.000000','2026-12-06 17:27:37.867343','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,41,'2026-11-26 07:50:00.000000','2026-12-06 17:27:37.873111','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,42,'2026-11-27 03:34:00.000000','2026-12-06 17:27:37.874763','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-27", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,43,'2026-11-30 04:30:00.000000','2026-12-06 17:27:37.876333','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,44,'2026-12-01 04:23:00.000000','2026-12-06 17:27:37.882170','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,45,'2026-12-02 03:25:00.000000','2026-12-06 17:27:37.883712','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,46,'2026-12-03 01:06:00.000000','2026-12-06 17:27:37.889545','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,47,'2026-12-04 07:28:00.000000','2026-12-06 17:27:37.891141','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-05 09:13:00.000000','2026-12-06 17:27:37.700570','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-06 05:57:00.000000','2026-12-06 17:27:37.734284','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-07',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 17:26:36.000000','2026-12-06 17:27:37.754804','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-07", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'',NULL,'',NULL,26,'2026-12-05 08:00:00.000000',9,51,'2026-12-03 17:27:36.000000','2026-12-06 17:27:37.896830','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
CREATE TABLE referral_points (
	referrer_id INTEGER NOT NULL, 
	referred_id INTEGER, 
	points INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	user_id INTEGER, 
	thanked_at DATETIME, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_referral_points PRIMARY KEY (id), 
	CONSTRAINT fk_referral_points_referred_id_customers FOREIGN KEY(referred_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT fk_referral_points_referrer_id_customers FOREIGN KEY(referrer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_referral_points_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-06 17:27:36.062931','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 17:27:35.000000','2026-12-06 17:27:36.222808');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-06 17:27:36.621586','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-06 17:27:36.697636','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-06 17:27:36.724669','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-06 17:27:36.799766','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-06 17:27:37.017380','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-06 17:27:37.073177','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-06 17:27:37.165164','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-06 17:27:37.192134','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-06 17:27:37.211650','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-06 17:27:37.231247','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-06 17:27:37.478799','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-06 17:27:37.645615','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-06 17:27:37.725678','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-06 17:27:38.304016','2026-12-06 17:27:39.085936');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-06 17:27:38.319995','2026-12-06 17:27:39.085936');
CREATE TABLE risk_marks (
	customer_id INTEGER NOT NULL, 
	day DATE NOT NULL, 
	dimension VARCHAR(16) NOT NULL, 
	level VARCHAR(4) NOT NULL, 
	user_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_risk_marks PRIMARY KEY (id), 
	CONSTRAINT fk_risk_marks_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE, 
	CONSTRAINT fk_risk_marks_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_risk_marks_customer_id UNIQUE (customer_id, day, dimension)
);
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 17:27:36.195368','2026-12-06 17:27:36.195373');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 17:27:36.195374','2026-12-06 17:27:36.195376');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 17:27:36.195377','2026-12-06 17:27:36.195378');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 17:27:36.195379','2026-12-06 17:27:36.195380');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 17:27:36.204267','2026-12-06 17:27:36.204272');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 17:27:36.204274','2026-12-06 17:27:36.204275');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 17:27:36.204276','2026-12-06 17:27:36.204278');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 17:27:36.204279','2026-12-06 17:27:36.204280');
CREATE TABLE risk_warnings (
	customer_id INTEGER NOT NULL, 
	level INTEGER NOT NULL, 
	start_day DATE NOT NULL, 
	end_day DATE NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	assignee_id INTEGER, 
	assigned_by_id INTEGER, 
	done_note TEXT NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_risk_warnings PRIMARY KEY (id), 
	CONSTRAINT fk_risk_warnings_assigned_by_id_users FOREIGN KEY(assigned_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_risk_warnings_assignee_id_users FOREIGN KEY(assignee_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_risk_warnings_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 17:27:36.211244','2026-12-06 17:27:36.218314');
CREATE TABLE rotation_turns (
	day DATE NOT NULL, 
	user_id INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	visit_id INTEGER, 
	invalid_reason VARCHAR(20), 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_rotation_turns PRIMARY KEY (id), 
	CONSTRAINT fk_rotation_turns_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT fk_rotation_turns_visit_id_visits FOREIGN KEY(visit_id) REFERENCES visits (id) ON DELETE SET NULL
);
INSERT INTO "rotation_turns" VALUES('2026-11-17',2,'serve',1,NULL,'',1,'2026-11-16 17:27:35.000000','2026-12-06 17:27:36.036141');
INSERT INTO "rotation_turns" VALUES('2026-11-17',4,'serve',2,NULL,'',2,'2026-11-16 18:27:35.000000','2026-12-06 17:27:39.090282');
INSERT INTO "rotation_turns" VALUES('2026-11-17',5,'serve',3,NULL,'',3,'2026-11-16 19:27:35.000000','2026-12-06 17:27:36.089582');
INSERT INTO "rotation_turns" VALUES('2026-12-07',4,'skip',NULL,NULL,'',4,'2026-12-06 17:27:35.000000','2026-12-06 17:27:36.235135');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 17:27:35.000000','2026-12-06 17:27:36.242792');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',6,NULL,'',6,'2026-12-06 17:22:38.000000','2026-12-06 17:27:38.880645');
CREATE TABLE settings (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY (id), 
	CONSTRAINT uq_settings_key UNIQUE ("key")
);
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 17:27:35.406683','2026-12-06 17:27:35.406688');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 17:27:35.411919','2026-12-06 17:27:35.411922');
INSERT INTO "settings" VALUES('database.id','"a5c1f613-e105-4385-a030-3bbcaff8f0cc"',1,3,'2026-12-06 17:27:36.593043','2026-12-06 17:27:36.593049');
INSERT INTO "settings" VALUES('ids.key_check','"Ow4a9TirMqp0ZCCjyGoNS6a+tNZyZVQMsIAG8obwxrc="',1,4,'2026-12-06 17:27:36.594833','2026-12-06 17:27:36.594836');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 17:27:38.228648','2026-12-06 17:27:38.228654');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 17:27:38.850922','2026-12-06 17:27:38.850926');
CREATE TABLE unit_holds (
	unit_id INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	customer_id INTEGER, 
	ticket_id INTEGER, 
	user_id INTEGER, 
	approver_id INTEGER, 
	expires_at DATETIME, 
	reason VARCHAR(200) NOT NULL, 
	released_at DATETIME, 
	release_reason VARCHAR(100) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, extensions INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_unit_holds PRIMARY KEY (id), 
	CONSTRAINT fk_unit_holds_approver_id_users FOREIGN KEY(approver_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_unit_id_units FOREIGN KEY(unit_id) REFERENCES units (id) ON DELETE CASCADE, 
	CONSTRAINT fk_unit_holds_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-21 01:06:00.000000','','2026-06-20 01:26:00.000000','',1,'2026-06-20 01:06:00.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-21 01:12:00.000000','','2026-06-20 01:32:00.000000','转认购',2,'2026-06-20 01:12:00.000000','2026-12-06 17:27:36.637524',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-21 01:18:00.000000','','2026-06-20 01:38:00.000000','转认购',3,'2026-06-20 01:18:00.000000','2026-12-06 17:27:36.662314',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-21 01:24:00.000000','','2026-06-20 01:44:00.000000','',4,'2026-06-20 01:24:00.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-21 01:30:00.000000','','2026-06-20 01:50:00.000000','',5,'2026-06-20 01:30:00.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-21 01:36:00.000000','','2026-06-20 01:56:00.000000','转认购',6,'2026-06-20 01:36:00.000000','2026-12-06 17:27:36.740319',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 17:27:36.000000','2026-12-06 17:27:37.906601',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 17:27:36.000000','2026-12-06 17:27:37.912538',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 15:27:36.000000','',NULL,'',9,'2026-12-06 15:27:36.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 12:27:36.000000','',NULL,'',10,'2026-12-06 12:27:36.000000','2026-12-06 17:27:37.928405',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 21:27:36.000000','',NULL,'',11,'2026-12-05 21:27:36.000000','2026-12-06 17:27:37.941754',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 11:27:36.000000','','2026-12-06 11:27:36.000000','',12,'2026-12-05 11:27:36.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 17:27:36.000000','','2026-12-05 17:27:36.000000','',13,'2026-12-04 17:27:36.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 17:27:36.000000','','2026-12-04 17:27:36.000000','',14,'2026-12-03 17:27:36.000000','2026-12-06 17:27:39.084145',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 17:27:38.000000','',NULL,'',15,'2026-12-06 17:27:38.000000','2026-12-06 17:27:38.000000',1);
CREATE TABLE units (
	building_id INTEGER NOT NULL, 
	stairwell VARCHAR(10) NOT NULL, 
	floor INTEGER NOT NULL, 
	room VARCHAR(20) NOT NULL, 
	layout VARCHAR(20) NOT NULL, 
	area BIGINT NOT NULL, 
	inner_area BIGINT, 
	measured_area BIGINT, 
	measured_inner_area BIGINT, 
	filed_price BIGINT NOT NULL, 
	list_price BIGINT NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	blocked_reason VARCHAR(100) NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_units PRIMARY KEY (id), 
	CONSTRAINT fk_units_building_id_buildings FOREIGN KEY(building_id) REFERENCES buildings (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_units_building_id UNIQUE (building_id, stairwell, room)
);
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 17:27:36.447420','2026-12-06 17:27:38.190120');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.941476');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 17:27:36.447420','2026-12-06 17:27:38.263621');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 17:27:36.447420','2026-12-06 17:27:38.313901');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.855362');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.918946');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.636026');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 17:27:36.447420','2026-12-06 17:27:38.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.969832');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.941568');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.742473');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.244783');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 17:27:36.447420','2026-12-06 17:27:37.185423');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 17:27:36.447420','2026-12-06 17:27:36.447420');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 17:27:36.452015','2026-12-06 17:27:37.928117');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 17:27:36.452015','2026-12-06 17:27:37.300410');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 17:27:36.452015','2026-12-06 17:27:37.429325');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 17:27:36.452015','2026-12-06 17:27:37.719909');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 17:27:36.452015','2026-12-06 17:27:37.452303');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 17:27:36.452015','2026-12-06 17:27:36.452015');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.706020');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.472815');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.572709');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 17:27:36.458003','2026-12-06 17:27:38.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.010822');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.066565');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 17:27:36.458003','2026-12-06 17:27:38.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.532422');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.120028');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.500467');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.604543');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.340544');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.912231');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 17:27:36.458003','2026-12-06 17:27:37.905626');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 17:27:36.458003','2026-12-06 17:27:36.458003');
CREATE TABLE user_roles (
	user_id INTEGER NOT NULL, 
	role VARCHAR(30) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_user_roles PRIMARY KEY (id), 
	CONSTRAINT fk_user_roles_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT uq_user_roles_user_id UNIQUE (user_id, role)
);
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 17:27:35.301923','2026-12-06 17:27:35.301932');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 17:27:35.391129','2026-12-06 17:27:35.391132');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 17:27:35.396146','2026-12-06 17:27:35.396151');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 17:27:35.396152','2026-12-06 17:27:35.396153');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 17:27:35.557474','2026-12-06 17:27:35.557478');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 17:27:35.560949','2026-12-06 17:27:35.560952');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 17:27:35.560953','2026-12-06 17:27:35.560955');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 17:27:35.564442','2026-12-06 17:27:35.564445');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 17:27:36.418279','2026-12-06 17:27:36.418282');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 17:27:36.421544','2026-12-06 17:27:36.421547');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 17:27:36.424439','2026-12-06 17:27:36.424442');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 17:27:36.427300','2026-12-06 17:27:36.427303');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 17:27:36.430170','2026-12-06 17:27:36.430173');
CREATE TABLE users (
	username VARCHAR(40) NOT NULL, 
	display_name VARCHAR(40) NOT NULL, 
	password_hash VARCHAR(200), 
	is_active BOOLEAN NOT NULL, 
	must_change_password BOOLEAN NOT NULL, 
	last_login_at DATETIME, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_users PRIMARY KEY (id), 
	CONSTRAINT uq_users_username UNIQUE (username)
);
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$xwqjCUfGZ8D/U/4JR7xfIQ==$HHbiNDjaDAnB7TrbQTvnLSZsourQULunQuFD71UrP10=',1,0,NULL,1,1,'2026-12-06 17:27:35.299813','2026-12-06 17:27:35.299823');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$ymewMgYjXCTL8YJ9eJXLxg==$P9WaEgiKs0I1YfsmnxtxCES211eXNztHP+xTZxMFBlE=',1,1,NULL,1,2,'2026-12-06 17:27:35.390302','2026-12-06 17:27:35.390311');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 17:27:35.395110','2026-12-06 17:27:35.395114');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 17:27:35.556935','2026-12-06 17:27:35.556941');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 17:27:35.560418','2026-12-06 17:27:35.560422');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 17:27:35.564019','2026-12-06 17:27:35.564024');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 17:27:36.417752','2026-12-06 17:27:36.417761');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 17:27:36.421160','2026-12-06 17:27:36.421164');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 17:27:36.424046','2026-12-06 17:27:36.424051');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 17:27:36.426922','2026-12-06 17:27:36.426926');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 17:27:36.429779','2026-12-06 17:27:36.429783');
CREATE TABLE visits (
	customer_id INTEGER NOT NULL, 
	visited_at DATETIME NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	party_size INTEGER NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	awareness VARCHAR(20) NOT NULL, 
	consultant_id INTEGER, 
	invalid_reason VARCHAR(20), 
	note TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_visits PRIMARY KEY (id), 
	CONSTRAINT fk_visits_consultant_id_users FOREIGN KEY(consultant_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_visits_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO "visits" VALUES(1,'2026-11-16 17:27:35.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 17:27:36.016617','2026-12-06 17:27:36.016621');
INSERT INTO "visits" VALUES(2,'2026-11-16 18:27:35.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 17:27:36.058262','2026-12-06 17:27:39.076977');
INSERT INTO "visits" VALUES(3,'2026-11-16 19:27:35.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 17:27:36.086083','2026-12-06 17:27:36.086086');
INSERT INTO "visits" VALUES(1,'2026-12-04 17:27:35.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 17:27:36.097972','2026-12-06 17:27:36.097976');
INSERT INTO "visits" VALUES(2,'2026-12-04 17:27:35.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 17:27:36.113725','2026-12-06 17:27:39.076977');
INSERT INTO "visits" VALUES(4,'2026-12-06 17:22:38.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 17:27:38.877276','2026-12-06 17:27:38.877279');
CREATE INDEX ix_audit_log_action ON audit_log (action);
CREATE INDEX ix_audit_log_created_at ON audit_log (created_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_user_roles_user_id ON user_roles (user_id);
CREATE INDEX ix_customers_birthday_md ON customers (birthday_md);
CREATE INDEX ix_customers_channel ON customers (channel);
CREATE INDEX ix_customers_created_at ON customers (created_at);
CREATE INDEX ix_customers_grade ON customers (grade);
CREATE INDEX ix_customers_last_contact_at ON customers (last_contact_at);
CREATE INDEX ix_customers_name_initials ON customers (name_initials);
CREATE INDEX ix_customers_next_follow_up_on ON customers (next_follow_up_on);
CREATE INDEX ix_customers_owner_next ON customers (owner_id, next_follow_up_on);
CREATE INDEX ix_customers_live_name ON customers (anonymised_at, name);
CREATE INDEX ix_customers_live_phone ON customers (anonymised_at, phone);
CREATE INDEX ix_customers_live_grade ON customers (anonymised_at, grade);
CREATE INDEX ix_customers_live_channel ON customers (anonymised_at, channel);
CREATE INDEX ix_customers_live_last_contact_at ON customers (anonymised_at, last_contact_at);
CREATE INDEX ix_customers_live_next_follow_up_on ON customers (anonymised_at, next_follow_up_on);
CREATE INDEX ix_customers_live_visit_count ON customers (anonymised_at, visit_count);
CREATE INDEX ix_customers_live_risk_index ON customers (anonymised_at, risk_index);
CREATE INDEX ix_customers_live_created_at ON customers (anonymised_at, created_at);
CREATE INDEX ix_customers_phone ON customers (phone);
CREATE INDEX ix_customers_protected_until ON customers (protected_until);
CREATE INDEX ix_customers_referrer_id ON customers (referrer_id);
CREATE INDEX ix_customers_risk_index ON customers (risk_index);
CREATE INDEX ix_duty_roster_day ON duty_roster (day);
CREATE INDEX ix_customer_merges_kept_id ON customer_merges (kept_id);
CREATE INDEX ix_customer_relatives_customer_id ON customer_relatives (customer_id);
CREATE INDEX ix_customer_relatives_phone_key ON customer_relatives (phone_key);
CREATE INDEX ix_disputes_customer_id ON disputes (customer_id);
CREATE INDEX ix_disputes_status ON disputes (status);
CREATE INDEX ix_follow_ups_at ON follow_ups (at);
CREATE INDEX ix_follow_ups_customer_at ON follow_ups (customer_id, at);
CREATE INDEX ix_follow_ups_user_id ON follow_ups (user_id);
CREATE INDEX ix_grade_changes_customer_id ON grade_changes (customer_id);
CREATE INDEX ix_ownership_changes_customer_id ON ownership_changes (customer_id);
CREATE INDEX ix_phone_changes_customer_id ON phone_changes (customer_id);
CREATE INDEX ix_referral_points_referrer_id ON referral_points (referrer_id);
CREATE INDEX ix_risk_warnings_assignee_id ON risk_warnings (assignee_id);
CREATE INDEX ix_risk_warnings_customer_id ON risk_warnings (customer_id);
CREATE INDEX ix_risk_warnings_status ON risk_warnings (status);
CREATE INDEX ix_visits_consultant_id ON visits (consultant_id);
CREATE INDEX ix_visits_customer_at ON visits (customer_id, visited_at);
CREATE INDEX ix_visits_visited_at ON visits (visited_at);
CREATE INDEX ix_rotation_turns_day ON rotation_turns (day);
CREATE INDEX ix_queue_tickets_customer_id ON queue_tickets (customer_id);
CREATE INDEX ix_queue_tickets_status ON queue_tickets (status);
CREATE INDEX ix_units_building_floor ON units (building_id, floor);
CREATE INDEX ix_units_status ON units (status);
CREATE INDEX ix_deals_consultant_id ON deals (consultant_id);
CREATE INDEX ix_deals_customer_id ON deals (customer_id);
CREATE INDEX ix_deals_discount_status ON deals (discount_status);
CREATE INDEX ix_deals_sign_deadline ON deals (sign_deadline);
CREATE INDEX ix_deals_stage ON deals (stage);
CREATE INDEX ix_deals_subscribed_at ON deals (subscribed_at);
CREATE UNIQUE INDEX uq_deals_live_unit ON deals (unit_id) WHERE cancelled_at IS NULL;
CREATE INDEX ix_unit_holds_customer_id ON unit_holds (customer_id);
CREATE INDEX ix_unit_holds_expires_at ON unit_holds (expires_at);
CREATE UNIQUE INDEX uq_unit_holds_live ON unit_holds (unit_id) WHERE released_at IS NULL;
CREATE INDEX ix_care_touches_owner_due ON care_touches (owner_id, due_at);
CREATE INDEX ix_installments_due ON installments (due_on);
CREATE INDEX ix_receipts_customer_id ON receipts (customer_id);
CREATE INDEX ix_receipts_deal ON receipts (deal_id);
CREATE INDEX ix_receipts_installment ON receipts (installment_id);
CREATE INDEX ix_customer_name_grams_customer_id ON customer_name_grams (customer_id);
CREATE INDEX ix_phone_lookups_user_at ON phone_lookups (user_id, looked_up_at);
CREATE INDEX ix_erasure_log_customer_id ON erasure_log (customer_id);
CREATE INDEX ix_erasure_reviews_open ON erasure_reviews (reviewed_at, customer_id);
CREATE INDEX ix_dunning_letters_day ON dunning_letters (letter_on);
CREATE INDEX ix_dunning_letters_deal ON dunning_letters (deal_id, letter_on);
CREATE INDEX ix_dunning_letter_items_installment ON dunning_letter_items (installment_id);
CREATE INDEX ix_dunning_blocks_deal ON dunning_blocks (deal_id);
CREATE INDEX ix_dunning_calls_deal ON dunning_calls (deal_id);
COMMIT;
