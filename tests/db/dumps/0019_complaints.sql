BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0019_complaints');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 23:46:22.619490','2026-12-06 23:46:22.619496');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 23:46:22.619498','2026-12-06 23:46:22.619499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 23:46:22.703880','2026-12-06 23:46:22.703885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 23:46:22.703887','2026-12-06 23:46:22.703888');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 23:46:22.708944','2026-12-06 23:46:22.708949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 23:46:22.708950','2026-12-06 23:46:22.708952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 23:46:22.708953','2026-12-06 23:46:22.708953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 23:46:22.717108','2026-12-06 23:46:22.717113');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 23:46:22.718662','2026-12-06 23:46:22.718666');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 23:46:22.725744','2026-12-06 23:46:22.725761');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-12-06 23:46:22.728787','2026-12-06 23:46:22.728791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-12-06 23:46:22.728792','2026-12-06 23:46:22.728793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 23:46:22.728794','2026-12-06 23:46:22.728795');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 23:46:22.856748','2026-12-06 23:46:22.856753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 23:46:22.856754','2026-12-06 23:46:22.856756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 23:46:22.860526','2026-12-06 23:46:22.860530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 23:46:22.860532','2026-12-06 23:46:22.860533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 23:46:22.860534','2026-12-06 23:46:22.860535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 23:46:22.863797','2026-12-06 23:46:22.863801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 23:46:22.863803','2026-12-06 23:46:22.863804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-17；顾问=2；顺序=1',NULL,21,'2026-12-06 23:46:22.885131','2026-12-06 23:46:22.885136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-17；顾问=4；顺序=2',NULL,22,'2026-12-06 23:46:22.885138','2026-12-06 23:46:22.885140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-17；顾问=5；顺序=3',NULL,23,'2026-12-06 23:46:22.885141','2026-12-06 23:46:22.885142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 23:46:22 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 23:46:23.354493','2026-12-06 23:46:23.354501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 23:46:23.362876','2026-12-06 23:46:23.362889');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 23:46:22 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 23:46:23.362890','2026-12-06 23:46:23.362892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-17',NULL,27,'2026-12-06 23:46:23.362893','2026-12-06 23:46:23.362894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-17；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 23:46:23.370207','2026-12-06 23:46:23.370212');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-06 23:46:23.383077','2026-12-06 23:46:23.383084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-06 23:46:23.390710','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-06 23:46:23.394180','2026-12-06 23:46:26.728718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-06 23:46:23.394187','2026-12-06 23:46:26.726554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-06 23:46:23.394190','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-17；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,34,'2026-12-06 23:46:23.399309','2026-12-06 23:46:23.399314');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,35,'2026-12-06 23:46:23.399316','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-17 01:46:22 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,36,'2026-12-06 23:46:23.419595','2026-12-06 23:46:23.419602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,37,'2026-12-06 23:46:23.423373','2026-12-06 23:46:23.423378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-17 01:46:22 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,38,'2026-12-06 23:46:23.423380','2026-12-06 23:46:23.423381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,39,'2026-12-06 23:46:23.423382','2026-12-06 23:46:23.423383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-17；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,40,'2026-12-06 23:46:23.426364','2026-12-06 23:46:23.426368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 23:46:22 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,41,'2026-12-06 23:46:23.435747','2026-12-06 23:46:23.435752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-17 → 2027-01-04',NULL,42,'2026-12-06 23:46:23.435753','2026-12-06 23:46:23.435755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 23:46:22 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,43,'2026-12-06 23:46:23.449254','2026-12-06 23:46:23.449260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,44,'2026-12-06 23:46:23.453243','2026-12-06 23:46:26.728718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,45,'2026-12-06 23:46:23.453249','2026-12-06 23:46:26.726554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-04',NULL,46,'2026-12-06 23:46:23.453251','2026-12-06 23:46:23.453252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,47,'2026-12-06 23:46:23.465173','2026-12-06 23:46:23.465177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 23:46:22 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,48,'2026-12-06 23:46:23.465179','2026-12-06 23:46:23.465181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,49,'2026-12-06 23:46:23.465182','2026-12-06 23:46:23.465183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,50,'2026-12-06 23:46:23.469452','2026-12-06 23:46:23.469455');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,51,'2026-12-06 23:46:23.475659','2026-12-06 23:46:26.727681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,52,'2026-12-06 23:46:23.475664','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,53,'2026-12-06 23:46:23.483611','2026-12-06 23:46:26.729665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,54,'2026-12-06 23:46:23.485715','2026-12-06 23:46:26.727681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-04；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 23:46:22 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,55,'2026-12-06 23:46:23.520806','2026-12-06 23:46:23.520811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',56,'2026-12-06 23:46:23.520813','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,57,'2026-12-06 23:46:23.524231','2026-12-06 23:46:23.524235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,58,'2026-12-06 23:46:23.528845','2026-12-06 23:46:23.528849');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,59,'2026-12-06 23:46:23.528851','2026-12-06 23:46:23.528852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,60,'2026-12-06 23:46:23.528853','2026-12-06 23:46:23.528855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,61,'2026-12-06 23:46:23.528856','2026-12-06 23:46:23.528857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,62,'2026-12-06 23:46:23.536033','2026-12-06 23:46:23.536036');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,63,'2026-12-06 23:46:23.536038','2026-12-06 23:46:23.536039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,64,'2026-12-06 23:46:23.536041','2026-12-06 23:46:23.536042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,65,'2026-12-06 23:46:23.536043','2026-12-06 23:46:23.536044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,66,'2026-12-06 23:46:23.541723','2026-12-06 23:46:23.541727');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,67,'2026-12-06 23:46:23.548319','2026-12-06 23:46:23.548323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,68,'2026-12-06 23:46:23.551612','2026-12-06 23:46:23.551615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-07；顾问=4；顺序=1',NULL,69,'2026-12-06 23:46:23.557790','2026-12-06 23:46:23.557794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-07；顾问=2；顺序=2',NULL,70,'2026-12-06 23:46:23.557796','2026-12-06 23:46:23.557797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-07；顾问=5；顺序=3',NULL,71,'2026-12-06 23:46:23.557798','2026-12-06 23:46:23.557800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-07；顾问=4；类型=''跳过''；备注=''''',NULL,72,'2026-12-06 23:46:23.563199','2026-12-06 23:46:23.563203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-07；顾问=2；类型=''接待''；备注=''''',NULL,73,'2026-12-06 23:46:23.565991','2026-12-06 23:46:23.565995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,74,'2026-12-06 23:46:23.570380','2026-12-06 23:46:23.570384');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,75,'2026-12-06 23:46:23.577069','2026-12-06 23:46:23.577073');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 23:46:22 UTC',NULL,76,'2026-12-06 23:46:23.581977','2026-12-06 23:46:23.581980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,77,'2026-12-06 23:46:23.799050','2026-12-06 23:46:23.799058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,78,'2026-12-06 23:46:23.799062','2026-12-06 23:46:23.799063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,79,'2026-12-06 23:46:23.802917','2026-12-06 23:46:23.802922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,80,'2026-12-06 23:46:23.802924','2026-12-06 23:46:23.802925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,81,'2026-12-06 23:46:23.805960','2026-12-06 23:46:23.805964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,82,'2026-12-06 23:46:23.805966','2026-12-06 23:46:23.805967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,83,'2026-12-06 23:46:23.809001','2026-12-06 23:46:23.809005');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,84,'2026-12-06 23:46:23.809007','2026-12-06 23:46:23.809008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,85,'2026-12-06 23:46:23.811726','2026-12-06 23:46:23.811730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,86,'2026-12-06 23:46:23.811732','2026-12-06 23:46:23.811733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-21；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-20',NULL,87,'2026-12-06 23:46:23.823050','2026-12-06 23:46:23.823054');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,88,'2026-12-06 23:46:23.831285','2026-12-06 23:46:23.831289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,89,'2026-12-06 23:46:23.831291','2026-12-06 23:46:23.831292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 23:46:23.837391','2026-12-06 23:46:23.837396');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,91,'2026-12-06 23:46:23.837398','2026-12-06 23:46:23.837399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,92,'2026-12-06 23:46:23.843636','2026-12-06 23:46:23.843641');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,93,'2026-12-06 23:46:23.843642','2026-12-06 23:46:23.843643');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,94,'2026-12-06 23:46:23.855947','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-22；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-12-06 23:46:23.867489','2026-12-06 23:46:26.759478');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,96,'2026-12-06 23:46:23.875041','2026-12-06 23:46:23.875046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-25；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-12-06 23:46:23.879679','2026-12-06 23:46:23.879684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,98,'2026-12-06 23:46:23.886107','2026-12-06 23:46:23.886111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-29；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-12-06 23:46:23.890795','2026-12-06 23:46:23.890800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,100,'2026-12-06 23:46:23.897075','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-01；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-12-06 23:46:23.902032','2026-12-06 23:46:26.760096');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,102,'2026-12-06 23:46:23.908423','2026-12-06 23:46:23.908428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-05；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-12-06 23:46:23.913428','2026-12-06 23:46:23.913433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,104,'2026-12-06 23:46:23.919842','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-09；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-12-06 23:46:23.924660','2026-12-06 23:46:26.760846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,106,'2026-12-06 23:46:23.931231','2026-12-06 23:46:23.931235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-12；出纳=8；note=''''；作废原因=''''',NULL,107,'2026-12-06 23:46:23.936122','2026-12-06 23:46:23.936127');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,108,'2026-12-06 23:46:23.942462','2026-12-06 23:46:23.942468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-16 07:00:00 UTC；closed_by_id：（空） → 7',NULL,109,'2026-12-06 23:46:23.953301','2026-12-06 23:46:23.953305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-17 07:04:00 UTC；closed_by_id：（空） → 8',NULL,110,'2026-12-06 23:46:23.959447','2026-12-06 23:46:23.959453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,111,'2026-12-06 23:46:23.988401','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,112,'2026-12-06 23:46:23.988409','2026-12-06 23:46:23.988410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,113,'2026-12-06 23:46:24.000930','2026-12-06 23:46:24.000935');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,114,'2026-12-06 23:46:24.004569','2026-12-06 23:46:24.004575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-20 01:26:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,115,'2026-12-06 23:46:24.015346','2026-12-06 23:46:26.751299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,116,'2026-12-06 23:46:24.015353','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,117,'2026-12-06 23:46:24.018153','2026-12-06 23:46:24.018158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,118,'2026-12-06 23:46:24.027332','2026-12-06 23:46:24.027336');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,119,'2026-12-06 23:46:24.027338','2026-12-06 23:46:24.027339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,120,'2026-12-06 23:46:24.027340','2026-12-06 23:46:24.027341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-20 01:26:00 UTC；经办人=4；说明=''''',NULL,121,'2026-12-06 23:46:24.027343','2026-12-06 23:46:24.027344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,122,'2026-12-06 23:46:24.031690','2026-12-06 23:46:24.031694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,123,'2026-12-06 23:46:24.031695','2026-12-06 23:46:24.031696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,124,'2026-12-06 23:46:24.034387','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,125,'2026-12-06 23:46:24.034393','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,126,'2026-12-06 23:46:24.035953','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-21 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,127,'2026-12-06 23:46:24.043486','2026-12-06 23:46:24.043489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,128,'2026-12-06 23:46:24.043492','2026-12-06 23:46:24.043493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-20 01:32:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,129,'2026-12-06 23:46:24.055356','2026-12-06 23:46:24.055361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-20 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,130,'2026-12-06 23:46:24.055363','2026-12-06 23:46:24.055364');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,131,'2026-12-06 23:46:24.057315','2026-12-06 23:46:24.057320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,132,'2026-12-06 23:46:24.060980','2026-12-06 23:46:24.060984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,133,'2026-12-06 23:46:24.060986','2026-12-06 23:46:24.060987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,134,'2026-12-06 23:46:24.060988','2026-12-06 23:46:24.060989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-20 01:32:00 UTC；经办人=2；说明=''''',NULL,135,'2026-12-06 23:46:24.060991','2026-12-06 23:46:24.060991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,136,'2026-12-06 23:46:24.063576','2026-12-06 23:46:24.063580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,137,'2026-12-06 23:46:24.063582','2026-12-06 23:46:24.063583');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,138,'2026-12-06 23:46:24.065315','2026-12-06 23:46:24.065318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-21 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,139,'2026-12-06 23:46:24.073170','2026-12-06 23:46:24.073174');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,140,'2026-12-06 23:46:24.073176','2026-12-06 23:46:24.073178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-20 01:38:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,141,'2026-12-06 23:46:24.086374','2026-12-06 23:46:24.086379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-20 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,142,'2026-12-06 23:46:24.086381','2026-12-06 23:46:24.086382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,143,'2026-12-06 23:46:24.088389','2026-12-06 23:46:24.088393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,144,'2026-12-06 23:46:24.092259','2026-12-06 23:46:24.092264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,145,'2026-12-06 23:46:24.092266','2026-12-06 23:46:24.092267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,146,'2026-12-06 23:46:24.092268','2026-12-06 23:46:24.092269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-20 01:38:00 UTC；经办人=2；说明=''''',NULL,147,'2026-12-06 23:46:24.092270','2026-12-06 23:46:24.092271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,148,'2026-12-06 23:46:24.095077','2026-12-06 23:46:24.095081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,149,'2026-12-06 23:46:24.095083','2026-12-06 23:46:24.095084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,150,'2026-12-06 23:46:24.096938','2026-12-06 23:46:24.096942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,151,'2026-12-06 23:46:24.105542','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,152,'2026-12-06 23:46:24.105563','2026-12-06 23:46:24.105565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-20 01:44:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,153,'2026-12-06 23:46:24.119529','2026-12-06 23:46:26.752228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,154,'2026-12-06 23:46:24.119536','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,155,'2026-12-06 23:46:24.121695','2026-12-06 23:46:24.121700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,156,'2026-12-06 23:46:24.125666','2026-12-06 23:46:24.125671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,157,'2026-12-06 23:46:24.125673','2026-12-06 23:46:24.125675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,158,'2026-12-06 23:46:24.125676','2026-12-06 23:46:24.125677');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-20 01:44:00 UTC；经办人=4；说明=''''',NULL,159,'2026-12-06 23:46:24.125678','2026-12-06 23:46:24.125679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,160,'2026-12-06 23:46:24.128717','2026-12-06 23:46:24.128722');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,161,'2026-12-06 23:46:24.128724','2026-12-06 23:46:24.128725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,162,'2026-12-06 23:46:24.130587','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,163,'2026-12-06 23:46:24.132061','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,164,'2026-12-06 23:46:24.140929','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,165,'2026-12-06 23:46:24.140936','2026-12-06 23:46:24.140938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-20 01:50:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,166,'2026-12-06 23:46:24.154694','2026-12-06 23:46:26.752973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,167,'2026-12-06 23:46:24.154701','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,168,'2026-12-06 23:46:24.156574','2026-12-06 23:46:24.156579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,169,'2026-12-06 23:46:24.160023','2026-12-06 23:46:24.160028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,170,'2026-12-06 23:46:24.160030','2026-12-06 23:46:24.160031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,171,'2026-12-06 23:46:24.160032','2026-12-06 23:46:24.160033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-20 01:50:00 UTC；经办人=4；说明=''''',NULL,172,'2026-12-06 23:46:24.160034','2026-12-06 23:46:24.160035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,173,'2026-12-06 23:46:24.162597','2026-12-06 23:46:24.162601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,174,'2026-12-06 23:46:24.162602','2026-12-06 23:46:24.162603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,175,'2026-12-06 23:46:24.164138','2026-12-06 23:46:26.732411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,176,'2026-12-06 23:46:24.165340','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-21 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,177,'2026-12-06 23:46:24.174664','2026-12-06 23:46:24.174671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,178,'2026-12-06 23:46:24.174674','2026-12-06 23:46:24.174675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-20 01:56:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,179,'2026-12-06 23:46:24.189980','2026-12-06 23:46:24.189984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-20 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,180,'2026-12-06 23:46:24.189986','2026-12-06 23:46:24.189987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,181,'2026-12-06 23:46:24.191763','2026-12-06 23:46:24.191767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,182,'2026-12-06 23:46:24.195095','2026-12-06 23:46:24.195098');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,183,'2026-12-06 23:46:24.195100','2026-12-06 23:46:24.195101');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,184,'2026-12-06 23:46:24.195102','2026-12-06 23:46:24.195104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-20 01:56:00 UTC；经办人=2；说明=''''',NULL,185,'2026-12-06 23:46:24.195105','2026-12-06 23:46:24.195106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,186,'2026-12-06 23:46:24.197480','2026-12-06 23:46:24.197484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,187,'2026-12-06 23:46:24.197486','2026-12-06 23:46:24.197488');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,188,'2026-12-06 23:46:24.198935','2026-12-06 23:46:24.198939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,189,'2026-12-06 23:46:24.207179','2026-12-06 23:46:24.207184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 23:46:24.209589','2026-12-06 23:46:26.761510');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-03',NULL,191,'2026-12-06 23:46:24.215188','2026-12-06 23:46:24.215192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,192,'2026-12-06 23:46:24.217409','2026-12-06 23:46:26.762129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-26 04:46:00 UTC；经办人=7；说明=''''',NULL,193,'2026-12-06 23:46:24.226491','2026-12-06 23:46:24.226495');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062613349''；签约时间：（空） → 2026-06-26 04:46:00 UTC',NULL,194,'2026-12-06 23:46:24.226497','2026-12-06 23:46:24.226498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,195,'2026-12-06 23:46:24.229474','2026-12-06 23:46:24.229478');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,196,'2026-12-06 23:46:24.237562','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,197,'2026-12-06 23:46:24.237569','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,198,'2026-12-06 23:46:24.237572','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,199,'2026-12-06 23:46:24.239661','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-05 02:25:00 UTC；经办人=7；说明=''''',NULL,200,'2026-12-06 23:46:24.244795','2026-12-06 23:46:24.244798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-05',NULL,201,'2026-12-06 23:46:24.244800','2026-12-06 23:46:24.244801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-11 01:07:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 23:46:24.248717','2026-12-06 23:46:24.248721');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 23:46:24.248723','2026-12-06 23:46:24.248724');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-16 04:39:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 23:46:24.251930','2026-12-06 23:46:24.251934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 23:46:24.251936','2026-12-06 23:46:24.251937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-26 03:18:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 23:46:24.255188','2026-12-06 23:46:24.255192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 23:46:24.255194','2026-12-06 23:46:24.255195');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-04 03:11:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 23:46:24.258470','2026-12-06 23:46:24.258474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 23:46:24.258476','2026-12-06 23:46:24.258477');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-20 03:26:00 UTC；经办人=10；说明=''''',NULL,210,'2026-12-06 23:46:24.261785','2026-12-06 23:46:24.261789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,211,'2026-12-06 23:46:24.261791','2026-12-06 23:46:24.261792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-20',NULL,212,'2026-12-06 23:46:24.263813','2026-12-06 23:46:24.263818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,213,'2026-12-06 23:46:24.266318','2026-12-06 23:46:24.266323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,214,'2026-12-06 23:46:24.280306','2026-12-06 23:46:24.280310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,215,'2026-12-06 23:46:24.280312','2026-12-06 23:46:24.280313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-19；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,216,'2026-12-06 23:46:24.283888','2026-12-06 23:46:24.283893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-19 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,217,'2026-12-06 23:46:24.283895','2026-12-06 23:46:24.283896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-19 01:35:00 UTC',NULL,218,'2026-12-06 23:46:24.283898','2026-12-06 23:46:24.283899');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,219,'2026-12-06 23:46:24.286576','2026-12-06 23:46:24.286580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-25',NULL,220,'2026-12-06 23:46:24.290823','2026-12-06 23:46:24.290828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 23:46:24.293503','2026-12-06 23:46:26.762618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,222,'2026-12-06 23:46:24.300372','2026-12-06 23:46:24.300377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 23:46:24.302956','2026-12-06 23:46:24.302961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-04',NULL,224,'2026-12-06 23:46:24.308930','2026-12-06 23:46:24.308934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,225,'2026-12-06 23:46:24.311513','2026-12-06 23:46:24.311518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-23 06:31:00 UTC；经办人=7；说明=''''',NULL,226,'2026-12-06 23:46:24.319347','2026-12-06 23:46:24.319352');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062399846''；签约时间：（空） → 2026-06-23 06:31:00 UTC',NULL,227,'2026-12-06 23:46:24.319354','2026-12-06 23:46:24.319355');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,228,'2026-12-06 23:46:24.322736','2026-12-06 23:46:24.322740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-23 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,229,'2026-12-06 23:46:24.328248','2026-12-06 23:46:24.328252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,230,'2026-12-06 23:46:24.328254','2026-12-06 23:46:24.328255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,231,'2026-12-06 23:46:24.328256','2026-12-06 23:46:24.328257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-02 06:41:00 UTC；经办人=7；说明=''''',NULL,232,'2026-12-06 23:46:24.332322','2026-12-06 23:46:24.332326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-02',NULL,233,'2026-12-06 23:46:24.332329','2026-12-06 23:46:24.332330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-07 01:08:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 23:46:24.336029','2026-12-06 23:46:24.336033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 23:46:24.336036','2026-12-06 23:46:24.336038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-14 03:36:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 23:46:24.339680','2026-12-06 23:46:24.339685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 23:46:24.339687','2026-12-06 23:46:24.339689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-28 05:58:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 23:46:24.343337','2026-12-06 23:46:24.343341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 23:46:24.343343','2026-12-06 23:46:24.343344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-07 09:39:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 23:46:24.346974','2026-12-06 23:46:24.346978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 23:46:24.346980','2026-12-06 23:46:24.346981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-20 05:04:00 UTC；经办人=10；说明=''''',NULL,242,'2026-12-06 23:46:24.350668','2026-12-06 23:46:24.350672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,243,'2026-12-06 23:46:24.350674','2026-12-06 23:46:24.350675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-20',NULL,244,'2026-12-06 23:46:24.352918','2026-12-06 23:46:24.352922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,245,'2026-12-06 23:46:24.355262','2026-12-06 23:46:24.355267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,246,'2026-12-06 23:46:24.363962','2026-12-06 23:46:24.363964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,247,'2026-12-06 23:46:24.363966','2026-12-06 23:46:24.363967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-15；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,248,'2026-12-06 23:46:24.366383','2026-12-06 23:46:24.366387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-15 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,249,'2026-12-06 23:46:24.366389','2026-12-06 23:46:24.366390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-15 05:33:00 UTC',NULL,250,'2026-12-06 23:46:24.366392','2026-12-06 23:46:24.366393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,251,'2026-12-06 23:46:24.369089','2026-12-06 23:46:24.369095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-20',NULL,252,'2026-12-06 23:46:24.372132','2026-12-06 23:46:24.372136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-20；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 23:46:24.374998','2026-12-06 23:46:24.375003');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-20',NULL,254,'2026-12-06 23:46:24.382895','2026-12-06 23:46:24.382900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 23:46:24.386134','2026-12-06 23:46:24.386139');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-30',NULL,256,'2026-12-06 23:46:24.391405','2026-12-06 23:46:24.391408');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-30；出纳=8；note=''''；作废原因=''''',NULL,257,'2026-12-06 23:46:24.393506','2026-12-06 23:46:24.393509');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-25 05:15:00 UTC；经办人=7；说明=''''',NULL,258,'2026-12-06 23:46:24.399687','2026-12-06 23:46:24.399691');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062587853''；签约时间：（空） → 2026-06-25 05:15:00 UTC',NULL,259,'2026-12-06 23:46:24.399693','2026-12-06 23:46:24.399694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,260,'2026-12-06 23:46:24.402326','2026-12-06 23:46:24.402329');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-25 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,261,'2026-12-06 23:46:24.407523','2026-12-06 23:46:24.407528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,262,'2026-12-06 23:46:24.407530','2026-12-06 23:46:24.407532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,263,'2026-12-06 23:46:24.407534','2026-12-06 23:46:24.407534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-04 08:30:00 UTC；经办人=7；说明=''''',NULL,264,'2026-12-06 23:46:24.411037','2026-12-06 23:46:24.411041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-04',NULL,265,'2026-12-06 23:46:24.411042','2026-12-06 23:46:24.411043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-09 02:50:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 23:46:24.414249','2026-12-06 23:46:24.414252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 23:46:24.414254','2026-12-06 23:46:24.414255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-18 01:34:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 23:46:24.417421','2026-12-06 23:46:24.417424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 23:46:24.417426','2026-12-06 23:46:24.417427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-31 01:54:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 23:46:24.420615','2026-12-06 23:46:24.420619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 23:46:24.420621','2026-12-06 23:46:24.420622');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-07 07:43:00 UTC；经办人=10；说明=''''',NULL,272,'2026-12-06 23:46:24.423662','2026-12-06 23:46:24.423666');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,273,'2026-12-06 23:46:24.423668','2026-12-06 23:46:24.423669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,274,'2026-12-06 23:46:24.426725','2026-12-06 23:46:24.426729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 23:46:24.429046','2026-12-06 23:46:26.763063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-29',NULL,276,'2026-12-06 23:46:24.434260','2026-12-06 23:46:24.434264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,277,'2026-12-06 23:46:24.436497','2026-12-06 23:46:26.763524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-24 08:15:00 UTC；经办人=7；说明=''''',NULL,278,'2026-12-06 23:46:24.443147','2026-12-06 23:46:24.443152');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062456438''；签约时间：（空） → 2026-06-24 08:15:00 UTC',NULL,279,'2026-12-06 23:46:24.443154','2026-12-06 23:46:24.443155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,280,'2026-12-06 23:46:24.446132','2026-12-06 23:46:24.446136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,281,'2026-12-06 23:46:24.451193','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,282,'2026-12-06 23:46:24.451199','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,283,'2026-12-06 23:46:24.451202','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,284,'2026-12-06 23:46:24.453273','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-02 06:59:00 UTC；经办人=7；说明=''''',NULL,285,'2026-12-06 23:46:24.456396','2026-12-06 23:46:24.456400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-02',NULL,286,'2026-12-06 23:46:24.456402','2026-12-06 23:46:24.456403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-09 06:50:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 23:46:24.459738','2026-12-06 23:46:24.459742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 23:46:24.459744','2026-12-06 23:46:24.459745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-17 07:08:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 23:46:24.463074','2026-12-06 23:46:24.463079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 23:46:24.463081','2026-12-06 23:46:24.463082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-29 05:51:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 23:46:24.466429','2026-12-06 23:46:24.466433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 23:46:24.466435','2026-12-06 23:46:24.466436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-07 06:33:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 23:46:24.469901','2026-12-06 23:46:24.469906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 23:46:24.469907','2026-12-06 23:46:24.469909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-19 04:47:00 UTC；经办人=10；说明=''''',NULL,295,'2026-12-06 23:46:24.473323','2026-12-06 23:46:24.473327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,296,'2026-12-06 23:46:24.473329','2026-12-06 23:46:24.473330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-19',NULL,297,'2026-12-06 23:46:24.475705','2026-12-06 23:46:24.475710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 23:46:24.478266','2026-12-06 23:46:24.478270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,299,'2026-12-06 23:46:24.485639','2026-12-06 23:46:24.485643');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,300,'2026-12-06 23:46:24.488152','2026-12-06 23:46:26.764044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-21 03:00:00 UTC',NULL,301,'2026-12-06 23:46:24.495222','2026-12-06 23:46:24.495226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-04',NULL,302,'2026-12-06 23:46:24.497341','2026-12-06 23:46:24.497345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,303,'2026-12-06 23:46:24.499868','2026-12-06 23:46:26.764475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-26 02:27:00 UTC；经办人=7；说明=''''',NULL,304,'2026-12-06 23:46:24.507932','2026-12-06 23:46:24.507937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062655680''；签约时间：（空） → 2026-06-26 02:27:00 UTC',NULL,305,'2026-12-06 23:46:24.507938','2026-12-06 23:46:24.507939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,306,'2026-12-06 23:46:24.511332','2026-12-06 23:46:24.511337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,307,'2026-12-06 23:46:24.517239','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,308,'2026-12-06 23:46:24.517245','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,309,'2026-12-06 23:46:24.517248','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,310,'2026-12-06 23:46:24.519645','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-05 05:56:00 UTC；经办人=7；说明=''''',NULL,311,'2026-12-06 23:46:24.523250','2026-12-06 23:46:24.523254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-05',NULL,312,'2026-12-06 23:46:24.523256','2026-12-06 23:46:24.523257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-12 07:20:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 23:46:24.527101','2026-12-06 23:46:24.527105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 23:46:24.527107','2026-12-06 23:46:24.527108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-20 08:06:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 23:46:24.530953','2026-12-06 23:46:24.530961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 23:46:24.530963','2026-12-06 23:46:24.530965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-31 03:41:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 23:46:24.534638','2026-12-06 23:46:24.534642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 23:46:24.534644','2026-12-06 23:46:24.534645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-07 02:23:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 23:46:24.538316','2026-12-06 23:46:24.538320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 23:46:24.538321','2026-12-06 23:46:24.538322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-22 08:09:00 UTC；经办人=10；说明=''''',NULL,321,'2026-12-06 23:46:24.542186','2026-12-06 23:46:24.542190');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,322,'2026-12-06 23:46:24.542192','2026-12-06 23:46:24.542194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-22',NULL,323,'2026-12-06 23:46:24.544521','2026-12-06 23:46:24.544525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-22；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 23:46:24.547189','2026-12-06 23:46:24.547194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,325,'2026-12-06 23:46:24.555228','2026-12-06 23:46:24.555233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 23:46:24.558082','2026-12-06 23:46:24.558087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-05',NULL,327,'2026-12-06 23:46:24.563942','2026-12-06 23:46:24.563946');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-05；出纳=8；note=''''；作废原因=''''',NULL,328,'2026-12-06 23:46:24.566315','2026-12-06 23:46:24.566320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-23 04:03:00 UTC；经办人=7；说明=''''',NULL,329,'2026-12-06 23:46:24.573144','2026-12-06 23:46:24.573147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062358361''；签约时间：（空） → 2026-06-23 04:03:00 UTC',NULL,330,'2026-12-06 23:46:24.573149','2026-12-06 23:46:24.573150');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,331,'2026-12-06 23:46:24.575918','2026-12-06 23:46:24.575922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-23 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,332,'2026-12-06 23:46:24.581922','2026-12-06 23:46:24.581927');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,333,'2026-12-06 23:46:24.581929','2026-12-06 23:46:24.581930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,334,'2026-12-06 23:46:24.581931','2026-12-06 23:46:24.581932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-29 08:30:00 UTC；经办人=7；说明=''''',NULL,335,'2026-12-06 23:46:24.586345','2026-12-06 23:46:24.586350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-29',NULL,336,'2026-12-06 23:46:24.586352','2026-12-06 23:46:24.586353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-03 02:50:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 23:46:24.590702','2026-12-06 23:46:24.590709');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 23:46:24.590713','2026-12-06 23:46:24.590715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-10 05:29:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 23:46:24.595213','2026-12-06 23:46:24.595218');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 23:46:24.595220','2026-12-06 23:46:24.595221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-21 03:02:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 23:46:24.599719','2026-12-06 23:46:24.599723');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 23:46:24.599725','2026-12-06 23:46:24.599726');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-28 01:36:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 23:46:24.603020','2026-12-06 23:46:24.603024');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 23:46:24.603026','2026-12-06 23:46:24.603027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-10 02:39:00 UTC；经办人=10；说明=''''',NULL,345,'2026-12-06 23:46:24.606207','2026-12-06 23:46:24.606210');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,346,'2026-12-06 23:46:24.606212','2026-12-06 23:46:24.606213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-10',NULL,347,'2026-12-06 23:46:24.608104','2026-12-06 23:46:24.608107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''',NULL,348,'2026-12-06 23:46:24.610392','2026-12-06 23:46:24.610396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-21 04:49:00 UTC；签约期限=2026-11-28；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,349,'2026-12-06 23:46:24.623721','2026-12-06 23:46:26.753698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,350,'2026-12-06 23:46:24.625401','2026-12-06 23:46:24.625404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-21；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,351,'2026-12-06 23:46:24.628953','2026-12-06 23:46:24.628957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-06；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,352,'2026-12-06 23:46:24.628958','2026-12-06 23:46:24.628959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-20；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,353,'2026-12-06 23:46:24.628961','2026-12-06 23:46:24.628962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-21 04:49:00 UTC；经办人=4；说明=''''',NULL,354,'2026-12-06 23:46:24.628963','2026-12-06 23:46:24.628964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,355,'2026-12-06 23:46:24.630938','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-21',NULL,356,'2026-12-06 23:46:24.633869','2026-12-06 23:46:24.633873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 23:46:24.636111','2026-12-06 23:46:26.764963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,358,'2026-12-06 23:46:24.641446','2026-12-06 23:46:24.641450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,359,'2026-12-06 23:46:24.643660','2026-12-06 23:46:26.765389');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-22 08:53:00 UTC；经办人=7；说明=''''',NULL,360,'2026-12-06 23:46:24.650336','2026-12-06 23:46:24.650341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112281882''；签约时间：（空） → 2026-11-22 08:53:00 UTC',NULL,361,'2026-12-06 23:46:24.650343','2026-12-06 23:46:24.650344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,362,'2026-12-06 23:46:24.653275','2026-12-06 23:46:24.653279');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,363,'2026-12-06 23:46:24.658098','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,364,'2026-12-06 23:46:24.658104','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,365,'2026-12-06 23:46:24.658106','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,366,'2026-12-06 23:46:24.660079','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-02 06:06:00 UTC；经办人=7；说明=''''',NULL,367,'2026-12-06 23:46:24.663052','2026-12-06 23:46:24.663056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-02',NULL,368,'2026-12-06 23:46:24.663058','2026-12-06 23:46:24.663059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-05 04:57:00 UTC；经办人=10；说明=''''',NULL,369,'2026-12-06 23:46:24.666191','2026-12-06 23:46:24.666195');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,370,'2026-12-06 23:46:24.666196','2026-12-06 23:46:24.666197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-03 02:43:00 UTC；签约期限=2026-11-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,371,'2026-12-06 23:46:24.675932','2026-12-06 23:46:26.754341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,372,'2026-12-06 23:46:24.677678','2026-12-06 23:46:24.677682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-03；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,373,'2026-12-06 23:46:24.682631','2026-12-06 23:46:24.682636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-03；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,374,'2026-12-06 23:46:24.682638','2026-12-06 23:46:24.682639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-03 02:43:00 UTC；经办人=4；说明=''''',NULL,375,'2026-12-06 23:46:24.682640','2026-12-06 23:46:24.682641');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,376,'2026-12-06 23:46:24.684654','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-03',NULL,377,'2026-12-06 23:46:24.687611','2026-12-06 23:46:24.687616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-03；出纳=8；note=''''；作废原因=''''',NULL,378,'2026-12-06 23:46:24.689933','2026-12-06 23:46:26.765910');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-07 07:03:00 UTC；经办人=7；说明=''''',NULL,379,'2026-12-06 23:46:24.696938','2026-12-06 23:46:24.696943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110750101''；签约时间：（空） → 2026-11-07 07:03:00 UTC',NULL,380,'2026-12-06 23:46:24.696945','2026-12-06 23:46:24.696946');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,381,'2026-12-06 23:46:24.699986','2026-12-06 23:46:24.699991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,382,'2026-12-06 23:46:24.705105','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,383,'2026-12-06 23:46:24.705111','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,384,'2026-12-06 23:46:24.705113','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,385,'2026-12-06 23:46:24.707175','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-13 04:11:00 UTC；经办人=7；说明=''''',NULL,386,'2026-12-06 23:46:24.710332','2026-12-06 23:46:24.710336');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-13',NULL,387,'2026-12-06 23:46:24.710338','2026-12-06 23:46:24.710339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,388,'2026-12-06 23:46:24.715245','2026-12-06 23:46:24.715250');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,389,'2026-12-06 23:46:24.715252','2026-12-06 23:46:24.715253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-16；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,390,'2026-12-06 23:46:24.720743','2026-12-06 23:46:24.720748');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-16；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,391,'2026-12-06 23:46:24.720750','2026-12-06 23:46:24.720751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-16 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,392,'2026-12-06 23:46:24.720752','2026-12-06 23:46:24.720753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-16 09:40:00 UTC',NULL,393,'2026-12-06 23:46:24.720754','2026-12-06 23:46:24.720755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,394,'2026-12-06 23:46:24.722964','2026-12-06 23:46:24.722968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-19',NULL,395,'2026-12-06 23:46:24.725537','2026-12-06 23:46:24.725541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 23:46:24.727936','2026-12-06 23:46:26.766481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-17',NULL,397,'2026-12-06 23:46:24.733846','2026-12-06 23:46:24.733850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,398,'2026-12-06 23:46:24.736146','2026-12-06 23:46:26.767067');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-29 09:34:00 UTC；签约期限=2026-11-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,399,'2026-12-06 23:46:24.749696','2026-12-06 23:46:24.749700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,400,'2026-12-06 23:46:24.751447','2026-12-06 23:46:24.751451');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-29；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,401,'2026-12-06 23:46:24.754628','2026-12-06 23:46:24.754632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-28；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,402,'2026-12-06 23:46:24.754634','2026-12-06 23:46:24.754634');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-29 09:34:00 UTC；经办人=2；说明=''''',NULL,403,'2026-12-06 23:46:24.754635','2026-12-06 23:46:24.754636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-29',NULL,404,'2026-12-06 23:46:24.758125','2026-12-06 23:46:24.758129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-29；出纳=8；note=''''；作废原因=''''',NULL,405,'2026-12-06 23:46:24.760708','2026-12-06 23:46:24.760713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-11-01 08:14:00 UTC；经办人=7；说明=''''',NULL,406,'2026-12-06 23:46:24.902874','2026-12-06 23:46:24.902878');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126110168856''；签约时间：（空） → 2026-11-01 08:14:00 UTC',NULL,407,'2026-12-06 23:46:24.902880','2026-12-06 23:46:24.902881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,408,'2026-12-06 23:46:24.906221','2026-12-06 23:46:24.906227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-11-01 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,409,'2026-12-06 23:46:24.911595','2026-12-06 23:46:24.911599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-02 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,410,'2026-12-06 23:46:24.911600','2026-12-06 23:46:24.911601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-03 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,411,'2026-12-06 23:46:24.911603','2026-12-06 23:46:24.911604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-11 02:08:00 UTC；经办人=7；说明=''''',NULL,412,'2026-12-06 23:46:24.915300','2026-12-06 23:46:24.915304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-11',NULL,413,'2026-12-06 23:46:24.915306','2026-12-06 23:46:24.915307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,414,'2026-12-06 23:46:24.921387','2026-12-06 23:46:24.921390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,415,'2026-12-06 23:46:24.921391','2026-12-06 23:46:24.921392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-14；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,416,'2026-12-06 23:46:24.923920','2026-12-06 23:46:24.923925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-14 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,417,'2026-12-06 23:46:24.923927','2026-12-06 23:46:24.923928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-14 08:05:00 UTC',NULL,418,'2026-12-06 23:46:24.923929','2026-12-06 23:46:24.923931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,419,'2026-12-06 23:46:24.926329','2026-12-06 23:46:24.926335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-20',NULL,420,'2026-12-06 23:46:24.929192','2026-12-06 23:46:24.929197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,421,'2026-12-06 23:46:24.931619','2026-12-06 23:46:24.931624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-30 08:36:00 UTC；签约期限=2026-09-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,422,'2026-12-06 23:46:24.945211','2026-12-06 23:46:24.945216');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,423,'2026-12-06 23:46:24.946856','2026-12-06 23:46:24.946860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,424,'2026-12-06 23:46:24.949770','2026-12-06 23:46:24.949774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-29；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,425,'2026-12-06 23:46:24.949776','2026-12-06 23:46:24.949777');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-30 08:36:00 UTC；经办人=2；说明=''''',NULL,426,'2026-12-06 23:46:24.949778','2026-12-06 23:46:24.949779');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-30',NULL,427,'2026-12-06 23:46:24.952931','2026-12-06 23:46:24.952934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-30；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 23:46:24.956117','2026-12-06 23:46:24.956122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-23',NULL,429,'2026-12-06 23:46:24.962890','2026-12-06 23:46:24.962895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-23；出纳=8；note=''''；作废原因=''''',NULL,430,'2026-12-06 23:46:24.965876','2026-12-06 23:46:24.965881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-31 05:49:00 UTC；经办人=7；说明=''''',NULL,431,'2026-12-06 23:46:24.974606','2026-12-06 23:46:24.974611');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083119420''；签约时间：（空） → 2026-08-31 05:49:00 UTC',NULL,432,'2026-12-06 23:46:24.974613','2026-12-06 23:46:24.974614');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,433,'2026-12-06 23:46:24.978074','2026-12-06 23:46:24.978078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-31 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,434,'2026-12-06 23:46:24.982818','2026-12-06 23:46:24.982822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-09-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,435,'2026-12-06 23:46:24.982823','2026-12-06 23:46:24.982824');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,436,'2026-12-06 23:46:24.982826','2026-12-06 23:46:24.982827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-08 07:48:00 UTC；经办人=7；说明=''''',NULL,437,'2026-12-06 23:46:24.986114','2026-12-06 23:46:24.986118');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-08',NULL,438,'2026-12-06 23:46:24.986120','2026-12-06 23:46:24.986121');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-10-01 06:41:00 UTC；签约期限=2026-10-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,439,'2026-12-06 23:46:24.996519','2026-12-06 23:46:24.996523');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,440,'2026-12-06 23:46:24.998272','2026-12-06 23:46:24.998277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,441,'2026-12-06 23:46:25.001787','2026-12-06 23:46:25.001791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-16；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,442,'2026-12-06 23:46:25.001793','2026-12-06 23:46:25.001794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-30；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,443,'2026-12-06 23:46:25.001795','2026-12-06 23:46:25.001796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-10-01 06:41:00 UTC；经办人=2；说明=''''',NULL,444,'2026-12-06 23:46:25.001797','2026-12-06 23:46:25.001798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-10-01',NULL,445,'2026-12-06 23:46:25.005307','2026-12-06 23:46:25.005311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-10-01；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 23:46:25.007729','2026-12-06 23:46:25.007733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-11',NULL,447,'2026-12-06 23:46:25.012993','2026-12-06 23:46:25.012997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-11；出纳=8；note=''''；作废原因=''''',NULL,448,'2026-12-06 23:46:25.015248','2026-12-06 23:46:25.015252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-04 08:51:00 UTC；经办人=7；说明=''''',NULL,449,'2026-12-06 23:46:25.022023','2026-12-06 23:46:25.022027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100423964''；签约时间：（空） → 2026-10-04 08:51:00 UTC',NULL,450,'2026-12-06 23:46:25.022030','2026-12-06 23:46:25.022031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,451,'2026-12-06 23:46:25.024850','2026-12-06 23:46:25.024854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-04 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,452,'2026-12-06 23:46:25.030053','2026-12-06 23:46:25.030057');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-05 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,453,'2026-12-06 23:46:25.030059','2026-12-06 23:46:25.030060');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-06 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,454,'2026-12-06 23:46:25.030061','2026-12-06 23:46:25.030062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-13 09:08:00 UTC；经办人=7；说明=''''',NULL,455,'2026-12-06 23:46:25.033696','2026-12-06 23:46:25.033700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-13',NULL,456,'2026-12-06 23:46:25.033702','2026-12-06 23:46:25.033703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-18 02:19:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 23:46:25.037000','2026-12-06 23:46:25.037004');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 23:46:25.037006','2026-12-06 23:46:25.037008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-24 03:16:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 23:46:25.040216','2026-12-06 23:46:25.040220');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 23:46:25.040222','2026-12-06 23:46:25.040223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-06 06:18:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 23:46:25.043409','2026-12-06 23:46:25.043412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 23:46:25.043414','2026-12-06 23:46:25.043415');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-12 02:34:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 23:46:25.046481','2026-12-06 23:46:25.046485');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 23:46:25.046487','2026-12-06 23:46:25.046488');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-28 01:01:00 UTC；经办人=10；说明=''''',NULL,465,'2026-12-06 23:46:25.049604','2026-12-06 23:46:25.049607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,466,'2026-12-06 23:46:25.049609','2026-12-06 23:46:25.049610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-28',NULL,467,'2026-12-06 23:46:25.051456','2026-12-06 23:46:25.051459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-28；出纳=8；note=''''；作废原因=''''',NULL,468,'2026-12-06 23:46:25.053917','2026-12-06 23:46:25.053921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,469,'2026-12-06 23:46:25.061982','2026-12-06 23:46:25.061987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,470,'2026-12-06 23:46:25.061988','2026-12-06 23:46:25.061989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-31；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,471,'2026-12-06 23:46:25.066305','2026-12-06 23:46:25.066310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-12-01；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,472,'2026-12-06 23:46:25.066312','2026-12-06 23:46:25.066313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-12-01 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,473,'2026-12-06 23:46:25.066314','2026-12-06 23:46:25.066315');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-12-01 06:27:00 UTC',NULL,474,'2026-12-06 23:46:25.066316','2026-12-06 23:46:25.066317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,475,'2026-12-06 23:46:25.068421','2026-12-06 23:46:25.068425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-12-01',NULL,476,'2026-12-06 23:46:25.071079','2026-12-06 23:46:25.071083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 23:46:25.073487','2026-12-06 23:46:25.073491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-04',NULL,478,'2026-12-06 23:46:25.078583','2026-12-06 23:46:25.078588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,479,'2026-12-06 23:46:25.080934','2026-12-06 23:46:25.080938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-26 06:33:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,480,'2026-12-06 23:46:25.094183','2026-12-06 23:46:25.094187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,481,'2026-12-06 23:46:25.096048','2026-12-06 23:46:25.096052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,482,'2026-12-06 23:46:25.099624','2026-12-06 23:46:25.099628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,483,'2026-12-06 23:46:25.099629','2026-12-06 23:46:25.099630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-24；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,484,'2026-12-06 23:46:25.099632','2026-12-06 23:46:25.099633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-26 06:33:00 UTC；经办人=2；说明=''''',NULL,485,'2026-12-06 23:46:25.099634','2026-12-06 23:46:25.099635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-26',NULL,486,'2026-12-06 23:46:25.103346','2026-12-06 23:46:25.103350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,487,'2026-12-06 23:46:25.105895','2026-12-06 23:46:25.105900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-27 05:29:00 UTC；签约期限=2026-12-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,488,'2026-12-06 23:46:25.120829','2026-12-06 23:46:26.755046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,489,'2026-12-06 23:46:25.122628','2026-12-06 23:46:25.122633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-27；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,490,'2026-12-06 23:46:25.126332','2026-12-06 23:46:25.126337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-12；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,491,'2026-12-06 23:46:25.126338','2026-12-06 23:46:25.126339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-26；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,492,'2026-12-06 23:46:25.126340','2026-12-06 23:46:25.126342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-27 05:29:00 UTC；经办人=4；说明=''''',NULL,493,'2026-12-06 23:46:25.126343','2026-12-06 23:46:25.126344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,494,'2026-12-06 23:46:25.128443','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-27',NULL,495,'2026-12-06 23:46:25.131805','2026-12-06 23:46:25.131809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,496,'2026-12-06 23:46:25.134342','2026-12-06 23:46:26.767692');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-30 04:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,497,'2026-12-06 23:46:25.148129','2026-12-06 23:46:25.148134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,498,'2026-12-06 23:46:25.150215','2026-12-06 23:46:25.150475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,499,'2026-12-06 23:46:25.154022','2026-12-06 23:46:25.154028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,500,'2026-12-06 23:46:25.154029','2026-12-06 23:46:25.154030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,501,'2026-12-06 23:46:25.154031','2026-12-06 23:46:25.154032');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-30 04:52:00 UTC；经办人=2；说明=''''',NULL,502,'2026-12-06 23:46:25.154033','2026-12-06 23:46:25.154034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-30',NULL,503,'2026-12-06 23:46:25.157697','2026-12-06 23:46:25.157701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,504,'2026-12-06 23:46:25.160347','2026-12-06 23:46:25.160351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-12-01 06:52:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,505,'2026-12-06 23:46:25.174050','2026-12-06 23:46:25.174055');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,506,'2026-12-06 23:46:25.175725','2026-12-06 23:46:25.175730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,507,'2026-12-06 23:46:25.179482','2026-12-06 23:46:25.179486');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-16；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,508,'2026-12-06 23:46:25.179488','2026-12-06 23:46:25.179489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-30；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,509,'2026-12-06 23:46:25.179490','2026-12-06 23:46:25.179491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-12-01 06:52:00 UTC；经办人=2；说明=''''',NULL,510,'2026-12-06 23:46:25.179492','2026-12-06 23:46:25.179493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-01',NULL,511,'2026-12-06 23:46:25.183015','2026-12-06 23:46:25.183019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,512,'2026-12-06 23:46:25.185325','2026-12-06 23:46:25.185330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-02 03:00:00 UTC',NULL,513,'2026-12-06 23:46:25.191252','2026-12-06 23:46:25.191257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-02 09:25:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,514,'2026-12-06 23:46:25.201766','2026-12-06 23:46:25.201771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,515,'2026-12-06 23:46:25.203484','2026-12-06 23:46:25.203487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,516,'2026-12-06 23:46:25.206612','2026-12-06 23:46:25.206616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2027-01-01；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,517,'2026-12-06 23:46:25.206617','2026-12-06 23:46:25.206618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-02 09:25:00 UTC；经办人=2；说明=''''',NULL,518,'2026-12-06 23:46:25.206620','2026-12-06 23:46:25.206620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-02',NULL,519,'2026-12-06 23:46:25.210370','2026-12-06 23:46:25.210375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,520,'2026-12-06 23:46:25.212835','2026-12-06 23:46:25.212840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-03 07:30:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,521,'2026-12-06 23:46:25.226493','2026-12-06 23:46:25.226499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,522,'2026-12-06 23:46:25.228415','2026-12-06 23:46:25.228419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,523,'2026-12-06 23:46:25.231962','2026-12-06 23:46:25.231966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,524,'2026-12-06 23:46:25.231968','2026-12-06 23:46:25.231969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,525,'2026-12-06 23:46:25.231970','2026-12-06 23:46:25.231971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-03 07:30:00 UTC；经办人=2；说明=''''',NULL,526,'2026-12-06 23:46:25.231972','2026-12-06 23:46:25.231973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-03',NULL,527,'2026-12-06 23:46:25.235849','2026-12-06 23:46:25.235854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,528,'2026-12-06 23:46:25.238612','2026-12-06 23:46:25.238616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-04 03:00:00 UTC',NULL,529,'2026-12-06 23:46:25.244248','2026-12-06 23:46:25.244252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-04 02:20:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,530,'2026-12-06 23:46:25.255003','2026-12-06 23:46:26.755689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,531,'2026-12-06 23:46:25.257064','2026-12-06 23:46:25.257068');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,532,'2026-12-06 23:46:25.260933','2026-12-06 23:46:25.260937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,533,'2026-12-06 23:46:25.260939','2026-12-06 23:46:25.260939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,534,'2026-12-06 23:46:25.260940','2026-12-06 23:46:25.260941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-04 02:20:00 UTC；经办人=4；说明=''''',NULL,535,'2026-12-06 23:46:25.260942','2026-12-06 23:46:25.260943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,536,'2026-12-06 23:46:25.263057','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-04',NULL,537,'2026-12-06 23:46:25.266510','2026-12-06 23:46:25.266514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,538,'2026-12-06 23:46:25.269103','2026-12-06 23:46:26.768313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-05 04:51:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,539,'2026-12-06 23:46:25.283368','2026-12-06 23:46:25.283373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,540,'2026-12-06 23:46:25.285282','2026-12-06 23:46:25.285287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,541,'2026-12-06 23:46:25.289036','2026-12-06 23:46:25.289040');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,542,'2026-12-06 23:46:25.289041','2026-12-06 23:46:25.289042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,543,'2026-12-06 23:46:25.289043','2026-12-06 23:46:25.289044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-05 04:51:00 UTC；经办人=2；说明=''''',NULL,544,'2026-12-06 23:46:25.289045','2026-12-06 23:46:25.289046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-05',NULL,545,'2026-12-06 23:46:25.292604','2026-12-06 23:46:25.292608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,546,'2026-12-06 23:46:25.295131','2026-12-06 23:46:25.295137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-06 02:05:00 UTC；经办人=7；说明=''''',NULL,547,'2026-12-06 23:46:25.302580','2026-12-06 23:46:25.302584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120620190''；签约时间：（空） → 2026-12-06 02:05:00 UTC',NULL,548,'2026-12-06 23:46:25.302586','2026-12-06 23:46:25.302587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,549,'2026-12-06 23:46:25.305646','2026-12-06 23:46:25.305651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-06 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,550,'2026-12-06 23:46:25.311158','2026-12-06 23:46:25.311161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-07 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,551,'2026-12-06 23:46:25.311163','2026-12-06 23:46:25.311164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-08 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,552,'2026-12-06 23:46:25.311164','2026-12-06 23:46:25.311165');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-06 06:59:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,553,'2026-12-06 23:46:25.322400','2026-12-06 23:46:26.756341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,554,'2026-12-06 23:46:25.324179','2026-12-06 23:46:25.324183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,555,'2026-12-06 23:46:25.327821','2026-12-06 23:46:25.327825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,556,'2026-12-06 23:46:25.327827','2026-12-06 23:46:25.327828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-04；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,557,'2026-12-06 23:46:25.327829','2026-12-06 23:46:25.327830');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-06 06:59:00 UTC；经办人=4；说明=''''',NULL,558,'2026-12-06 23:46:25.327831','2026-12-06 23:46:25.327832');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,559,'2026-12-06 23:46:25.329759','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,560,'2026-12-06 23:46:25.332673','2026-12-06 23:46:25.332678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,561,'2026-12-06 23:46:25.334791','2026-12-06 23:46:26.768877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 23:45:23 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,562,'2026-12-06 23:46:25.353077','2026-12-06 23:46:25.353086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,563,'2026-12-06 23:46:25.355810','2026-12-06 23:46:25.355815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,564,'2026-12-06 23:46:25.359924','2026-12-06 23:46:25.359928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-22；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,565,'2026-12-06 23:46:25.359930','2026-12-06 23:46:25.359932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-07；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,566,'2026-12-06 23:46:25.359933','2026-12-06 23:46:25.359934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 23:45:23 UTC；经办人=2；说明=''''',NULL,567,'2026-12-06 23:46:25.359935','2026-12-06 23:46:25.359937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-07',NULL,568,'2026-12-06 23:46:25.363509','2026-12-06 23:46:25.363512');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-07；出纳=8；note=''''；作废原因=''''',NULL,569,'2026-12-06 23:46:25.365818','2026-12-06 23:46:25.365822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 23:46:23 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,570,'2026-12-06 23:46:25.374807','2026-12-06 23:46:25.374816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,571,'2026-12-06 23:46:25.377711','2026-12-06 23:46:25.377716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 23:46:25.385394','2026-12-06 23:46:25.385398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 23:46:25.387206','2026-12-06 23:46:25.387210');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 23:46:25.388943','2026-12-06 23:46:25.388946');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 23:46:25.390650','2026-12-06 23:46:25.390653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 23:46:25.392695','2026-12-06 23:46:25.392698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-10 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 23:46:25.394352','2026-12-06 23:46:25.394355');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-13 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 23:46:25.396011','2026-12-06 23:46:25.396014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 23:46:25.397723','2026-12-06 23:46:25.397726');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 23:46:25.399371','2026-12-06 23:46:25.399374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 23:46:25.401013','2026-12-06 23:46:25.401016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 23:46:25.402621','2026-12-06 23:46:25.402624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 23:46:25.404198','2026-12-06 23:46:25.404201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 23:46:25.405838','2026-12-06 23:46:25.405841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 23:46:25.407394','2026-12-06 23:46:25.407397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 23:46:25.409003','2026-12-06 23:46:25.409007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 23:46:25.410620','2026-12-06 23:46:25.410623');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-07-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 23:46:25.412204','2026-12-06 23:46:25.412208');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 23:46:25.413853','2026-12-06 23:46:25.413856');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 23:46:25.415429','2026-12-06 23:46:25.415431');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 23:46:25.417065','2026-12-06 23:46:25.417068');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 23:46:25.418751','2026-12-06 23:46:25.418754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 23:46:25.420332','2026-12-06 23:46:25.420334');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 23:46:25.422164','2026-12-06 23:46:25.422168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 23:46:25.423817','2026-12-06 23:46:25.423821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 23:46:25.425442','2026-12-06 23:46:25.425445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 23:46:25.427036','2026-12-06 23:46:25.427039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 23:46:25.428634','2026-12-06 23:46:25.428638');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 23:46:25.430209','2026-12-06 23:46:25.430212');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 23:46:25.431832','2026-12-06 23:46:25.431836');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 23:46:25.433425','2026-12-06 23:46:25.433428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 23:46:25.435031','2026-12-06 23:46:25.435035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-31 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 23:46:25.436658','2026-12-06 23:46:25.436662');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-24 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 23:46:25.438255','2026-12-06 23:46:25.438259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 23:46:25.439847','2026-12-06 23:46:25.439850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 23:46:25.441463','2026-12-06 23:46:25.441466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 23:46:25.443090','2026-12-06 23:46:25.443093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 23:46:25.444742','2026-12-06 23:46:25.444746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 23:46:25.446349','2026-12-06 23:46:25.446353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 23:46:25.447985','2026-12-06 23:46:25.447988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 23:46:25.449615','2026-12-06 23:46:25.449618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 23:46:25.451233','2026-12-06 23:46:25.451237');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 23:46:25.453101','2026-12-06 23:46:25.453104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 23:46:25.454770','2026-12-06 23:46:25.454773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 23:46:25.456392','2026-12-06 23:46:25.456396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-06 23:46:25.458046','2026-12-06 23:46:25.458050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,617,'2026-12-06 23:46:25.459971','2026-12-06 23:46:25.459975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,618,'2026-12-06 23:46:25.465932','2026-12-06 23:46:25.465936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,619,'2026-12-06 23:46:25.465938','2026-12-06 23:46:25.465940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,620,'2026-12-06 23:46:25.472203','2026-12-06 23:46:25.472207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,621,'2026-12-06 23:46:25.472209','2026-12-06 23:46:25.472211');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,622,'2026-12-06 23:46:25.478154','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-06 23:46:25.478160','2026-12-06 23:46:25.478162');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 18:46:23 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,624,'2026-12-06 23:46:25.484063','2026-12-06 23:46:25.484068');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-06 23:46:25.484069','2026-12-06 23:46:25.484070');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 03:46:23 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,626,'2026-12-06 23:46:25.490611','2026-12-06 23:46:25.490615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-06 23:46:25.490617','2026-12-06 23:46:25.490618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,628,'2026-12-06 23:46:25.496371','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-06 23:46:25.496376','2026-12-06 23:46:25.496378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,630,'2026-12-06 23:46:25.502098','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-06 23:46:25.502104','2026-12-06 23:46:25.502105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,632,'2026-12-06 23:46:25.507767','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,633,'2026-12-06 23:46:25.507772','2026-12-06 23:46:25.507773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,634,'2026-12-06 23:46:25.514713','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,635,'2026-12-06 23:46:25.516381','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,636,'2026-12-06 23:46:25.518191','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-23 06:38:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 23:46:25.519743','2026-12-06 23:46:25.519747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 23:46:25.521327','2026-12-06 23:46:25.521330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 23:46:25.522872','2026-12-06 23:46:25.522876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-25 05:22:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 23:46:25.524377','2026-12-06 23:46:25.524380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-06 23:46:25.526098','2026-12-06 23:46:25.526103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 2',NULL,642,'2026-12-06 23:46:25.527706','2026-12-06 23:46:25.527710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,643,'2026-12-06 23:46:25.529264','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,644,'2026-12-06 23:46:25.530823','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,645,'2026-12-06 23:46:25.532256','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,646,'2026-12-06 23:46:25.533976','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,647,'2026-12-06 23:46:25.535709','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,648,'2026-12-06 23:46:25.537247','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-23 04:10:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 23:46:25.538855','2026-12-06 23:46:25.538859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-06 23:46:25.540390','2026-12-06 23:46:25.540393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,651,'2026-12-06 23:46:25.541950','2026-12-06 23:46:25.541955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,652,'2026-12-06 23:46:25.543657','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,653,'2026-12-06 23:46:25.545277','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,654,'2026-12-06 23:46:25.547021','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,655,'2026-12-06 23:46:25.548577','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,656,'2026-12-06 23:46:25.550051','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,657,'2026-12-06 23:46:25.551678','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-11-01 08:21:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 23:46:25.553459','2026-12-06 23:46:25.553462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-02 02:07:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 23:46:25.554970','2026-12-06 23:46:25.554973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-03 10:37:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 23:46:25.556525','2026-12-06 23:46:25.556529');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-31 05:56:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 23:46:25.558069','2026-12-06 23:46:25.558073');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-09-01 02:07:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 23:46:25.559563','2026-12-06 23:46:25.559567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-02 10:37:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 23:46:25.561269','2026-12-06 23:46:25.561273');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-04 08:58:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 23:46:25.562916','2026-12-06 23:46:25.562919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-05 02:07:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 23:46:25.564433','2026-12-06 23:46:25.564436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-06 10:37:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-06 23:46:25.566188','2026-12-06 23:46:25.566193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,667,'2026-12-06 23:46:25.593011','2026-12-06 23:46:25.593016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,668,'2026-12-06 23:46:25.593018','2026-12-06 23:46:25.593019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,669,'2026-12-06 23:46:25.593020','2026-12-06 23:46:25.593021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,670,'2026-12-06 23:46:25.593022','2026-12-06 23:46:25.593023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,671,'2026-12-06 23:46:25.593024','2026-12-06 23:46:25.593025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,672,'2026-12-06 23:46:25.593026','2026-12-06 23:46:25.593028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,673,'2026-12-06 23:46:25.593029','2026-12-06 23:46:25.593030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,674,'2026-12-06 23:46:25.593032','2026-12-06 23:46:25.593033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',12,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,675,'2026-12-06 23:46:25.593034','2026-12-06 23:46:25.593035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',13,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,676,'2026-12-06 23:46:25.593036','2026-12-06 23:46:25.593037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',14,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,677,'2026-12-06 23:46:25.593039','2026-12-06 23:46:25.593039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',16,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,678,'2026-12-06 23:46:25.593040','2026-12-06 23:46:25.593042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,679,'2026-12-06 23:46:25.593042','2026-12-06 23:46:25.593043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',18,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,680,'2026-12-06 23:46:25.593044','2026-12-06 23:46:25.593045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,681,'2026-12-06 23:46:25.593047','2026-12-06 23:46:25.593047');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',20,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,682,'2026-12-06 23:46:25.593049','2026-12-06 23:46:25.593049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',21,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,683,'2026-12-06 23:46:25.593051','2026-12-06 23:46:25.593052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''',NULL,684,'2026-12-06 23:46:25.593053','2026-12-06 23:46:25.593054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''',NULL,685,'2026-12-06 23:46:25.593055','2026-12-06 23:46:25.593056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',1,'项目=1；交易=9；催款函编号=1；阶段=0；函件日期=2026-11-08；issued_at=2026-11-08 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,686,'2026-12-06 23:46:25.780206','2026-12-06 23:46:25.780210');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',1,'催款函=1；付款节点=29；阶段=0；逾期天数=0；未付金额=2595921.20；违约金=0.00',NULL,687,'2026-12-06 23:46:25.781370','2026-12-06 23:46:25.781375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',2,'项目=1；交易=8；催款函编号=2；阶段=0；函件日期=2026-11-13；issued_at=2026-11-13 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,688,'2026-12-06 23:46:25.795278','2026-12-06 23:46:25.795281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',2,'催款函=2；付款节点=25；阶段=0；逾期天数=0；未付金额=2925436.80；违约金=0.00',NULL,689,'2026-12-06 23:46:25.796118','2026-12-06 23:46:25.796122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',3,'项目=1；交易=7；催款函编号=3；阶段=0；函件日期=2026-11-16；issued_at=2026-11-16 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,690,'2026-12-06 23:46:25.808363','2026-12-06 23:46:25.808366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',3,'催款函=3；付款节点=22；阶段=0；逾期天数=0；未付金额=246494.06；违约金=0.00',NULL,691,'2026-12-06 23:46:25.809225','2026-12-06 23:46:25.809230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',4,'项目=1；交易=12；催款函编号=4；阶段=0；函件日期=2026-11-21；issued_at=2026-11-21 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,692,'2026-12-06 23:46:25.821640','2026-12-06 23:46:25.821643');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',4,'催款函=4；付款节点=39；阶段=0；逾期天数=0；未付金额=1010494.00；违约金=0.00',NULL,693,'2026-12-06 23:46:25.822481','2026-12-06 23:46:25.822484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',4,'作废时间：（空） → 2026-11-21 01:40:00 UTC；作废原因：'''' → ''打印卡纸，已重新出具''；voided_by_id：（空） → 7',NULL,694,'2026-12-06 23:46:25.827754','2026-12-06 23:46:25.827759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',5,'项目=1；交易=12；催款函编号=5；阶段=0；函件日期=2026-11-21；issued_at=2026-11-21 01:45:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,695,'2026-12-06 23:46:25.840301','2026-12-06 23:46:25.840304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',5,'催款函=5；付款节点=39；阶段=0；逾期天数=0；未付金额=1010494.00；违约金=0.00',NULL,696,'2026-12-06 23:46:25.841194','2026-12-06 23:46:25.841198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',6,'项目=1；交易=13；催款函编号=6；阶段=0；函件日期=2026-11-22；issued_at=2026-11-22 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,697,'2026-12-06 23:46:25.854981','2026-12-06 23:46:25.854984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',6,'催款函=6；付款节点=42；阶段=0；逾期天数=0；未付金额=463922.81；违约金=0.00',NULL,698,'2026-12-06 23:46:25.855844','2026-12-06 23:46:25.855848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',7,'项目=1；交易=14；催款函编号=7；阶段=0；函件日期=2026-11-25；issued_at=2026-11-25 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,699,'2026-12-06 23:46:25.868756','2026-12-06 23:46:25.868760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',7,'催款函=7；付款节点=45；阶段=0；逾期天数=0；未付金额=555122.65；违约金=0.00',NULL,700,'2026-12-06 23:46:25.869600','2026-12-06 23:46:25.869603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',8,'项目=1；交易=15；催款函编号=8；阶段=0；函件日期=2026-11-26；issued_at=2026-11-26 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,701,'2026-12-06 23:46:25.882466','2026-12-06 23:46:25.882468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',8,'催款函=8；付款节点=48；阶段=0；逾期天数=0；未付金额=509247.70；违约金=0.00',NULL,702,'2026-12-06 23:46:25.883307','2026-12-06 23:46:25.883311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',9,'项目=1；交易=17；催款函编号=9；阶段=0；函件日期=2026-11-28；issued_at=2026-11-28 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,703,'2026-12-06 23:46:25.895914','2026-12-06 23:46:25.895917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',9,'催款函=9；付款节点=53；阶段=0；逾期天数=0；未付金额=692941.25；违约金=0.00',NULL,704,'2026-12-06 23:46:25.896850','2026-12-06 23:46:25.896854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',10,'项目=1；交易=18；催款函编号=10；阶段=0；函件日期=2026-11-29；issued_at=2026-11-29 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,705,'2026-12-06 23:46:25.910039','2026-12-06 23:46:25.910043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',10,'催款函=10；付款节点=56；阶段=0；逾期天数=0；未付金额=792151.19；违约金=0.00',NULL,706,'2026-12-06 23:46:25.910882','2026-12-06 23:46:25.910886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',11,'项目=1；交易=19；催款函编号=11；阶段=0；函件日期=2026-11-30；issued_at=2026-11-30 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,707,'2026-12-06 23:46:25.923762','2026-12-06 23:46:25.923765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',11,'催款函=11；付款节点=59；阶段=0；逾期天数=0；未付金额=458772.83；违约金=0.00',NULL,708,'2026-12-06 23:46:25.924595','2026-12-06 23:46:25.924599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',12,'项目=1；交易=20；催款函编号=12；阶段=0；函件日期=2026-12-01；issued_at=2026-12-01 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,709,'2026-12-06 23:46:25.937915','2026-12-06 23:46:25.937918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',12,'催款函=12；付款节点=62；阶段=0；逾期天数=0；未付金额=967475.89；违约金=0.00',NULL,710,'2026-12-06 23:46:25.938804','2026-12-06 23:46:25.938808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',13,'项目=1；交易=21；催款函编号=13；阶段=0；函件日期=2026-12-02；issued_at=2026-12-02 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,711,'2026-12-06 23:46:25.952062','2026-12-06 23:46:25.952065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',13,'催款函=13；付款节点=65；阶段=0；逾期天数=0；未付金额=616450.00；违约金=0.00',NULL,712,'2026-12-06 23:46:25.952928','2026-12-06 23:46:25.952933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',14,'项目=1；交易=8；催款函编号=14；阶段=1；函件日期=2026-12-04；issued_at=2026-12-04 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,713,'2026-12-06 23:46:25.966164','2026-12-06 23:46:25.966167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',14,'催款函=14；付款节点=25；阶段=1；逾期天数=1；未付金额=2925436.80；违约金=1462.72',NULL,714,'2026-12-06 23:46:25.966996','2026-12-06 23:46:25.967000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',1,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-08',NULL,715,'2026-12-06 23:46:25.973732','2026-12-06 23:46:25.973739');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',2,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-13',NULL,716,'2026-12-06 23:46:25.976139','2026-12-06 23:46:25.976143');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',3,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-16',NULL,717,'2026-12-06 23:46:25.978253','2026-12-06 23:46:25.978256');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',5,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-21',NULL,718,'2026-12-06 23:46:25.980295','2026-12-06 23:46:25.980299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',6,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-22',NULL,719,'2026-12-06 23:46:25.982472','2026-12-06 23:46:25.982476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',7,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-25',NULL,720,'2026-12-06 23:46:25.984827','2026-12-06 23:46:25.984832');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',8,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-26',NULL,721,'2026-12-06 23:46:25.987109','2026-12-06 23:46:25.987114');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',9,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-28',NULL,722,'2026-12-06 23:46:25.989196','2026-12-06 23:46:25.989200');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',10,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-29',NULL,723,'2026-12-06 23:46:25.991267','2026-12-06 23:46:25.991271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',11,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-30',NULL,724,'2026-12-06 23:46:25.993695','2026-12-06 23:46:25.993700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',12,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-01',NULL,725,'2026-12-06 23:46:25.995777','2026-12-06 23:46:25.995781');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',13,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-02',NULL,726,'2026-12-06 23:46:25.997796','2026-12-06 23:46:25.997800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',14,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-04',NULL,727,'2026-12-06 23:46:25.999708','2026-12-06 23:46:25.999712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',1,'重印次数：0 → 1',NULL,728,'2026-12-06 23:46:26.004450','2026-12-06 23:46:26.004453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,729,'2026-12-06 23:46:26.016678','2026-12-06 23:46:26.016683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',730,'2026-12-06 23:46:26.022584','2026-12-06 23:46:26.022590');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,731,'2026-12-06 23:46:26.042526','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,732,'2026-12-06 23:46:26.045188','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,733,'2026-12-06 23:46:26.047383','2026-12-06 23:46:26.731468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 23:46:26 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,734,'2026-12-06 23:46:26.051638','2026-12-06 23:46:26.051642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,735,'2026-12-06 23:46:26.051643','2026-12-06 23:46:26.051644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-08 07:46 → 12-09 07:46（第 1 次，上限 2 次）','客户周末来签',736,'2026-12-06 23:46:26.059648','2026-12-06 23:46:26.059654');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,737,'2026-12-06 23:46:26.063162','2026-12-06 23:46:26.063167');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',738,'2026-12-06 23:46:26.068983','2026-12-06 23:46:26.068988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,739,'2026-12-06 23:46:26.074423','2026-12-06 23:46:26.074427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 23:46:26 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,740,'2026-12-06 23:46:26.097664','2026-12-06 23:46:26.097669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,741,'2026-12-06 23:46:26.099338','2026-12-06 23:46:26.099341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,742,'2026-12-06 23:46:26.102805','2026-12-06 23:46:26.102808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,743,'2026-12-06 23:46:26.102810','2026-12-06 23:46:26.102811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,744,'2026-12-06 23:46:26.102812','2026-12-06 23:46:26.102813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 23:46:26 UTC；说明=''''',NULL,745,'2026-12-06 23:46:26.102814','2026-12-06 23:46:26.102815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,746,'2026-12-06 23:46:26.104191','2026-12-06 23:46:26.104195');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 23:46:26 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否；risk_notice_facts=''''',NULL,747,'2026-12-06 23:46:26.113698','2026-12-06 23:46:26.756963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,748,'2026-12-06 23:46:26.115277','2026-12-06 23:46:26.115280');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,749,'2026-12-06 23:46:26.118805','2026-12-06 23:46:26.118810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,750,'2026-12-06 23:46:26.118812','2026-12-06 23:46:26.118813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,751,'2026-12-06 23:46:26.118814','2026-12-06 23:46:26.118815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 23:46:26 UTC；说明=''''',NULL,752,'2026-12-06 23:46:26.118816','2026-12-06 23:46:26.118817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,753,'2026-12-06 23:46:26.120946','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 23:46:26 UTC；说明=''''',NULL,754,'2026-12-06 23:46:26.124916','2026-12-06 23:46:26.124920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 23:46:26 UTC',NULL,755,'2026-12-06 23:46:26.124922','2026-12-06 23:46:26.124923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-07',NULL,756,'2026-12-06 23:46:26.127591','2026-12-06 23:46:26.127595');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-06',NULL,757,'2026-12-06 23:46:26.127596','2026-12-06 23:46:26.127598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,758,'2026-12-06 23:46:26.129397','2026-12-06 23:46:26.129400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,759,'2026-12-06 23:46:26.134351','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,760,'2026-12-06 23:46:26.134357','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,761,'2026-12-06 23:46:26.134359','2026-12-06 23:46:26.730427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,762,'2026-12-06 23:46:26.136051','2026-12-06 23:46:26.733349');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,763,'2026-12-06 23:46:26.212936','2026-12-06 23:46:26.212945');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,764,'2026-12-06 23:46:26.280981','2026-12-06 23:46:26.280991');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,765,'2026-12-06 23:46:26.349877','2026-12-06 23:46:26.349887');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,766,'2026-12-06 23:46:26.419757','2026-12-06 23:46:26.419768');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,767,'2026-12-06 23:46:26.491652','2026-12-06 23:46:26.491661');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,768,'2026-12-06 23:46:26.493977','2026-12-06 23:46:26.493980');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,769,'2026-12-06 23:46:26.496781','2026-12-06 23:46:26.496785');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,770,'2026-12-06 23:46:26.500112','2026-12-06 23:46:26.500116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,771,'2026-12-06 23:46:26.504572','2026-12-06 23:46:26.504576');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,772,'2026-12-06 23:46:26.516140','2026-12-06 23:46:26.516146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 23:41:26 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,773,'2026-12-06 23:46:26.531623','2026-12-06 23:46:26.531629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,774,'2026-12-06 23:46:26.535224','2026-12-06 23:46:26.535229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 23:41:26 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,775,'2026-12-06 23:46:26.535231','2026-12-06 23:46:26.535232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-06',NULL,776,'2026-12-06 23:46:26.535233','2026-12-06 23:46:26.535234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',6,'日期=2026-12-07；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,777,'2026-12-06 23:46:26.538685','2026-12-06 23:46:26.538690');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,778,'2026-12-06 23:46:26.547707','2026-12-06 23:46:26.547711');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,779,'2026-12-06 23:46:26.557187','2026-12-06 23:46:26.557192');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,780,'2026-12-06 23:46:26.565690','2026-12-06 23:46:26.565695');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,781,'2026-12-06 23:46:26.574153','2026-12-06 23:46:26.574157');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,782,'2026-12-06 23:46:26.592885','2026-12-06 23:46:26.640076');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,783,'2026-12-06 23:46:26.595075','2026-12-06 23:46:26.595080');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,784,'2026-12-06 23:46:26.604444','2026-12-06 23:46:26.640076');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',785,'2026-12-06 23:46:26.698183','2026-12-06 23:46:26.698189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,786,'2026-12-06 23:46:26.708369','2026-12-06 23:46:26.725696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-06 23:46:26 UTC',NULL,787,'2026-12-06 23:46:26.743350','2026-12-06 23:46:26.743353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'通讯地址：''浙江省杭州市滨江区****'' → ''''；邮政编码：''310051'' → ''''',NULL,788,'2026-12-06 23:46:26.749399','2026-12-06 23:46:26.749409');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'通讯地址：''浙江省杭州市拱墅区****'' → ''''；邮政编码：''310011'' → ''''',NULL,789,'2026-12-06 23:46:26.749411','2026-12-06 23:46:26.749413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,790,'2026-12-06 23:46:26.749414','2026-12-06 23:46:26.749416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,791,'2026-12-06 23:46:26.749417','2026-12-06 23:46:26.749419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',13,'通讯地址：''浙江省杭州市滨江区****'' → ''''；邮政编码：''310051'' → ''''',NULL,792,'2026-12-06 23:46:26.749421','2026-12-06 23:46:26.749422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',18,'通讯地址：''浙江省杭州市余杭区****'' → ''''；邮政编码：''311121'' → ''''',NULL,793,'2026-12-06 23:46:26.749424','2026-12-06 23:46:26.749425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：''浙江省杭州市西湖区****'' → ''''；邮政编码：''310012'' → ''''',NULL,794,'2026-12-06 23:46:26.749427','2026-12-06 23:46:26.749428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',20,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,795,'2026-12-06 23:46:26.749430','2026-12-06 23:46:26.749431');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',796,'2026-12-06 23:46:26.827800','2026-12-06 23:46:26.827810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',15,'项目=1；交易=1；催款函编号=901；阶段=1；函件日期=2026-11-27；issued_at=2026-12-06 23:46:26 UTC；送达方式=''当面签收''；快递/挂号单号=''''；签收日期=2026-12-02；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,797,'2026-12-06 23:46:26.861622','2026-12-06 23:46:26.861624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''；违约条款内容：''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。'' → ''买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。''；催告后付款期限（天）：（空） → 60',NULL,798,'2026-12-06 23:46:26.861625','2026-12-06 23:46:26.861626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',15,'催款函=15；付款节点=2；阶段=1；逾期天数=30；未付金额=120000.50；违约金=1234.56',NULL,799,'2026-12-06 23:46:26.862940','2026-12-06 23:46:26.862942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',16,'项目=1；交易=1；催款函编号=902；阶段=4；函件日期=2026-11-28；issued_at=2026-12-06 23:46:26 UTC；送达方式=''快递''；快递/挂号单号=''XA00000002''；签收日期=2026-12-03；作废时间=2026-12-06 23:46:26 UTC；作废原因=''作废：打印错误''；重印次数=0；继续履行原因=''''',NULL,800,'2026-12-06 23:46:26.862943','2026-12-06 23:46:26.862943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',16,'催款函=16；付款节点=2；阶段=4；逾期天数=120；未付金额=120000.50；违约金=1234.56',NULL,801,'2026-12-06 23:46:26.865923','2026-12-06 23:46:26.865925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',17,'项目=1；交易=1；催款函编号=903；阶段=6；函件日期=2026-11-29；issued_at=2026-12-06 23:46:26 UTC；送达方式=''挂号信''；快递/挂号单号=''XA00000003''；签收日期=2026-12-04；作废原因=''''；重印次数=0；买受人书面催告决定日期=2026-12-06；继续履行原因=''''',NULL,802,'2026-12-06 23:46:26.865926','2026-12-06 23:46:26.865926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',17,'催款函=17；付款节点=2；阶段=6；逾期天数=180；未付金额=120000.50；违约金=1234.56',NULL,803,'2026-12-06 23:46:26.866926','2026-12-06 23:46:26.866928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_blocks',1,'交易=1；暂停原因=''客户申请分期，谈判中''；开始日期=2026-11-16；结束日期=2026-12-16；提前解除日期=2026-11-24；解除原因=''谈判未果''',NULL,804,'2026-12-06 23:46:26.866929','2026-12-06 23:46:26.866930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_calls',1,'交易=1；阶段=1；致电时间=2026-12-06 23:46:26 UTC；called_on=2026-12-06；结果=''承诺付款日期''；承诺付款日期=2026-12-13；备注=''客户说月底前转账''',NULL,805,'2026-12-06 23:46:26.866931','2026-12-06 23:46:26.866931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','change_orders',1,'项目=1；交易=1；客户=2；变更单号=1；变更类型=''退房''；状态=''已执行''；书面申请收到时间=2026-11-27 23:46:26 UTC；申请时交易阶段=''已签约''；签约后72小时内=是；原因类型=''资金压力型''；原因标签=''["贷款", "价格"]''；过错方=''买方''；解除依据=''贷款未获批准（非买方原因）''；条件说明=''银行 11 月 3 日书面拒贷''；系统核对=''无法核对，待法务确认''；法务确认时间=2026-11-28 23:46:26 UTC；真实原因=''首付来源落空''；洽谈时间=2026-11-28 23:46:26 UTC；洽谈结果=''坚持退''；洽谈记录=''客户坚持退房''；审核时间=2026-11-29 23:46:26 UTC；审核意见=''同意''；营销审批时间=2026-11-30 23:46:26 UTC；财务审批时间=2026-11-30 23:46:26 UTC；驳回原因=''''；撤回原因=''''；执行时间=2026-12-01 23:46:26 UTC；退款日期=2026-12-06；最迟退款日期=2027-01-05；计算应退金额=98765.43；调整后应退金额=100000.00；调整原因=''营销负责人特批''；override_at=2026-11-30 23:46:26 UTC；原房源=22；新付款方式=''全款''；新特批优惠=0.00；原成交价=2104086.60；更名方式=''增名''；原买受人=''曾小贤''；新买受人=''李娜''；新买受人证件号=''330106********0021''；新买受人证件号（密文）=***；与原买受人关系=''配偶''；原买受人同意日期=2026-12-06；购房资格审核=''资格审核通过''；解除通知出具时间=2026-12-02 23:46:26 UTC；通知送达方式=''快递''；通知快递/挂号单号=''SF1234567890''；通知送达日期=2026-12-03；合同原件收回日期=2026-12-04；归档编号=''GD-2026-001''；争议解决方式=''仲裁''；标记争议时间=2026-12-05 23:46:26 UTC；简报评分项=''["recorded", "not_seller"]''；评分时间=2026-12-06 23:46:26 UTC；赠送礼品=''物业费抵用券''；赠送日期=2026-12-06；备注=''资料齐全''',NULL,806,'2026-12-06 23:46:26.880373','2026-12-06 23:46:26.880375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'违约金基数：''总价款'' → ''已到期应付款''；退款利率（年%）：（空） → 3.10；面积误差约定（%）：（空） → 3.00；约定办证期限：（空） → 2028-11-05；约定仲裁：否 → 是',NULL,807,'2026-12-06 23:46:26.880376','2026-12-06 23:46:26.880376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','change_order_steps',1,'变更单=1；步骤=''撤销网签备案''；完成时间=2026-12-06 23:46:26 UTC；说明=''已撤销备案''',NULL,808,'2026-12-06 23:46:26.881494','2026-12-06 23:46:26.881496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','refund_vouchers',1,'项目=1；退款凭证号=1；变更单=1；交易=1；收款人=''曾小贤''；金额=100000.00；支付方式=''转账''；付款日期=2026-12-06；note=''''；作废时间=2026-12-06 23:46:26 UTC；作废原因=''金额有误''；重印次数=0',NULL,809,'2026-12-06 23:46:26.881497','2026-12-06 23:46:26.881498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','refund_vouchers',2,'项目=1；退款凭证号=2；变更单=1；交易=1；收款人=''曾小贤''；金额=100000.00；支付方式=''转账''；付款日期=2026-12-06；note=''''；财务确认时间=2026-12-06 23:46:26 UTC；作废原因=''''；重印次数=0',NULL,810,'2026-12-06 23:46:26.881499','2026-12-06 23:46:26.881499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','inspection_issues',1,'交易=1；发现日期=2026-12-05；问题=''主卧窗框渗水''；部位=''主卧''；整改责任人=''工程部 李工''；承诺整改日期=2026-12-20；整改完成日期=2026-12-06；说明=''已打胶''',NULL,811,'2026-12-06 23:46:26.897250','2026-12-06 23:46:26.897252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaints',1,'项目=1；投诉编号=1；客户=2；交易=1；状态=''已办结''；受理渠道=''外部转办''；转办单位=''12345 热线''；转办编号=''12345-2026-0001''；转办单位时限=2026-12-11 23:46:26 UTC；受理时间=2026-11-16 23:46:26 UTC；投诉人=''曾小贤''；联系电话=''13800001111''；发生时间=''交付当天''；地点=''3栋1单元1201''；投诉内容=''客厅地面空鼓''；原因=''施工质量''；涉及金额/范围=''约 12 平方米''；客户诉求=''返修并赔偿''；性质=''质量''；等级=''二级''；投诉点=''地面空鼓''；媒体关注=否；涉及户数=1；工程部联系人=''工程部 李工''；施工单位联系人=''某建工 张经理''；物业管家=''物业 赵管家''；多部门协同=是；到场/回电时间=2026-11-17 00:26:26 UTC；到场/回电说明=''已回电''；首次答复时间=2026-11-17 23:46:26 UTC；首次答复内容=''三日内上门查看''；调查结论=''找平层施工不实''；责任方=''施工单位''；处理方案=''维修整改（可含赔偿/补偿）''；方案说明=''返修地面并赔偿''；方案提交时间=2026-11-18 23:46:26 UTC；法务审核时间=2026-11-19 23:46:26 UTC；法务意见=''同意''；财务审核时间=2026-11-19 23:46:26 UTC；财务意见=''同意''；方案退回原因=''''；执行责任人=''工程部 李工''；执行期限=2026-11-26；验收标准=''敲击无空鼓声''；执行完成时间=2026-11-27 23:46:26 UTC；满意度确认单签字日期=2026-11-27；回访期限=2026-11-30；处理轮次=1；办结时间=2026-11-29 23:46:26 UTC；办结说明=''''；案例总结=''找平层须旁站验收''',NULL,812,'2026-12-06 23:46:26.897253','2026-12-06 23:46:26.897254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','buildings',1,'预计交付日期：（空） → 2027-02-24',NULL,813,'2026-12-06 23:46:26.897255','2026-12-06 23:46:26.897256');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'风险告知书签署时间：（空） → 2026-11-06 23:46:26 UTC；risk_notice_facts：'''' → ''{"v": 1}''；预验房邀约时间：（空） → 2026-12-01 23:46:26 UTC；预验房日期：（空） → 2026-12-05',NULL,814,'2026-12-06 23:46:26.897256','2026-12-06 23:46:26.897257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_pauses',1,'投诉=1；暂停时间=2026-11-17 21:46:26 UTC；恢复时间=2026-11-17 23:46:26 UTC；暂停原因=''等客户提供照片''',NULL,815,'2026-12-06 23:46:26.903808','2026-12-06 23:46:26.903810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_events',1,'投诉=1；事项=''调整等级''；时间=2026-11-17 23:46:26 UTC；原等级=''三级''；新等级=''二级''；说明=''涉及返修，升为二级''',NULL,816,'2026-12-06 23:46:26.903811','2026-12-06 23:46:26.903812');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_notes',1,'投诉=1；类别=''调查''；证据来源=''第三方检测''；时间=2026-11-18 23:46:26 UTC；内容=''检测报告：空鼓面积 12 平方米''',NULL,817,'2026-12-06 23:46:26.903813','2026-12-06 23:46:26.903813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_files',1,'投诉=1；记录=1；来源=''第三方检测''；文件名=''检测报告.pdf''；大小（字节）=13；SHA-256=''14f2c5259b5778eb31afb06d1e1f34a017f2bfb59628c02eb8af35026feb7789''；添加时间=2026-11-18 23:46:26 UTC；说明=''第三方检测''',NULL,818,'2026-12-06 23:46:26.905514','2026-12-06 23:46:26.905518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_payments',1,'投诉=1；项目=1；性质=''赔偿''；责任方=''施工单位''；金额=25000.00；事由=''地面返修期间的损失''；责任确认方式=''监理确认''；责任确认说明=''监理 王工 确认''；申请时间=2026-11-24 23:46:26 UTC；客服经理审批时间=2026-11-25 23:46:26 UTC；分管副总审批时间=2026-11-25 23:46:26 UTC；驳回原因=''''；赔付凭证号=1；收款人=''曾小贤''；支付方式=''转账''；付款日期=2026-11-26；作废时间=2026-12-06 23:46:26 UTC；作废原因=''金额有误''；reprints=0',NULL,819,'2026-12-06 23:46:26.905520','2026-12-06 23:46:26.905521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_payments',2,'投诉=1；项目=1；性质=''赔偿''；责任方=''施工单位''；金额=25000.00；事由=''地面返修期间的损失''；责任确认方式=''监理确认''；责任确认说明=''监理 王工 确认''；申请时间=2026-11-24 23:46:26 UTC；客服经理审批时间=2026-11-25 23:46:26 UTC；分管副总审批时间=2026-11-25 23:46:26 UTC；驳回原因=''''；赔付凭证号=2；收款人=''曾小贤''；支付方式=''转账''；付款日期=2026-11-26；财务确认时间=2026-12-06 23:46:26 UTC；作废原因=''''；reprints=0',NULL,820,'2026-12-06 23:46:26.905522','2026-12-06 23:46:26.905543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_visits',1,'投诉=1；轮次=1；回访时间=2026-11-28 23:46:26 UTC；回访方式=''电话回访''；评分=''{"speed": 5, "attitude": 4, "result": 4, "overall": 5}''；满意度=0.90；客户意见=''满意''',NULL,821,'2026-12-06 23:46:26.905545','2026-12-06 23:46:26.905546');
CREATE TABLE buildings (
	project_id INTEGER NOT NULL, 
	phase VARCHAR(20) NOT NULL, 
	name VARCHAR(20) NOT NULL, 
	"key" VARCHAR(20) NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, delivery_on DATE, 
	CONSTRAINT pk_buildings PRIMARY KEY (id), 
	CONSTRAINT fk_buildings_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_buildings_project_id UNIQUE (project_id, "key")
);
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',2,1,'2026-12-06 23:46:23.827850','2026-12-06 23:46:26.892621','2027-02-24');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 23:46:23.833190','2026-12-06 23:46:23.833195',NULL);
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 23:46:23.839332','2026-12-06 23:46:23.839337',NULL);
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 23:46:22.727361','2026-12-06 23:46:22.727366');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 23:46:22.727367','2026-12-06 23:46:22.727368');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 23:46:22.723061','2026-12-06 23:46:22.723066');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-26 04:46:00.000000','','2026-06-26 04:53:00.000000',4,1,'2026-12-06 23:46:24.235612','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,2,'2026-12-06 23:46:24.235619','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,3,'2026-12-06 23:46:24.235621','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-23 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 06:38:00.000000',2,4,'2026-12-06 23:46:24.326799','2026-12-06 23:46:25.519050');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,5,'2026-12-06 23:46:24.326806','2026-12-06 23:46:25.520602');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,6,'2026-12-06 23:46:24.326808','2026-12-06 23:46:25.522158');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-25 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 05:22:00.000000',2,7,'2026-12-06 23:46:24.406204','2026-12-06 23:46:25.523696');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-26 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',2,8,'2026-12-06 23:46:24.406209','2026-12-06 23:46:25.525284');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-27 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',2,9,'2026-12-06 23:46:24.406211','2026-12-06 23:46:25.527032');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-24 08:15:00.000000','','2026-06-24 08:22:00.000000',4,10,'2026-12-06 23:46:24.449670','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-25 02:00:00.000000','','2026-06-25 02:07:00.000000',4,11,'2026-12-06 23:46:24.449676','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-26 10:30:00.000000','','2026-06-26 10:37:00.000000',4,12,'2026-12-06 23:46:24.449678','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-26 02:27:00.000000','','2026-06-26 02:34:00.000000',4,13,'2026-12-06 23:46:24.515469','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,14,'2026-12-06 23:46:24.515475','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,15,'2026-12-06 23:46:24.515477','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-23 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 04:10:00.000000',2,16,'2026-12-06 23:46:24.580276','2026-12-06 23:46:25.538128');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,17,'2026-12-06 23:46:24.580284','2026-12-06 23:46:25.539704');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,18,'2026-12-06 23:46:24.580286','2026-12-06 23:46:25.541196');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-22 08:53:00.000000','','2026-11-22 09:00:00.000000',4,19,'2026-12-06 23:46:24.656646','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-23 02:00:00.000000','','2026-11-23 02:07:00.000000',4,20,'2026-12-06 23:46:24.656651','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-24 10:30:00.000000','','2026-11-24 10:37:00.000000',4,21,'2026-12-06 23:46:24.656654','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-07 07:03:00.000000','','2026-11-07 07:10:00.000000',4,22,'2026-12-06 23:46:24.703583','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-08 02:00:00.000000','','2026-11-08 02:07:00.000000',4,23,'2026-12-06 23:46:24.703589','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-09 10:30:00.000000','','2026-11-09 10:37:00.000000',4,24,'2026-12-06 23:46:24.703591','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-11-01 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-01 08:21:00.000000',2,25,'2026-12-06 23:46:24.910186','2026-12-06 23:46:25.552616');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-02 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-02 02:07:00.000000',2,26,'2026-12-06 23:46:24.910193','2026-12-06 23:46:25.554263');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-03 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-03 10:37:00.000000',2,27,'2026-12-06 23:46:24.910195','2026-12-06 23:46:25.555806');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-31 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-31 05:56:00.000000',2,28,'2026-12-06 23:46:24.981523','2026-12-06 23:46:25.557376');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-09-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-09-01 02:07:00.000000',2,29,'2026-12-06 23:46:24.981528','2026-12-06 23:46:25.558833');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-02 10:37:00.000000',2,30,'2026-12-06 23:46:24.981531','2026-12-06 23:46:25.560462');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-04 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-04 08:58:00.000000',2,31,'2026-12-06 23:46:25.028663','2026-12-06 23:46:25.562216');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-05 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-05 02:07:00.000000',2,32,'2026-12-06 23:46:25.028668','2026-12-06 23:46:25.563741');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-06 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-06 10:37:00.000000',2,33,'2026-12-06 23:46:25.028670','2026-12-06 23:46:25.565296');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-06 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。',NULL,NULL,34,'2026-12-06 23:46:25.309782','2026-12-06 23:46:25.309787');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-07 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 23:46:25.309789','2026-12-06 23:46:25.309790');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-08 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 23:46:25.309791','2026-12-06 23:46:25.309792');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 01:00:00.000000','',NULL,NULL,37,'2026-12-06 23:46:26.132887','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-08 02:00:00.000000','',NULL,NULL,38,'2026-12-06 23:46:26.132892','2026-12-06 23:46:26.718289');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-09 10:30:00.000000','',NULL,NULL,39,'2026-12-06 23:46:26.132894','2026-12-06 23:46:26.718289');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','06ca332b87489002','2026-12-06 23:46:22.621227');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','06ca332b87489002','2026-12-06 23:46:22.729531');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','06ca332b87489002','2026-12-06 23:46:22.873001');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','06ca332b87489002','2026-12-06 23:46:22.885938');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','06ca332b87489002','2026-12-06 23:46:23.370889');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,rotation_turns,visits','06ca332b87489002','2026-12-06 23:46:23.400069');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','06ca332b87489002','2026-12-06 23:46:23.427003');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','06ca332b87489002','2026-12-06 23:46:23.436640');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','06ca332b87489002','2026-12-06 23:46:23.454444');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','06ca332b87489002','2026-12-06 23:46:23.542203');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','06ca332b87489002','2026-12-06 23:46:23.571215');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','06ca332b87489002','2026-12-06 23:46:23.577512');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','06ca332b87489002','2026-12-06 23:46:23.582421');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','06ca332b87489002','2026-12-06 23:46:23.812396');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,dunning_letter_items,dunning_letters,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','06ca332b87489002','2026-12-06 23:46:26.005009');
INSERT INTO "change_log" VALUES(16,'audit_log,projects,queue_tickets','06ca332b87489002','2026-12-06 23:46:26.023117');
INSERT INTO "change_log" VALUES(17,'audit_log,projects,queue_tickets,unit_holds,units','06ca332b87489002','2026-12-06 23:46:26.069666');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','06ca332b87489002','2026-12-06 23:46:26.136578');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.215913');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.283668');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.351905');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.422217');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.494568');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.498142');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','06ca332b87489002','2026-12-06 23:46:26.501395');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','06ca332b87489002','2026-12-06 23:46:26.576427');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,dunning_letters,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','06ca332b87489002','2026-12-06 23:46:26.828349');
INSERT INTO "change_log" VALUES(28,'audit_log,deals,dunning_blocks,dunning_calls,dunning_letter_items,dunning_letters','06ca332b87489002','2026-12-06 23:46:26.867394');
INSERT INTO "change_log" VALUES(29,'audit_log,change_order_steps,change_orders,deals,refund_vouchers','06ca332b87489002','2026-12-06 23:46:26.881991');
INSERT INTO "change_log" VALUES(30,'audit_log,buildings,complaint_events,complaint_files,complaint_notes,complaint_pauses,complaint_payments,complaint_visits,complaints,deals,inspection_issues','06ca332b87489002','2026-12-06 23:46:26.906369');
CREATE TABLE change_order_steps (
	order_id INTEGER NOT NULL, 
	step VARCHAR(16) NOT NULL, 
	done_at DATETIME NOT NULL, 
	user_id INTEGER, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_order_steps PRIMARY KEY (id), 
	CONSTRAINT fk_change_order_steps_order_id_change_orders FOREIGN KEY(order_id) REFERENCES change_orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_change_order_steps_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_change_order_steps_order_id UNIQUE (order_id, step)
);
INSERT INTO "change_order_steps" VALUES(1,'revoke_filing','2026-12-06 23:46:26.000000',NULL,'已撤销备案',1,'2026-12-06 23:46:26.878065','2026-12-06 23:46:26.878070');
CREATE TABLE change_orders (
	project_id INTEGER NOT NULL, 
	deal_id INTEGER NOT NULL, 
	customer_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	requested_at DATETIME NOT NULL, 
	stage_at_request VARCHAR(12) NOT NULL, 
	within_72h BOOLEAN NOT NULL, 
	reason_type VARCHAR(12), 
	tags VARCHAR(200) NOT NULL, 
	fault VARCHAR(8) NOT NULL, 
	ground VARCHAR(16), 
	ground_note VARCHAR(300) NOT NULL, 
	ground_check VARCHAR(300) NOT NULL, 
	legal_confirmed_at DATETIME, 
	legal_confirmed_by_id INTEGER, 
	real_reason TEXT NOT NULL, 
	filed_by_id INTEGER, 
	leader_id INTEGER, 
	talk_at DATETIME, 
	talk_outcome VARCHAR(8), 
	talk_note TEXT NOT NULL, 
	reviewed_at DATETIME, 
	reviewed_by_id INTEGER, 
	review_note VARCHAR(200) NOT NULL, 
	marketing_at DATETIME, 
	marketing_by_id INTEGER, 
	finance_at DATETIME, 
	finance_by_id INTEGER, 
	rejected_at DATETIME, 
	rejected_by_id INTEGER, 
	reject_reason VARCHAR(200) NOT NULL, 
	withdrawn_at DATETIME, 
	withdrawn_by_id INTEGER, 
	withdraw_reason VARCHAR(200) NOT NULL, 
	executed_at DATETIME, 
	executed_by_id INTEGER, 
	closed_at DATETIME, 
	refund_on DATE, 
	refund_due_on DATE, 
	computed BIGINT, 
	facts TEXT NOT NULL, 
	override_amount BIGINT, 
	override_reason VARCHAR(200) NOT NULL, 
	override_by_id INTEGER, 
	override_at DATETIME, 
	old_unit_id INTEGER, 
	new_unit_id INTEGER, 
	new_hold_id INTEGER, 
	new_payment_method VARCHAR(12), 
	new_special_discount BIGINT NOT NULL, 
	old_price BIGINT, 
	new_price BIGINT, 
	rename_mode VARCHAR(8), 
	old_buyer_name VARCHAR(40) NOT NULL, 
	new_buyer_name VARCHAR(40) NOT NULL, 
	new_buyer_id_masked VARCHAR(24) NOT NULL, 
	new_buyer_id_cipher VARCHAR(200) NOT NULL, 
	relation VARCHAR(10) NOT NULL, 
	consent_on DATE, 
	qualification_note VARCHAR(200) NOT NULL, 
	notice_at DATETIME, 
	notice_delivery VARCHAR(12) NOT NULL, 
	notice_tracking VARCHAR(40) NOT NULL, 
	notice_reached_on DATE, 
	contract_recovered_on DATE, 
	contract_recovered_by_id INTEGER, 
	archive_no VARCHAR(40) NOT NULL, 
	forum VARCHAR(12), 
	disputed_at DATETIME, 
	brief_ticks VARCHAR(400) NOT NULL, 
	brief_by_id INTEGER, 
	brief_at DATETIME, 
	gift VARCHAR(100) NOT NULL, 
	gift_on DATE, 
	note TEXT NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, notice_facts TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_change_orders PRIMARY KEY (id), 
	CONSTRAINT fk_change_orders_brief_by_id_users FOREIGN KEY(brief_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_contract_recovered_by_id_users FOREIGN KEY(contract_recovered_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_change_orders_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_change_orders_executed_by_id_users FOREIGN KEY(executed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_filed_by_id_users FOREIGN KEY(filed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_finance_by_id_users FOREIGN KEY(finance_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_leader_id_users FOREIGN KEY(leader_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_legal_confirmed_by_id_users FOREIGN KEY(legal_confirmed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_marketing_by_id_users FOREIGN KEY(marketing_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_new_hold_id_unit_holds FOREIGN KEY(new_hold_id) REFERENCES unit_holds (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_new_unit_id_units FOREIGN KEY(new_unit_id) REFERENCES units (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_change_orders_old_unit_id_units FOREIGN KEY(old_unit_id) REFERENCES units (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_change_orders_override_by_id_users FOREIGN KEY(override_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_change_orders_rejected_by_id_users FOREIGN KEY(rejected_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_reviewed_by_id_users FOREIGN KEY(reviewed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_change_orders_withdrawn_by_id_users FOREIGN KEY(withdrawn_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_change_orders_project_id UNIQUE (project_id, number)
);
INSERT INTO "change_orders" VALUES(1,1,2,1,'cancel','executed','2026-11-27 23:46:26.000000','signed',1,'funds','["贷款", "价格"]','buyer','loan_refused','银行 11 月 3 日书面拒贷','无法核对，待法务确认','2026-11-28 23:46:26.000000',NULL,'首付来源落空',NULL,NULL,'2026-11-28 23:46:26.000000','leave','客户坚持退房','2026-11-29 23:46:26.000000',NULL,'同意','2026-11-30 23:46:26.000000',NULL,'2026-11-30 23:46:26.000000',NULL,NULL,NULL,'',NULL,NULL,'','2026-12-01 23:46:26.000000',NULL,NULL,'2026-12-06','2027-01-05',9876543,'{"v": 1}',10000000,'营销负责人特批',NULL,'2026-11-30 23:46:26.000000',22,NULL,NULL,'full',0,210408660,NULL,'add','曾小贤','李娜','330106********0021','','配偶','2026-12-06','资格审核通过','2026-12-02 23:46:26.000000','courier','SF1234567890','2026-12-03','2026-12-04',NULL,'GD-2026-001','arbitration','2026-12-05 23:46:26.000000','["recorded", "not_seller"]',NULL,'2026-12-06 23:46:26.000000','物业费抵用券','2026-12-06','资料齐全',1,1,'2026-12-06 23:46:26.874697','2026-12-06 23:46:26.874701','{"v": 1}');
CREATE TABLE complaint_events (
	complaint_id INTEGER NOT NULL, 
	kind VARCHAR(14) NOT NULL, 
	at DATETIME NOT NULL, 
	user_id INTEGER, 
	old_level VARCHAR(1), 
	new_level VARCHAR(1), 
	text TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_events PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_events_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE CASCADE, 
	CONSTRAINT fk_complaint_events_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "complaint_events" VALUES(1,'level','2026-11-17 23:46:26.000000',NULL,'3','2','涉及返修，升为二级',1,'2026-12-06 23:46:26.895362','2026-12-06 23:46:26.895365');
CREATE TABLE complaint_files (
	complaint_id INTEGER NOT NULL, 
	note_id INTEGER, 
	side VARCHAR(12) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	size INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	data BLOB, 
	added_at DATETIME NOT NULL, 
	added_by_id INTEGER, 
	caption VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_files PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_files_added_by_id_users FOREIGN KEY(added_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_files_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE CASCADE, 
	CONSTRAINT fk_complaint_files_note_id_complaint_notes FOREIGN KEY(note_id) REFERENCES complaint_notes (id) ON DELETE SET NULL, 
	CONSTRAINT uq_complaint_files_complaint_id UNIQUE (complaint_id, sha256)
);
INSERT INTO "complaint_files" VALUES(1,1,'third_party','检测报告.pdf',13,'14f2c5259b5778eb31afb06d1e1f34a017f2bfb59628c02eb8af35026feb7789',X'255044462D312E342064756D70','2026-11-18 23:46:26.000000',NULL,'第三方检测',1,'2026-12-06 23:46:26.899692','2026-12-06 23:46:26.899696');
CREATE TABLE complaint_notes (
	complaint_id INTEGER NOT NULL, 
	kind VARCHAR(14) NOT NULL, 
	side VARCHAR(12), 
	at DATETIME NOT NULL, 
	user_id INTEGER, 
	text TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_notes PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_notes_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE CASCADE, 
	CONSTRAINT fk_complaint_notes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "complaint_notes" VALUES(1,'investigation','third_party','2026-11-18 23:46:26.000000',NULL,'检测报告：空鼓面积 12 平方米',1,'2026-12-06 23:46:26.896203','2026-12-06 23:46:26.896206');
CREATE TABLE complaint_pauses (
	complaint_id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	reason VARCHAR(200) NOT NULL, 
	started_by_id INTEGER, 
	ended_by_id INTEGER, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_pauses PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_pauses_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE CASCADE, 
	CONSTRAINT fk_complaint_pauses_ended_by_id_users FOREIGN KEY(ended_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_pauses_started_by_id_users FOREIGN KEY(started_by_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "complaint_pauses" VALUES(1,'2026-11-17 21:46:26.000000','2026-11-17 23:46:26.000000','等客户提供照片',NULL,NULL,1,'2026-12-06 23:46:26.896911','2026-12-06 23:46:26.896914');
CREATE TABLE complaint_payments (
	complaint_id INTEGER NOT NULL, 
	project_id INTEGER NOT NULL, 
	payment VARCHAR(10) NOT NULL, 
	liable VARCHAR(10) NOT NULL, 
	amount BIGINT NOT NULL, 
	reason VARCHAR(300) NOT NULL, 
	proof VARCHAR(10) NOT NULL, 
	proof_note VARCHAR(200) NOT NULL, 
	requested_at DATETIME NOT NULL, 
	requested_by_id INTEGER, 
	cs_at DATETIME, 
	cs_by_id INTEGER, 
	vp_at DATETIME, 
	vp_by_id INTEGER, 
	rejected_at DATETIME, 
	rejected_by_id INTEGER, 
	reject_reason VARCHAR(200) NOT NULL, 
	number INTEGER, 
	payee VARCHAR(40) NOT NULL, 
	method VARCHAR(10) NOT NULL, 
	paid_on DATE, 
	cashier_id INTEGER, 
	confirmed_at DATETIME, 
	confirmed_by_id INTEGER, 
	voided_at DATETIME, 
	voided_by_id INTEGER, 
	void_reason VARCHAR(200) NOT NULL, 
	reprints INTEGER NOT NULL, 
	facts TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_payments PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_payments_cashier_id_users FOREIGN KEY(cashier_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_complaint_payments_confirmed_by_id_users FOREIGN KEY(confirmed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_cs_by_id_users FOREIGN KEY(cs_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_complaint_payments_rejected_by_id_users FOREIGN KEY(rejected_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_requested_by_id_users FOREIGN KEY(requested_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_voided_by_id_users FOREIGN KEY(voided_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaint_payments_vp_by_id_users FOREIGN KEY(vp_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_complaint_payments_project_id UNIQUE (project_id, number)
);
INSERT INTO "complaint_payments" VALUES(1,1,'liability','contractor',2500000,'地面返修期间的损失','supervisor','监理 王工 确认','2026-11-24 23:46:26.000000',NULL,'2026-11-25 23:46:26.000000',NULL,'2026-11-25 23:46:26.000000',NULL,NULL,NULL,'',1,'曾小贤','转账','2026-11-26',NULL,NULL,NULL,'2026-12-06 23:46:26.000000',NULL,'金额有误',0,'{"v": 1}',1,'2026-12-06 23:46:26.901688','2026-12-06 23:46:26.901693');
INSERT INTO "complaint_payments" VALUES(1,1,'liability','contractor',2500000,'地面返修期间的损失','supervisor','监理 王工 确认','2026-11-24 23:46:26.000000',NULL,'2026-11-25 23:46:26.000000',NULL,'2026-11-25 23:46:26.000000',NULL,NULL,NULL,'',2,'曾小贤','转账','2026-11-26',NULL,'2026-12-06 23:46:26.000000',NULL,NULL,NULL,'',0,'{"v": 1}',2,'2026-12-06 23:46:26.901695','2026-12-06 23:46:26.901696');
CREATE TABLE complaint_visits (
	complaint_id INTEGER NOT NULL, 
	round INTEGER NOT NULL, 
	visited_at DATETIME NOT NULL, 
	user_id INTEGER, 
	way VARCHAR(8) NOT NULL, 
	ratings VARCHAR(200) NOT NULL, 
	score BIGINT NOT NULL, 
	comment TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaint_visits PRIMARY KEY (id), 
	CONSTRAINT fk_complaint_visits_complaint_id_complaints FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE CASCADE, 
	CONSTRAINT fk_complaint_visits_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "complaint_visits" VALUES(1,1,'2026-11-28 23:46:26.000000',NULL,'phone','{"speed": 5, "attitude": 4, "result": 4, "overall": 5}',90,'满意',1,'2026-12-06 23:46:26.903336','2026-12-06 23:46:26.903340');
CREATE TABLE complaints (
	project_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	customer_id INTEGER, 
	deal_id INTEGER, 
	status VARCHAR(10) NOT NULL, 
	channel VARCHAR(10) NOT NULL, 
	referrer VARCHAR(10), 
	referred_ref VARCHAR(40) NOT NULL, 
	referred_due_at DATETIME, 
	intake_at DATETIME NOT NULL, 
	filed_by_id INTEGER, 
	who VARCHAR(60) NOT NULL, 
	contact_phone VARCHAR(20) NOT NULL, 
	happened VARCHAR(60) NOT NULL, 
	place VARCHAR(100) NOT NULL, 
	what TEXT NOT NULL, 
	why TEXT NOT NULL, 
	how_much VARCHAR(100) NOT NULL, 
	how_to_solve TEXT NOT NULL, 
	nature VARCHAR(8) NOT NULL, 
	level VARCHAR(1) NOT NULL, 
	point VARCHAR(20) NOT NULL, 
	media_risk BOOLEAN NOT NULL, 
	group_size INTEGER NOT NULL, 
	owner_id INTEGER, 
	engineer VARCHAR(60) NOT NULL, 
	contractor VARCHAR(60) NOT NULL, 
	butler VARCHAR(60) NOT NULL, 
	multi_department BOOLEAN NOT NULL, 
	responded_at DATETIME, 
	responded_by_id INTEGER, 
	response_note VARCHAR(200) NOT NULL, 
	answered_at DATETIME, 
	answered_by_id INTEGER, 
	answer_note TEXT NOT NULL, 
	finding TEXT NOT NULL, 
	liable VARCHAR(10), 
	solution VARCHAR(8), 
	solution_text TEXT NOT NULL, 
	proposed_at DATETIME, 
	proposed_by_id INTEGER, 
	legal_at DATETIME, 
	legal_by_id INTEGER, 
	legal_note VARCHAR(300) NOT NULL, 
	finance_at DATETIME, 
	finance_by_id INTEGER, 
	finance_note VARCHAR(300) NOT NULL, 
	refuse_reason VARCHAR(300) NOT NULL, 
	change_order_id INTEGER, 
	executor VARCHAR(60) NOT NULL, 
	execute_due_on DATE, 
	acceptance VARCHAR(300) NOT NULL, 
	executed_at DATETIME, 
	executed_by_id INTEGER, 
	confirmation_signed_on DATE, 
	visit_due_on DATE, 
	round INTEGER NOT NULL, 
	closed_at DATETIME, 
	closed_by_id INTEGER, 
	close_reason VARCHAR(300) NOT NULL, 
	lesson TEXT NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_complaints PRIMARY KEY (id), 
	CONSTRAINT fk_complaints_answered_by_id_users FOREIGN KEY(answered_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_change_order_id_change_orders FOREIGN KEY(change_order_id) REFERENCES change_orders (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_closed_by_id_users FOREIGN KEY(closed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_complaints_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_complaints_executed_by_id_users FOREIGN KEY(executed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_filed_by_id_users FOREIGN KEY(filed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_finance_by_id_users FOREIGN KEY(finance_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_legal_by_id_users FOREIGN KEY(legal_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_complaints_proposed_by_id_users FOREIGN KEY(proposed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_complaints_responded_by_id_users FOREIGN KEY(responded_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_complaints_project_id UNIQUE (project_id, number)
);
INSERT INTO "complaints" VALUES(1,1,2,1,'closed','referred','hotline','12345-2026-0001','2026-12-11 23:46:26.000000','2026-11-16 23:46:26.000000',NULL,'曾小贤','13800001111','交付当天','3栋1单元1201','客厅地面空鼓','施工质量','约 12 平方米','返修并赔偿','quality','2','地面空鼓',0,1,NULL,'工程部 李工','某建工 张经理','物业 赵管家',1,'2026-11-17 00:26:26.000000',NULL,'已回电','2026-11-17 23:46:26.000000',NULL,'三日内上门查看','找平层施工不实','contractor','repair','返修地面并赔偿','2026-11-18 23:46:26.000000',NULL,'2026-11-19 23:46:26.000000',NULL,'同意','2026-11-19 23:46:26.000000',NULL,'同意','',NULL,'工程部 李工','2026-11-26','敲击无空鼓声','2026-11-27 23:46:26.000000',NULL,'2026-11-27','2026-11-30',1,'2026-11-29 23:46:26.000000',NULL,'','找平层须旁站验收',1,1,'2026-12-06 23:46:26.889348','2026-12-06 23:46:26.889353');
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
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-06 23:46:23.481545','2026-12-06 23:46:26.723669');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 23:46:23.468507','2026-12-06 23:46:23.468512');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-04','A',NULL,NULL,NULL,'','2026-11-16 23:46:22.000000',1,0,2,'2026-11-16 23:46:22.000000','2026-12-04 23:46:22.000000','2026-12-05 23:46:22.000000','2026-12-05 23:46:22.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 23:46:23.344645','2026-12-06 23:46:23.538449',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-17','C',1,NULL,NULL,'','2026-11-17 00:46:22.000000',0,1,2,'2026-11-17 00:46:22.000000','2026-12-04 23:46:22.000000',NULL,'2026-12-04 23:46:22.000000',NULL,NULL,0,NULL,'2026-12-06 23:46:26.000000',NULL,8,2,'2026-12-06 23:46:23.384105','2026-12-06 23:46:26.734907','2026-12-06 23:46:26.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-17 01:46:22.000000',0,0,1,'2026-11-17 01:46:22.000000','2026-11-17 01:46:22.000000',NULL,'2026-11-17 01:46:22.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-06 23:46:23.415249','2026-12-06 23:46:26.102391',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-06','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-06 23:41:26.000000',0,0,1,'2026-12-06 23:41:26.000000','2026-12-06 23:41:26.000000',NULL,'2026-12-06 23:41:26.000000',NULL,'2027-01-06',0,NULL,NULL,6,3,4,'2026-12-06 23:46:26.527298','2026-12-06 23:46:26.592396',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-06 23:46:26.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-06 23:46:26.000000',NULL,2,5,'2026-12-06 23:46:26.585401','2026-12-06 23:46:26.601285',NULL);
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-20 01:26:00.000000',4,'',1,'2026-12-06 23:46:24.022689','2026-12-06 23:46:24.022693');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-20 01:32:00.000000',2,'',2,'2026-12-06 23:46:24.058486','2026-12-06 23:46:24.058491');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-20 01:38:00.000000',2,'',3,'2026-12-06 23:46:24.089708','2026-12-06 23:46:24.089713');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-20 01:44:00.000000',4,'',4,'2026-12-06 23:46:24.122961','2026-12-06 23:46:24.122966');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-20 01:50:00.000000',4,'',5,'2026-12-06 23:46:24.157706','2026-12-06 23:46:24.157710');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-20 01:56:00.000000',2,'',6,'2026-12-06 23:46:24.192834','2026-12-06 23:46:24.192838');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-26 04:46:00.000000',7,'',7,'2026-12-06 23:46:24.223390','2026-12-06 23:46:24.223393');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-05 02:25:00.000000',7,'',8,'2026-12-06 23:46:24.243445','2026-12-06 23:46:24.243449');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-11 01:07:00.000000',10,'',9,'2026-12-06 23:46:24.247384','2026-12-06 23:46:24.247388');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-16 04:39:00.000000',10,'',10,'2026-12-06 23:46:24.250672','2026-12-06 23:46:24.250675');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-26 03:18:00.000000',10,'',11,'2026-12-06 23:46:24.253938','2026-12-06 23:46:24.253940');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-04 03:11:00.000000',10,'',12,'2026-12-06 23:46:24.257200','2026-12-06 23:46:24.257203');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-20 03:26:00.000000',10,'',13,'2026-12-06 23:46:24.260518','2026-12-06 23:46:24.260522');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-19 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 23:46:24.279904','2026-12-06 23:46:24.279908');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-23 06:31:00.000000',7,'',15,'2026-12-06 23:46:24.317305','2026-12-06 23:46:24.317310');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-02 06:41:00.000000',7,'',16,'2026-12-06 23:46:24.330894','2026-12-06 23:46:24.330898');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-07 01:08:00.000000',10,'',17,'2026-12-06 23:46:24.334619','2026-12-06 23:46:24.334623');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-14 03:36:00.000000',10,'',18,'2026-12-06 23:46:24.338287','2026-12-06 23:46:24.338290');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-28 05:58:00.000000',10,'',19,'2026-12-06 23:46:24.341974','2026-12-06 23:46:24.341978');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-07 09:39:00.000000',10,'',20,'2026-12-06 23:46:24.345674','2026-12-06 23:46:24.345678');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-20 05:04:00.000000',10,'',21,'2026-12-06 23:46:24.349357','2026-12-06 23:46:24.349360');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-15 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 23:46:24.363621','2026-12-06 23:46:24.363625');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-25 05:15:00.000000',7,'',23,'2026-12-06 23:46:24.398222','2026-12-06 23:46:24.398225');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-04 08:30:00.000000',7,'',24,'2026-12-06 23:46:24.409801','2026-12-06 23:46:24.409804');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-09 02:50:00.000000',10,'',25,'2026-12-06 23:46:24.413003','2026-12-06 23:46:24.413006');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-18 01:34:00.000000',10,'',26,'2026-12-06 23:46:24.416189','2026-12-06 23:46:24.416192');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-31 01:54:00.000000',10,'',27,'2026-12-06 23:46:24.419360','2026-12-06 23:46:24.419362');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-07 07:43:00.000000',10,'',28,'2026-12-06 23:46:24.422541','2026-12-06 23:46:24.422561');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-24 08:15:00.000000',7,'',29,'2026-12-06 23:46:24.441531','2026-12-06 23:46:24.441534');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-02 06:59:00.000000',7,'',30,'2026-12-06 23:46:24.455081','2026-12-06 23:46:24.455084');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-09 06:50:00.000000',10,'',31,'2026-12-06 23:46:24.458424','2026-12-06 23:46:24.458426');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-17 07:08:00.000000',10,'',32,'2026-12-06 23:46:24.461781','2026-12-06 23:46:24.461785');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-29 05:51:00.000000',10,'',33,'2026-12-06 23:46:24.465138','2026-12-06 23:46:24.465142');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-07 06:33:00.000000',10,'',34,'2026-12-06 23:46:24.468586','2026-12-06 23:46:24.468590');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-19 04:47:00.000000',10,'',35,'2026-12-06 23:46:24.472024','2026-12-06 23:46:24.472027');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-26 02:27:00.000000',7,'',36,'2026-12-06 23:46:24.506139','2026-12-06 23:46:24.506143');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-05 05:56:00.000000',7,'',37,'2026-12-06 23:46:24.521797','2026-12-06 23:46:24.521801');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-12 07:20:00.000000',10,'',38,'2026-12-06 23:46:24.525675','2026-12-06 23:46:24.525679');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-20 08:06:00.000000',10,'',39,'2026-12-06 23:46:24.529509','2026-12-06 23:46:24.529512');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-31 03:41:00.000000',10,'',40,'2026-12-06 23:46:24.533305','2026-12-06 23:46:24.533308');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-07 02:23:00.000000',10,'',41,'2026-12-06 23:46:24.536983','2026-12-06 23:46:24.536986');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-22 08:09:00.000000',10,'',42,'2026-12-06 23:46:24.540819','2026-12-06 23:46:24.540824');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-23 04:03:00.000000',7,'',43,'2026-12-06 23:46:24.571506','2026-12-06 23:46:24.571510');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-29 08:30:00.000000',7,'',44,'2026-12-06 23:46:24.584617','2026-12-06 23:46:24.584622');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-03 02:50:00.000000',10,'',45,'2026-12-06 23:46:24.589025','2026-12-06 23:46:24.589029');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-10 05:29:00.000000',10,'',46,'2026-12-06 23:46:24.593430','2026-12-06 23:46:24.593434');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-21 03:02:00.000000',10,'',47,'2026-12-06 23:46:24.598028','2026-12-06 23:46:24.598031');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-28 01:36:00.000000',10,'',48,'2026-12-06 23:46:24.601757','2026-12-06 23:46:24.601761');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-10 02:39:00.000000',10,'',49,'2026-12-06 23:46:24.605006','2026-12-06 23:46:24.605009');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-21 04:49:00.000000',4,'',50,'2026-12-06 23:46:24.626521','2026-12-06 23:46:24.626526');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-22 08:53:00.000000',7,'',51,'2026-12-06 23:46:24.648735','2026-12-06 23:46:24.648739');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-02 06:06:00.000000',7,'',52,'2026-12-06 23:46:24.661819','2026-12-06 23:46:24.661822');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-05 04:57:00.000000',10,'',53,'2026-12-06 23:46:24.664976','2026-12-06 23:46:24.664979');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-03 02:43:00.000000',4,'',54,'2026-12-06 23:46:24.680356','2026-12-06 23:46:24.680361');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-07 07:03:00.000000',7,'',55,'2026-12-06 23:46:24.695241','2026-12-06 23:46:24.695244');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-13 04:11:00.000000',7,'',56,'2026-12-06 23:46:24.709084','2026-12-06 23:46:24.709087');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-16 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 23:46:24.717202','2026-12-06 23:46:24.717205');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-29 09:34:00.000000',2,'',58,'2026-12-06 23:46:24.752676','2026-12-06 23:46:24.752680');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-11-01 08:14:00.000000',7,'',59,'2026-12-06 23:46:24.901004','2026-12-06 23:46:24.901007');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-11 02:08:00.000000',7,'',60,'2026-12-06 23:46:24.913968','2026-12-06 23:46:24.913971');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-14 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 23:46:24.921012','2026-12-06 23:46:24.921016');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-30 08:36:00.000000',2,'',62,'2026-12-06 23:46:24.947864','2026-12-06 23:46:24.947868');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-31 05:49:00.000000',7,'',63,'2026-12-06 23:46:24.972786','2026-12-06 23:46:24.972796');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-08 07:48:00.000000',7,'',64,'2026-12-06 23:46:24.984968','2026-12-06 23:46:24.984971');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-10-01 06:41:00.000000',2,'',65,'2026-12-06 23:46:24.999431','2026-12-06 23:46:24.999436');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-04 08:51:00.000000',7,'',66,'2026-12-06 23:46:25.020438','2026-12-06 23:46:25.020441');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-13 09:08:00.000000',7,'',67,'2026-12-06 23:46:25.032366','2026-12-06 23:46:25.032369');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-18 02:19:00.000000',10,'',68,'2026-12-06 23:46:25.035689','2026-12-06 23:46:25.035692');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-24 03:16:00.000000',10,'',69,'2026-12-06 23:46:25.038969','2026-12-06 23:46:25.038972');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-06 06:18:00.000000',10,'',70,'2026-12-06 23:46:25.042223','2026-12-06 23:46:25.042226');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-12 02:34:00.000000',10,'',71,'2026-12-06 23:46:25.045319','2026-12-06 23:46:25.045321');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-28 01:01:00.000000',10,'',72,'2026-12-06 23:46:25.048402','2026-12-06 23:46:25.048405');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-12-01 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 23:46:25.063755','2026-12-06 23:46:25.063759');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-26 06:33:00.000000',2,'',74,'2026-12-06 23:46:25.097279','2026-12-06 23:46:25.097284');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-27 05:29:00.000000',4,'',75,'2026-12-06 23:46:25.123805','2026-12-06 23:46:25.123810');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-30 04:52:00.000000',2,'',76,'2026-12-06 23:46:25.151690','2026-12-06 23:46:25.151694');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-12-01 06:52:00.000000',2,'',77,'2026-12-06 23:46:25.177011','2026-12-06 23:46:25.177016');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-02 09:25:00.000000',2,'',78,'2026-12-06 23:46:25.204506','2026-12-06 23:46:25.204511');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-03 07:30:00.000000',2,'',79,'2026-12-06 23:46:25.229644','2026-12-06 23:46:25.229649');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-04 02:20:00.000000',4,'',80,'2026-12-06 23:46:25.258191','2026-12-06 23:46:25.258196');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-05 04:51:00.000000',2,'',81,'2026-12-06 23:46:25.286612','2026-12-06 23:46:25.286617');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-06 02:05:00.000000',7,'',82,'2026-12-06 23:46:25.300939','2026-12-06 23:46:25.300942');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-06 06:59:00.000000',4,'',83,'2026-12-06 23:46:25.325348','2026-12-06 23:46:25.325352');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 23:45:23.000000',2,'',84,'2026-12-06 23:46:25.357129','2026-12-06 23:46:25.357134');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 23:46:26.000000',NULL,'',85,'2026-12-06 23:46:26.100443','2026-12-06 23:46:26.100447');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 23:46:26.000000',NULL,'',86,'2026-12-06 23:46:26.116398','2026-12-06 23:46:26.116402');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 23:46:26.000000',NULL,'',87,'2026-12-06 23:46:26.123000','2026-12-06 23:46:26.123003');
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
	updated_at DATETIME NOT NULL, mailing_address VARCHAR(200) DEFAULT '' NOT NULL, mailing_postcode VARCHAR(6) DEFAULT '' NOT NULL, penalty_clause_no VARCHAR(20) DEFAULT '' NOT NULL, penalty_clause_text TEXT DEFAULT '' NOT NULL, demand_period_days INTEGER, breach_base VARCHAR(8) DEFAULT 'price' NOT NULL, breach_pct BIGINT DEFAULT '0' NOT NULL, breach_clause_no VARCHAR(20) DEFAULT '' NOT NULL, refund_rate BIGINT, area_clause_pct BIGINT, title_due_on DATE, arbitration BOOLEAN DEFAULT 0 NOT NULL, risk_notice_at DATETIME, risk_notice_facts TEXT DEFAULT '' NOT NULL, inspection_invited_at DATETIME, inspection_on DATE, 
	CONSTRAINT pk_deals PRIMARY KEY (id), 
	CONSTRAINT fk_deals_consultant_id_users FOREIGN KEY(consultant_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_discount_approver_id_users FOREIGN KEY(discount_approver_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_unit_id_units FOREIGN KEY(unit_id) REFERENCES units (id) ON DELETE RESTRICT
);
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:upKxbFexjpOlCKMPlBLOTjwsHkyEbjJi1t/mK+JHQVaHTa+KipJTWDkC1HjpTA==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-20 01:26:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0001','330126062613349','2026-06-26 04:46:00.000000','2026-07-05',-2521134,6627873,'2026-11-19 01:35:00.000000',NULL,NULL,'',15,1,'2026-12-06 23:46:24.010584','2026-12-06 23:46:26.891786','浙江省杭州市西湖区文三路 90 号 3 幢 501 室','310012','第九条','买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。',60,'due',500,'第十条',310,300,'2028-11-05',1,'2026-11-06 23:46:26.000000','{"v": 1}','2026-12-01 23:46:26.000000','2026-12-05');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:PU+W/9UUpWUE4DkmwINEjtlTuZyjppWlIoWgGk//WRzamIsrSHr5enSgb8o5hg==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-20 01:32:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0002','330126062399846','2026-06-23 06:31:00.000000','2026-07-02',-221760,6931109,'2026-10-15 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 23:46:24.052964','2026-12-06 23:46:24.363324','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:h5KiVXVLPNb1evtQxLQ1H6kRyjFsgId2w5HVvXwtPmgMDua77yeLgDyC7o0zUA==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-20 01:38:00.000000','2026-06-27',500,90,'signed','YQF-2026-0003','330126062587853','2026-06-25 05:15:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',8,3,'2026-12-06 23:46:24.083797','2026-12-06 23:46:25.585059','浙江省杭州市西湖区五常大道672号翠苑19幢3单元2204室','310012','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:art7PKAJkEJMWATPYhGvpfE9O9o5fnBYvi5hY98riZ6KU7tfobbogz6onyowig==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-20 01:44:00.000000','2026-06-27',500,90,'signed','YQF-2026-0004','330126062456438','2026-06-24 08:15:00.000000','2026-07-02',NULL,0,NULL,NULL,NULL,'',10,4,'2026-12-06 23:46:24.116881','2026-12-06 23:46:26.742506','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:G3a0ixjCKN62h3ASfaSUzPRTCTRu/u5oU/5/RGxKd5hSY1d0hu0bGHf9HZUk2g==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-21 03:00:00.000000',190665920,216264480,8000000,'2026-06-20 01:50:00.000000','2026-06-27',500,90,'signed','YQF-2026-0005','330126062655680','2026-06-26 02:27:00.000000','2026-07-05',NULL,0,NULL,NULL,NULL,'',11,5,'2026-12-06 23:46:24.152203','2026-12-06 23:46:26.742670','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:LlcCBWPQwE2AH+T5z7I+khATaIkJdaTUkbSRB3o08ceNHI5Acsr2EvLifnYfGg==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-20 01:56:00.000000','2026-06-27',500,90,'signed','YQF-2026-0006','330126062358361','2026-06-23 04:03:00.000000','2026-06-29',NULL,0,NULL,NULL,NULL,'',9,6,'2026-12-06 23:46:24.187515','2026-12-06 23:46:25.585398','浙江省杭州市滨江区江南大道189号嘉绿苑7幢2单元2101室','310051','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:WaBYXZX6gIKpWWIRBeSXfUVsDJQs16J0f1+Y6yjD2ruTMg654vAn+RgRk06JVg==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-21 04:49:00.000000','2026-11-28',500,90,'signed','YQF-2026-0007','330126112281882','2026-11-22 08:53:00.000000','2026-12-02',NULL,0,NULL,NULL,NULL,'',6,7,'2026-12-06 23:46:24.621943','2026-12-06 23:46:26.742773','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:FhURbkeWJL/PMoKLB7XbP51/JpOZC7qYo3uXguobm/pHXfia2BcGaYq44wXq5Q==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-03 02:43:00.000000','2026-11-10',500,90,'delivered','YQF-2026-0008','330126110750101','2026-11-07 07:03:00.000000','2026-11-13',2684416,9372626,'2026-11-16 09:40:00.000000',NULL,NULL,'',7,8,'2026-12-06 23:46:24.674068','2026-12-06 23:46:26.742859','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:9Cu6dD+Ti4TW4Q2zyGBtDIy96+iG9hOMsaMy+Q50oAXkDjfwbP0XvJpUD0dCgQ==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-29 09:34:00.000000','2026-11-05',500,90,'delivered','YQF-2026-0009','330126110168856','2026-11-01 08:14:00.000000','2026-11-11',0,8492152,'2026-11-14 08:05:00.000000',NULL,NULL,'',6,9,'2026-12-06 23:46:24.747845','2026-12-06 23:46:25.585679','浙江省杭州市余杭区五常大道689号金都花园4幢1单元1202室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:E1Z95wCYXy77aNszdMXTSpJcmvtZvKjCc5lZcyh/L7CfxqaoNQbRC0vk9XLXMA==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-30 08:36:00.000000','2026-09-06',500,90,'signed','YQF-2026-0010','330126083119420','2026-08-31 05:49:00.000000','2026-09-08',NULL,0,NULL,NULL,NULL,'',4,10,'2026-12-06 23:46:24.943343','2026-12-06 23:46:25.585758','浙江省杭州市余杭区江南大道777号嘉绿苑24幢2单元2802室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:z8CH8skm1aavcgyvh89eRmxRWIXrG975tqTP3A4bAKAZc8G2juakxo5ZLHe5Cw==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-10-01 06:41:00.000000','2026-10-08',500,90,'delivered','YQF-2026-0011','330126100423964','2026-10-04 08:51:00.000000','2026-10-13',4424000,12630240,'2026-12-01 06:27:00.000000',NULL,NULL,'',11,11,'2026-12-06 23:46:24.994747','2026-12-06 23:46:25.585836','浙江省杭州市滨江区江南大道641号翠苑12幢1单元2801室','310051','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:OytXTF6yyndcfAtNRHuAoUafgfHLcZEG794sJ/5SfV2JAoFoOvHra3Qh8Yqa0Q==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-26 06:33:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,12,'2026-12-06 23:46:25.092185','2026-12-06 23:46:25.585913','浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室','310011','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:q44WzXL+KKYvy8ndfi7EHHRZQExsJV5nynR8ZF+AZMXdFAzMwVSD5IlNCs/r9A==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-27 05:29:00.000000','2026-12-04',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,13,'2026-12-06 23:46:25.118701','2026-12-06 23:46:26.742937','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:kuwo82W1hQvoDMTK7sBHXXIY0TVUqX/mu7yJ9WTmbp1FOJRNIBrhbxEGJqgfrA==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-30 04:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,14,'2026-12-06 23:46:25.146228','2026-12-06 23:46:25.586064','浙江省杭州市上城区文三路986号绿城桂花园24幢1单元1703室','310002','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:wHY3cZ0guEbon4QtnPFa3OsVGUEY8F9VC+qcadQPX85iwQ9STecRn9Q/VmlUZA==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-02 03:00:00.000000',196415900,221466480,8000000,'2026-12-01 06:52:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 23:46:25.172198','2026-12-06 23:46:25.190147','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:lFh/6tpAvSrnsULaZjs4xvpv5VujOJ61OEcr4xhirW3wkh3bR96ksdmNvAPLEA==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-02 09:25:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,16,'2026-12-06 23:46:25.199890','2026-12-06 23:46:25.586153','浙江省杭州市拱墅区庆春路756号金都花园30幢2单元1402室','310011','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:L2U11m9rvWlFmbAE2S87shVRyLsJNkXmT6hggPlbSmMGbM+5qVPISifK46B/Sg==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-04 03:00:00.000000',264313750,300555000,10000000,'2026-12-03 07:30:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,17,'2026-12-06 23:46:25.224457','2026-12-06 23:46:25.586238','浙江省杭州市上城区莫干山路714号翠苑19幢1单元1104室','310002','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:taw+kQVBQVxnlBkQRqIEePXm0ZiQLOhbtS0YAyn1ExMw0FHDgH2jhH5v2s1Q6w==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-04 02:20:00.000000','2026-12-11',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,18,'2026-12-06 23:46:25.253057','2026-12-06 23:46:26.743017','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:PMzccGv9QQYaEvx2BmC5Q4wDyygED5STHeOucIB6oxg5h/jRy5gMGrIy0tW7Tg==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-05 04:51:00.000000','2026-12-12',500,90,'signed','YQF-2026-0019','330126120620190','2026-12-06 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',3,19,'2026-12-06 23:46:25.281437','2026-12-06 23:46:25.586446','浙江省杭州市余杭区五常大道278号翠苑18幢2单元1502室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:9a7U1g6MlyA3aUDC7lktlKEhYe4v51Wk/bT3TpWdac9YQit2NqxUUZKGH7aEbw==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-06 06:59:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,20,'2026-12-06 23:46:25.320377','2026-12-06 23:46:26.743097','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:YDUUM0NdicVkJE7lKwIvzWoSl40HNjlV8DRU0sm1jDLpBuk54jUGfvujaTtpiA==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 23:45:23.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,21,'2026-12-06 23:46:25.350330','2026-12-06 23:46:25.586664','浙江省杭州市余杭区庆春路785号金都花园12幢1单元203室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:NIuVbX3wiCez4UvzXKBg7176/t5wHxS+tdSrj4/TFgWYdvkOFQ1YWl47deiHwQ==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 23:46:26.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 23:46:26.095299','2026-12-06 23:46:26.095306','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:v8ZoOIbdUl6DhPz2BIcBw5sRtvnLh1DH5xqe9PAa02NHM4K8FvAfLIpMSNJz/w==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 23:46:26.000000','2026-12-14',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 23:46:26.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 23:46:26.111960','2026-12-06 23:46:26.122732','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 23:46:22.000000',2,1,'2026-12-06 23:46:23.576010','2026-12-06 23:46:23.581151');
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
INSERT INTO "dunning_blocks" VALUES(1,'客户申请分期，谈判中','2026-11-16','2026-12-16',NULL,'2026-11-24',NULL,'谈判未果',1,1,'2026-12-06 23:46:26.864358','2026-12-06 23:46:26.864361');
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
INSERT INTO "dunning_calls" VALUES(1,1,'2026-12-06 23:46:26.000000','2026-12-06',NULL,'promised','2026-12-13','客户说月底前转账',1,'2026-12-06 23:46:26.865378','2026-12-06 23:46:26.865381');
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
INSERT INTO "dunning_letter_items" VALUES(1,29,0,0,259592120,0,1,'2026-12-06 23:46:25.779671','2026-12-06 23:46:25.779676');
INSERT INTO "dunning_letter_items" VALUES(2,25,0,0,292543680,0,2,'2026-12-06 23:46:25.794988','2026-12-06 23:46:25.794992');
INSERT INTO "dunning_letter_items" VALUES(3,22,0,0,24649406,0,3,'2026-12-06 23:46:25.808079','2026-12-06 23:46:25.808083');
INSERT INTO "dunning_letter_items" VALUES(4,39,0,0,101049400,0,4,'2026-12-06 23:46:25.821334','2026-12-06 23:46:25.821338');
INSERT INTO "dunning_letter_items" VALUES(5,39,0,0,101049400,0,5,'2026-12-06 23:46:25.840004','2026-12-06 23:46:25.840009');
INSERT INTO "dunning_letter_items" VALUES(6,42,0,0,46392281,0,6,'2026-12-06 23:46:25.854664','2026-12-06 23:46:25.854668');
INSERT INTO "dunning_letter_items" VALUES(7,45,0,0,55512265,0,7,'2026-12-06 23:46:25.868408','2026-12-06 23:46:25.868412');
INSERT INTO "dunning_letter_items" VALUES(8,48,0,0,50924770,0,8,'2026-12-06 23:46:25.882174','2026-12-06 23:46:25.882178');
INSERT INTO "dunning_letter_items" VALUES(9,53,0,0,69294125,0,9,'2026-12-06 23:46:25.895626','2026-12-06 23:46:25.895631');
INSERT INTO "dunning_letter_items" VALUES(10,56,0,0,79215119,0,10,'2026-12-06 23:46:25.909728','2026-12-06 23:46:25.909733');
INSERT INTO "dunning_letter_items" VALUES(11,59,0,0,45877283,0,11,'2026-12-06 23:46:25.923453','2026-12-06 23:46:25.923457');
INSERT INTO "dunning_letter_items" VALUES(12,62,0,0,96747589,0,12,'2026-12-06 23:46:25.937525','2026-12-06 23:46:25.937551');
INSERT INTO "dunning_letter_items" VALUES(13,65,0,0,61645000,0,13,'2026-12-06 23:46:25.951760','2026-12-06 23:46:25.951765');
INSERT INTO "dunning_letter_items" VALUES(14,25,1,1,292543680,146272,14,'2026-12-06 23:46:25.965796','2026-12-06 23:46:25.965801');
INSERT INTO "dunning_letter_items" VALUES(15,2,1,30,12000050,123456,15,'2026-12-06 23:46:26.861329','2026-12-06 23:46:26.861331');
INSERT INTO "dunning_letter_items" VALUES(16,2,4,120,12000050,123456,16,'2026-12-06 23:46:26.862740','2026-12-06 23:46:26.862742');
INSERT INTO "dunning_letter_items" VALUES(17,2,6,180,12000050,123456,17,'2026-12-06 23:46:26.865696','2026-12-06 23:46:26.865698');
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
INSERT INTO "dunning_letters" VALUES(1,9,1,0,'2026-11-08','2026-11-08 01:30:00.000000',7,'in_person','','2026-11-08',NULL,'',NULL,1,'{"address": "浙江省杭州市余杭区五常大道689号金都花园4幢1单元1202室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000001", "consultant": "王浩", "contract_no": "YQF-2026-0009", "letter_on": "2026-11-08", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2595921.20", "days_overdue": 0, "due_on": "2026-11-28", "name": "房款", "outstanding": "2595921.20", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-11-08T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "2595921.20", "total_penalty": "0.00", "unit": "2栋1单元1103", "v": 1}',NULL,NULL,'',NULL,3,1,'2026-12-06 23:46:25.777178','2026-12-06 23:46:26.003566');
INSERT INTO "dunning_letters" VALUES(1,8,2,0,'2026-11-13','2026-11-13 01:30:00.000000',7,'in_person','','2026-11-13',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000002", "consultant": "陈思雨", "contract_no": "YQF-2026-0008", "letter_on": "2026-11-13", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2925436.80", "days_overdue": 0, "due_on": "2026-12-03", "name": "房款", "outstanding": "2925436.80", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-13T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "2925436.80", "total_penalty": "0.00", "unit": "1栋1604", "v": 1}',NULL,NULL,'',NULL,3,2,'2026-12-06 23:46:25.794029','2026-12-06 23:46:26.774705');
INSERT INTO "dunning_letters" VALUES(1,7,3,0,'2026-11-16','2026-11-16 01:30:00.000000',7,'in_person','','2026-11-16',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000003", "consultant": "陈思雨", "contract_no": "YQF-2026-0007", "letter_on": "2026-11-16", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "616235.15", "days_overdue": 0, "due_on": "2026-12-06", "name": "首付款", "outstanding": "246494.06", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-16T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "246494.06", "total_penalty": "0.00", "unit": "1栋1703", "v": 1}',NULL,NULL,'',NULL,3,3,'2026-12-06 23:46:25.807150','2026-12-06 23:46:26.774955');
INSERT INTO "dunning_letters" VALUES(1,12,4,0,'2026-11-21','2026-11-21 01:30:00.000000',7,'none','',NULL,'2026-11-21 01:40:00.000000','打印卡纸，已重新出具',7,0,'{"address": "浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000004", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-21", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "1010494.00", "days_overdue": 0, "due_on": "2026-12-11", "name": "首付款", "outstanding": "1010494.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310011", "printed_at": "2026-11-21T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "1010494.00", "total_penalty": "0.00", "unit": "2栋1单元2102", "v": 1}',NULL,NULL,'',NULL,2,4,'2026-12-06 23:46:25.820327','2026-12-06 23:46:25.826334');
INSERT INTO "dunning_letters" VALUES(1,12,5,0,'2026-11-21','2026-11-21 01:45:00.000000',7,'in_person','','2026-11-21',NULL,'',NULL,0,'{"address": "浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000005", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-21", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "1010494.00", "days_overdue": 0, "due_on": "2026-12-11", "name": "首付款", "outstanding": "1010494.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310011", "printed_at": "2026-11-21T09:45:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "1010494.00", "total_penalty": "0.00", "unit": "2栋1单元2102", "v": 1}',NULL,NULL,'',NULL,2,5,'2026-12-06 23:46:25.839014','2026-12-06 23:46:25.979184');
INSERT INTO "dunning_letters" VALUES(1,13,6,0,'2026-11-22','2026-11-22 01:30:00.000000',7,'in_person','','2026-11-22',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000006", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-11-22", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "463922.81", "days_overdue": 0, "due_on": "2026-12-12", "name": "首付款", "outstanding": "463922.81", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-22T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "463922.81", "total_penalty": "0.00", "unit": "3栋0804", "v": 1}',NULL,NULL,'',NULL,3,6,'2026-12-06 23:46:25.853587','2026-12-06 23:46:26.775057');
INSERT INTO "dunning_letters" VALUES(1,14,7,0,'2026-11-25','2026-11-25 01:30:00.000000',7,'in_person','','2026-11-25',NULL,'',NULL,0,'{"address": "浙江省杭州市上城区文三路986号绿城桂花园24幢1单元1703室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000007", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-25", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "555122.65", "days_overdue": 0, "due_on": "2026-12-15", "name": "首付款", "outstanding": "555122.65", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310002", "printed_at": "2026-11-25T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "555122.65", "total_penalty": "0.00", "unit": "3栋2404", "v": 1}',NULL,NULL,'',NULL,2,7,'2026-12-06 23:46:25.867425','2026-12-06 23:46:25.983557');
INSERT INTO "dunning_letters" VALUES(1,15,8,0,'2026-11-26','2026-11-26 01:30:00.000000',7,'in_person','','2026-11-26',NULL,'',NULL,0,'{"address": "", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000008", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-26", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "509247.70", "days_overdue": 0, "due_on": "2026-12-16", "name": "首付款", "outstanding": "509247.70", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-26T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "509247.70", "total_penalty": "0.00", "unit": "3栋1902", "v": 1}',NULL,NULL,'',NULL,2,8,'2026-12-06 23:46:25.881152','2026-12-06 23:46:25.985732');
INSERT INTO "dunning_letters" VALUES(1,17,9,0,'2026-11-28','2026-11-28 01:30:00.000000',7,'in_person','','2026-11-28',NULL,'',NULL,0,'{"address": "浙江省杭州市上城区莫干山路714号翠苑19幢1单元1104室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000009", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-28", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "692941.25", "days_overdue": 0, "due_on": "2026-12-18", "name": "首付款", "outstanding": "692941.25", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310002", "printed_at": "2026-11-28T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "692941.25", "total_penalty": "0.00", "unit": "3栋2405", "v": 1}',NULL,NULL,'',NULL,2,9,'2026-12-06 23:46:25.894645','2026-12-06 23:46:25.988044');
INSERT INTO "dunning_letters" VALUES(1,18,10,0,'2026-11-29','2026-11-29 01:30:00.000000',7,'in_person','','2026-11-29',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000010", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-11-29", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "792151.19", "days_overdue": 0, "due_on": "2026-12-19", "name": "首付款", "outstanding": "792151.19", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-29T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "792151.19", "total_penalty": "0.00", "unit": "1栋0901", "v": 1}',NULL,NULL,'',NULL,3,10,'2026-12-06 23:46:25.908569','2026-12-06 23:46:26.775143');
INSERT INTO "dunning_letters" VALUES(1,19,11,0,'2026-11-30','2026-11-30 01:30:00.000000',7,'in_person','','2026-11-30',NULL,'',NULL,0,'{"address": "浙江省杭州市余杭区五常大道278号翠苑18幢2单元1502室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000011", "consultant": "王浩", "contract_no": "YQF-2026-0019", "letter_on": "2026-11-30", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "458772.83", "days_overdue": 0, "due_on": "2026-12-20", "name": "首付款", "outstanding": "458772.83", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-11-30T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "458772.83", "total_penalty": "0.00", "unit": "3栋0602", "v": 1}',NULL,NULL,'',NULL,2,11,'2026-12-06 23:46:25.922485','2026-12-06 23:46:25.992269');
INSERT INTO "dunning_letters" VALUES(1,20,12,0,'2026-12-01','2026-12-01 01:30:00.000000',7,'in_person','','2026-12-01',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000012", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-12-01", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "967475.89", "days_overdue": 0, "due_on": "2026-12-21", "name": "首付款", "outstanding": "967475.89", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-12-01T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "967475.89", "total_penalty": "0.00", "unit": "2栋1单元1802", "v": 1}',NULL,NULL,'',NULL,3,12,'2026-12-06 23:46:25.936324','2026-12-06 23:46:26.775222');
INSERT INTO "dunning_letters" VALUES(1,21,13,0,'2026-12-02','2026-12-02 01:30:00.000000',7,'in_person','','2026-12-02',NULL,'',NULL,0,'{"address": "浙江省杭州市余杭区庆春路785号金都花园12幢1单元203室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000013", "consultant": "王浩", "contract_no": "", "letter_on": "2026-12-02", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "616450.00", "days_overdue": 0, "due_on": "2026-12-22", "name": "首付款", "outstanding": "616450.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-12-02T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "616450.00", "total_penalty": "0.00", "unit": "1栋1603", "v": 1}',NULL,NULL,'',NULL,2,13,'2026-12-06 23:46:25.950788','2026-12-06 23:46:25.996698');
INSERT INTO "dunning_letters" VALUES(1,8,14,1,'2026-12-04','2026-12-04 01:30:00.000000',7,'in_person','','2026-12-04',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000014", "consultant": "陈思雨", "contract_no": "YQF-2026-0008", "letter_on": "2026-12-04", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2925436.80", "days_overdue": 1, "due_on": "2026-12-03", "name": "房款", "outstanding": "2925436.80", "penalty": "1462.72"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-12-04T09:30:00", "project": "安家·云栖府", "stage": 1, "total_outstanding": "2925436.80", "total_penalty": "1462.72", "unit": "1栋1604", "v": 1}',NULL,NULL,'',NULL,3,14,'2026-12-06 23:46:25.964703','2026-12-06 23:46:26.775300');
INSERT INTO "dunning_letters" VALUES(1,1,901,1,'2026-11-27','2026-12-06 23:46:26.000000',NULL,'in_person','','2026-12-02',NULL,'',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,15,'2026-12-06 23:46:26.859863','2026-12-06 23:46:26.859866');
INSERT INTO "dunning_letters" VALUES(1,1,902,4,'2026-11-28','2026-12-06 23:46:26.000000',NULL,'courier','XA00000002','2026-12-03','2026-12-06 23:46:26.000000','作废：打印错误',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,16,'2026-12-06 23:46:26.861076','2026-12-06 23:46:26.861078');
INSERT INTO "dunning_letters" VALUES(1,1,903,6,'2026-11-29','2026-12-06 23:46:26.000000',NULL,'registered','XA00000003','2026-12-04',NULL,'',NULL,0,'{"v": 1}','2026-12-06',NULL,'',NULL,1,17,'2026-12-06 23:46:26.862488','2026-12-06 23:46:26.862490');
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
INSERT INTO "duty_roster" VALUES('2026-11-17',2,1,1,'2026-12-06 23:46:22.883481','2026-12-06 23:46:22.883487');
INSERT INTO "duty_roster" VALUES('2026-11-17',4,2,2,'2026-12-06 23:46:22.883489','2026-12-06 23:46:22.883490');
INSERT INTO "duty_roster" VALUES('2026-11-17',5,3,3,'2026-12-06 23:46:22.883491','2026-12-06 23:46:22.883492');
INSERT INTO "duty_roster" VALUES('2026-12-07',4,1,4,'2026-12-06 23:46:23.556436','2026-12-06 23:46:23.556440');
INSERT INTO "duty_roster" VALUES('2026-12-07',2,2,5,'2026-12-06 23:46:23.556441','2026-12-06 23:46:23.556442');
INSERT INTO "duty_roster" VALUES('2026-12-07',5,3,6,'2026-12-06 23:46:23.556443','2026-12-06 23:46:23.556444');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-06 23:46:26.000000','request',1,'2026-12-06 23:46:26.644924','2026-12-06 23:46:26.644929');
INSERT INTO "erasure_log" VALUES(2,'2026-12-06 23:46:26.000000','request',2,'2026-12-06 23:46:26.777212','2026-12-06 23:46:26.777217');
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
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-06 23:46:26.696808','2026-12-06 23:46:26.696817');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 23:46:22.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 23:46:23.462161','2026-12-06 23:46:23.462165');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 23:46:22.000000','2026-12-06 23:46:23.463590');
CREATE TABLE inspection_issues (
	deal_id INTEGER NOT NULL, 
	found_on DATE NOT NULL, 
	text VARCHAR(300) NOT NULL, 
	place VARCHAR(60) NOT NULL, 
	responsible VARCHAR(60) NOT NULL, 
	promised_on DATE NOT NULL, 
	fixed_on DATE, 
	fixed_by_id INTEGER, 
	added_by_id INTEGER, 
	note TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_inspection_issues PRIMARY KEY (id), 
	CONSTRAINT fk_inspection_issues_added_by_id_users FOREIGN KEY(added_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_inspection_issues_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT fk_inspection_issues_fixed_by_id_users FOREIGN KEY(fixed_by_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "inspection_issues" VALUES(1,'2026-12-05','主卧窗框渗水','主卧','工程部 李工','2026-12-20','2026-12-06',NULL,NULL,'已打胶',1,'2026-12-06 23:46:26.891065','2026-12-06 23:46:26.891069');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,1,'2026-12-06 23:46:24.024699','2026-12-06 23:46:24.206130','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-05',53122598,53122598,'2026-07-03',2,2,'2026-12-06 23:46:24.024705','2026-12-06 23:46:24.214373','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-19',147286062,147286062,'2026-08-20',2,3,'2026-12-06 23:46:24.024708','2026-12-06 23:46:24.262927','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,4,'2026-12-06 23:46:24.058945','2026-12-06 23:46:24.299421','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-05',56010560,56010560,'2026-07-04',2,5,'2026-12-06 23:46:24.058951','2026-12-06 23:46:24.307993','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-18',154024640,154024640,'2026-08-20',2,6,'2026-12-06 23:46:24.058953','2026-12-06 23:46:24.352013','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-20',5000000,5000000,'2026-06-20',3,7,'2026-12-06 23:46:24.090191','2026-12-06 23:46:24.381800','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-05',83523040,83523040,'2026-06-30',2,8,'2026-12-06 23:46:24.090196','2026-12-06 23:46:24.390659','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-18',206553760,0,NULL,1,9,'2026-12-06 23:46:24.090198','2026-12-06 23:46:24.090199','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,10,'2026-12-06 23:46:24.123418','2026-12-06 23:46:24.425912','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-05',68950000,68950000,'2026-06-29',2,11,'2026-12-06 23:46:24.123423','2026-12-06 23:46:24.433449','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-18',179550000,179550000,'2026-08-19',2,12,'2026-12-06 23:46:24.123425','2026-12-06 23:46:24.474528','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,13,'2026-12-06 23:46:24.158116','2026-12-06 23:46:24.484673','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-05',49199776,49199776,'2026-07-04',2,14,'2026-12-06 23:46:24.158121','2026-12-06 23:46:24.496365','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-19',133466144,133466144,'2026-08-22',2,15,'2026-12-06 23:46:24.158123','2026-12-06 23:46:24.543514','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,16,'2026-12-06 23:46:24.193240','2026-12-06 23:46:24.554159','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-05',71000000,71000000,'2026-07-05',2,17,'2026-12-06 23:46:24.193245','2026-12-06 23:46:24.563059','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-18',189000000,189000000,'2026-08-10',2,18,'2026-12-06 23:46:24.193247','2026-12-06 23:46:24.607277','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-19',6627873,6627873,'2026-11-25',2,19,'2026-12-06 23:46:24.281490','2026-12-06 23:46:24.289897','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-15',6931109,6931109,'2026-10-20',2,20,'2026-12-06 23:46:24.364394','2026-12-06 23:46:24.371078','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-21',5000000,5000000,'2026-11-21',2,21,'2026-12-06 23:46:24.626971','2026-12-06 23:46:24.633028','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-06',61623515,36974109,NULL,2,22,'2026-12-06 23:46:24.626976','2026-12-06 23:46:24.640642','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-20',155454869,0,NULL,1,23,'2026-12-06 23:46:24.626979','2026-12-06 23:46:24.626980','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-03',5000000,5000000,'2026-11-03',2,24,'2026-12-06 23:46:24.680803','2026-12-06 23:46:24.686779','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-03',292543680,0,NULL,1,25,'2026-12-06 23:46:24.680808','2026-12-06 23:46:24.680810','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-16',2684416,2684416,'2026-11-19',2,26,'2026-12-06 23:46:24.718288','2026-12-06 23:46:24.724688','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-16',9372626,9372626,'2026-11-17',2,27,'2026-12-06 23:46:24.718294','2026-12-06 23:46:24.732884','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-29',10000000,10000000,'2026-10-29',2,28,'2026-12-06 23:46:24.753074','2026-12-06 23:46:24.757304','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-28',259592120,0,NULL,1,29,'2026-12-06 23:46:24.753078','2026-12-06 23:46:24.753079','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-14',8492152,8492152,'2026-11-20',2,30,'2026-12-06 23:46:24.921911','2026-12-06 23:46:24.928291','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-30',8000000,8000000,'2026-08-30',2,31,'2026-12-06 23:46:24.948243','2026-12-06 23:46:24.952205','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-29',258805000,258805000,'2026-09-23',2,32,'2026-12-06 23:46:24.948247','2026-12-06 23:46:24.961786','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-10-01',5000000,5000000,'2026-10-01',2,33,'2026-12-06 23:46:24.999872','2026-12-06 23:46:25.004453','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-16',115288000,115288000,'2026-10-11',2,34,'2026-12-06 23:46:24.999877','2026-12-06 23:46:25.012139','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-30',280672000,280672000,'2026-11-28',2,35,'2026-12-06 23:46:24.999879','2026-12-06 23:46:25.050653','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-31',4424000,4424000,'2026-12-01',2,36,'2026-12-06 23:46:25.064102','2026-12-06 23:46:25.070192','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-12-01',12630240,12630240,'2026-12-04',2,37,'2026-12-06 23:46:25.064106','2026-12-06 23:46:25.077730','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-26',5000000,5000000,'2026-11-26',2,38,'2026-12-06 23:46:25.097734','2026-12-06 23:46:25.102396','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-11',101049400,0,NULL,1,39,'2026-12-06 23:46:25.097740','2026-12-06 23:46:25.097741','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-24',247448600,0,NULL,1,40,'2026-12-06 23:46:25.097742','2026-12-06 23:46:25.097743','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-27',10000000,10000000,'2026-11-27',2,41,'2026-12-06 23:46:25.124268','2026-12-06 23:46:25.130920','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-12',46392281,0,NULL,1,42,'2026-12-06 23:46:25.124272','2026-12-06 23:46:25.124273','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-26',131581989,0,NULL,1,43,'2026-12-06 23:46:25.124274','2026-12-06 23:46:25.124275','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-30',5000000,5000000,'2026-11-30',2,44,'2026-12-06 23:46:25.152124','2026-12-06 23:46:25.156759','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-15',55512265,0,NULL,1,45,'2026-12-06 23:46:25.152129','2026-12-06 23:46:25.152129','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-29',141195285,0,NULL,1,46,'2026-12-06 23:46:25.152131','2026-12-06 23:46:25.152132','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-12-01',8000000,8000000,'2026-12-01',2,47,'2026-12-06 23:46:25.177465','2026-12-06 23:46:25.182157','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-16',50924770,0,NULL,1,48,'2026-12-06 23:46:25.177470','2026-12-06 23:46:25.177471','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-30',137491130,0,NULL,1,49,'2026-12-06 23:46:25.177472','2026-12-06 23:46:25.177473','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-02',5000000,5000000,'2026-12-02',2,50,'2026-12-06 23:46:25.204904','2026-12-06 23:46:25.209499','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2027-01-01',162493760,0,NULL,1,51,'2026-12-06 23:46:25.204910','2026-12-06 23:46:25.204911','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-03',10000000,10000000,'2026-12-03',2,52,'2026-12-06 23:46:25.230092','2026-12-06 23:46:25.234807','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-18',69294125,0,NULL,1,53,'2026-12-06 23:46:25.230097','2026-12-06 23:46:25.230098','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-02-01',185019625,0,NULL,1,54,'2026-12-06 23:46:25.230099','2026-12-06 23:46:25.230100','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-04',8000000,8000000,'2026-12-04',2,55,'2026-12-06 23:46:25.258632','2026-12-06 23:46:25.265454','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-19',79215119,0,NULL,1,56,'2026-12-06 23:46:25.258638','2026-12-06 23:46:25.258639','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-02',203501945,0,NULL,1,57,'2026-12-06 23:46:25.258640','2026-12-06 23:46:25.258641','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-05',10000000,10000000,'2026-12-05',2,58,'2026-12-06 23:46:25.287077','2026-12-06 23:46:25.291724','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-20',45877283,0,NULL,1,59,'2026-12-06 23:46:25.287081','2026-12-06 23:46:25.287083','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-03',130380327,0,NULL,1,60,'2026-12-06 23:46:25.287084','2026-12-06 23:46:25.287085','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,61,'2026-12-06 23:46:25.325807','2026-12-06 23:46:25.331739','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-21',96747589,0,NULL,1,62,'2026-12-06 23:46:25.325812','2026-12-06 23:46:25.325813','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-04',237411041,0,NULL,1,63,'2026-12-06 23:46:25.325815','2026-12-06 23:46:25.325816','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-07',5000000,5000000,'2026-12-07',2,64,'2026-12-06 23:46:25.357655','2026-12-06 23:46:25.362684','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-22',61645000,0,NULL,1,65,'2026-12-06 23:46:25.357662','2026-12-06 23:46:25.357663','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-07',155505000,0,NULL,1,66,'2026-12-06 23:46:25.357664','2026-12-06 23:46:25.357665','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,67,'2026-12-06 23:46:26.100900','2026-12-06 23:46:26.100903','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 23:46:26.100905','2026-12-06 23:46:26.100906','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 23:46:26.100907','2026-12-06 23:46:26.100908','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,70,'2026-12-06 23:46:26.116843','2026-12-06 23:46:26.116846','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-07',50324528,0,NULL,2,71,'2026-12-06 23:46:26.116848','2026-12-06 23:46:26.125857','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-06',221298112,0,NULL,2,72,'2026-12-06 23:46:26.116850','2026-12-06 23:46:26.126131','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 23:46:26.215061','2026-12-06 23:46:26.493569');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 23:46:26.497667','2026-12-06 23:46:26.500964');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 23:46:23.358951','2026-12-06 23:46:23.358956');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 23:46:23.392381','2026-12-06 23:46:26.714299');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 23:46:23.421594','2026-12-06 23:46:23.421598');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 23:46:23.451175','2026-12-06 23:46:26.714299');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 23:46:26.533334','2026-12-06 23:46:26.533337');
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
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-06 23:46:22.000000','2026-12-06 23:46:26.723065');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-06 23:46:23.483274','2026-12-06 23:46:26.723065');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 23:41:26.000000',1,0,1,'2026-12-06 23:46:26.518647','2026-12-06 23:46:26.539907');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 23:41:26.000000',0,0,2,'2026-12-06 23:46:26.548791','2026-12-06 23:46:26.548795');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 23:41:29.000000',0,0,3,'2026-12-06 23:46:26.558268','2026-12-06 23:46:26.558272');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 23:41:32.000000',0,1,4,'2026-12-06 23:46:26.566718','2026-12-06 23:46:26.566722');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 23:41:35.000000',0,1,5,'2026-12-06 23:46:26.575222','2026-12-06 23:46:26.575226');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-21','杭州市余杭区文一西路 2688 号','2026-06-20',1,1,'2026-12-06 23:46:23.821394','2026-12-06 23:46:23.821401');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-20 01:26:00.000000',4,1,2,1,'2026-05-22 02:18:00.000000','2026-12-06 23:46:26.720722',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-20 01:32:00.000000',2,2,2,2,'2026-05-25 05:39:00.000000','2026-12-06 23:46:24.064023',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-20 01:38:00.000000',2,3,2,3,'2026-05-29 02:29:00.000000','2026-12-06 23:46:24.095566',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-20 01:44:00.000000',4,4,2,4,'2026-06-01 05:43:00.000000','2026-12-06 23:46:26.720722',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-17 07:04:00.000000',8,NULL,2,5,'2026-06-05 02:02:00.000000','2026-12-06 23:46:23.956425',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-20 01:50:00.000000',4,5,2,6,'2026-06-09 05:35:00.000000','2026-12-06 23:46:26.720722',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-20 01:56:00.000000',2,6,2,7,'2026-06-12 02:56:00.000000','2026-12-06 23:46:24.197916',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-16 07:00:00.000000',7,NULL,2,8,'2026-06-16 05:00:00.000000','2026-12-06 23:46:23.952052',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 23:46:26.000000','2026-12-06 23:46:26.020742','2026-12-06 23:46:26.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 23:46:26.000000','2026-12-06 23:46:26.067512',NULL,'','2026-12-06 23:46:26.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-22',8,'',NULL,'',NULL,NULL,'2026-05-23 08:00:00.000000',9,1,'2026-05-22 02:33:00.000000','2026-12-06 23:46:25.384394','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-22", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-25',8,'',NULL,'',NULL,NULL,'2026-05-26 08:00:00.000000',9,2,'2026-05-25 05:54:00.000000','2026-12-06 23:46:25.386371','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-29',8,'',NULL,'',NULL,NULL,'2026-05-30 08:00:00.000000',9,3,'2026-05-29 02:44:00.000000','2026-12-06 23:46:25.388116','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-06-01',8,'',NULL,'',NULL,NULL,'2026-06-02 08:00:00.000000',9,4,'2026-06-01 05:58:00.000000','2026-12-06 23:46:25.389842','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-01", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-05',8,'',NULL,'',NULL,NULL,'2026-06-06 08:00:00.000000',9,5,'2026-06-05 02:17:00.000000','2026-12-06 23:46:25.391858','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-09',8,'',NULL,'',NULL,NULL,'2026-06-10 08:00:00.000000',9,6,'2026-06-09 05:50:00.000000','2026-12-06 23:46:25.393603','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-09", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-12',8,'',NULL,'',NULL,NULL,'2026-06-13 08:00:00.000000',9,7,'2026-06-12 03:11:00.000000','2026-12-06 23:46:25.395252','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-12", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,8,'2026-06-20 01:04:00.000000','2026-12-06 23:46:25.396949','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,9,'2026-07-03 02:50:00.000000','2026-12-06 23:46:25.398628','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,10,'2026-08-20 02:39:00.000000','2026-12-06 23:46:25.400238','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,11,'2026-11-25 05:03:00.000000','2026-12-06 23:46:25.401866','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-25", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,12,'2026-06-20 07:56:00.000000','2026-12-06 23:46:25.403445','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,13,'2026-07-04 01:27:00.000000','2026-12-06 23:46:25.405084','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,14,'2026-08-20 05:53:00.000000','2026-12-06 23:46:25.406671','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-20',8,'',NULL,'',NULL,NULL,'2026-10-21 08:00:00.000000',9,15,'2026-10-20 07:11:00.000000','2026-12-06 23:46:25.408238','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,16,'2026-06-20 06:05:00.000000','2026-12-06 23:46:25.409861','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-30',8,'',NULL,'',NULL,NULL,'2026-07-01 08:00:00.000000',9,17,'2026-06-30 01:05:00.000000','2026-12-06 23:46:25.411452','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,18,'2026-06-20 02:58:00.000000','2026-12-06 23:46:25.413094','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,19,'2026-06-29 04:08:00.000000','2026-12-06 23:46:25.414698','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,20,'2026-08-19 07:04:00.000000','2026-12-06 23:46:25.416285','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,21,'2026-06-20 01:11:00.000000','2026-12-06 23:46:25.417989','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,22,'2026-07-04 01:31:00.000000','2026-12-06 23:46:25.419603','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-22',8,'',NULL,'',NULL,NULL,'2026-08-23 08:00:00.000000',9,23,'2026-08-22 02:17:00.000000','2026-12-06 23:46:25.421210','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-22", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,24,'2026-06-20 05:43:00.000000','2026-12-06 23:46:25.423072','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-05',8,'',NULL,'',NULL,NULL,'2026-07-06 08:00:00.000000',9,25,'2026-07-05 08:57:00.000000','2026-12-06 23:46:25.424690','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'','2026-12-03 23:46:23.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-10 06:43:00.000000','2026-12-06 23:46:25.373620','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-21',8,'',NULL,'',NULL,NULL,'2026-11-22 08:00:00.000000',9,27,'2026-11-21 05:00:00.000000','2026-12-06 23:46:25.426282','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-05 07:10:00.000000','2026-12-06 23:46:24.646748','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-03',8,'',NULL,'',NULL,NULL,'2026-11-04 08:00:00.000000',9,29,'2026-11-03 01:03:00.000000','2026-12-06 23:46:25.427867','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,30,'2026-11-19 06:50:00.000000','2026-12-06 23:46:25.429465','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,31,'2026-11-17 03:38:00.000000','2026-12-06 23:46:25.431068','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-17", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-29',8,'',NULL,'',NULL,NULL,'2026-10-30 08:00:00.000000',9,32,'2026-10-29 03:46:00.000000','2026-12-06 23:46:25.432698','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,33,'2026-11-20 03:34:00.000000','2026-12-06 23:46:25.434268','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-30',8,'',NULL,'',NULL,NULL,'2026-08-31 08:00:00.000000',9,34,'2026-08-30 04:03:00.000000','2026-12-06 23:46:25.435883','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-23',8,'',NULL,'',NULL,NULL,'2026-09-24 08:00:00.000000',9,35,'2026-09-23 05:56:00.000000','2026-12-06 23:46:25.437500','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-23", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-10-01',8,'',NULL,'',NULL,NULL,'2026-10-02 08:00:00.000000',9,36,'2026-10-01 03:52:00.000000','2026-12-06 23:46:25.439102','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-11',8,'',NULL,'',NULL,NULL,'2026-10-12 08:00:00.000000',9,37,'2026-10-11 01:44:00.000000','2026-12-06 23:46:25.440721','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-28',8,'',NULL,'',NULL,NULL,'2026-11-29 08:00:00.000000',9,38,'2026-11-28 01:08:00.000000','2026-12-06 23:46:25.442331','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-28", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,39,'2026-12-01 07:08:00.000000','2026-12-06 23:46:25.443962','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,40,'2026-12-04 01:10:00.000000','2026-12-06 23:46:25.445616','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,41,'2026-11-26 07:50:00.000000','2026-12-06 23:46:25.447203','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,42,'2026-11-27 03:34:00.000000','2026-12-06 23:46:25.448859','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-27", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,43,'2026-11-30 04:30:00.000000','2026-12-06 23:46:25.450462','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,44,'2026-12-01 04:23:00.000000','2026-12-06 23:46:25.452106','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,45,'2026-12-02 03:25:00.000000','2026-12-06 23:46:25.454015','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,46,'2026-12-03 01:06:00.000000','2026-12-06 23:46:25.455650','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,47,'2026-12-04 07:28:00.000000','2026-12-06 23:46:25.457287','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-05 09:13:00.000000','2026-12-06 23:46:25.299005','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-06 05:57:00.000000','2026-12-06 23:46:25.339101','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-07',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 23:45:23.000000','2026-12-06 23:46:25.368874','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-07", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'',NULL,'',NULL,26,'2026-12-05 08:00:00.000000',9,51,'2026-12-03 23:46:23.000000','2026-12-06 23:46:25.458922','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-06 23:46:23.397416','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 23:46:22.000000','2026-12-06 23:46:23.550893');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-06 23:46:24.034871','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-06 23:46:24.130915','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-06 23:46:24.164374','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-06 23:46:24.238711','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-06 23:46:24.452346','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-06 23:46:24.518516','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-06 23:46:24.630200','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-06 23:46:24.659208','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-06 23:46:24.683858','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-06 23:46:24.706252','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-06 23:46:25.127632','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-06 23:46:25.262264','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-06 23:46:25.329042','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-06 23:46:26.120213','2026-12-06 23:46:26.721716');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-06 23:46:26.135430','2026-12-06 23:46:26.721716');
CREATE TABLE refund_vouchers (
	project_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	deal_id INTEGER NOT NULL, 
	payee VARCHAR(40) NOT NULL, 
	amount BIGINT NOT NULL, 
	method VARCHAR(10) NOT NULL, 
	paid_on DATE NOT NULL, 
	cashier_id INTEGER, 
	note VARCHAR(200) NOT NULL, 
	confirmed_at DATETIME, 
	confirmed_by_id INTEGER, 
	voided_at DATETIME, 
	voided_by_id INTEGER, 
	void_reason VARCHAR(200) NOT NULL, 
	reprints INTEGER NOT NULL, 
	facts TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_refund_vouchers PRIMARY KEY (id), 
	CONSTRAINT fk_refund_vouchers_cashier_id_users FOREIGN KEY(cashier_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_refund_vouchers_confirmed_by_id_users FOREIGN KEY(confirmed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_refund_vouchers_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_refund_vouchers_order_id_change_orders FOREIGN KEY(order_id) REFERENCES change_orders (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_refund_vouchers_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_refund_vouchers_voided_by_id_users FOREIGN KEY(voided_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_refund_vouchers_project_id UNIQUE (project_id, number)
);
INSERT INTO "refund_vouchers" VALUES(1,1,1,1,'曾小贤',10000000,'转账','2026-12-06',NULL,'',NULL,NULL,'2026-12-06 23:46:26.000000',NULL,'金额有误',0,'{"v": 1}',1,'2026-12-06 23:46:26.879771','2026-12-06 23:46:26.879774');
INSERT INTO "refund_vouchers" VALUES(1,2,1,1,'曾小贤',10000000,'转账','2026-12-06',NULL,'','2026-12-06 23:46:26.000000',NULL,NULL,NULL,'',0,'{"v": 1}',2,'2026-12-06 23:46:26.879776','2026-12-06 23:46:26.879777');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 23:46:23.527030','2026-12-06 23:46:23.527038');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 23:46:23.527040','2026-12-06 23:46:23.527041');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 23:46:23.527042','2026-12-06 23:46:23.527043');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 23:46:23.527044','2026-12-06 23:46:23.527045');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 23:46:23.534612','2026-12-06 23:46:23.534616');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 23:46:23.534618','2026-12-06 23:46:23.534619');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 23:46:23.534621','2026-12-06 23:46:23.534622');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 23:46:23.534623','2026-12-06 23:46:23.534624');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 23:46:23.540589','2026-12-06 23:46:23.546890');
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
INSERT INTO "rotation_turns" VALUES('2026-11-17',2,'serve',1,NULL,'',1,'2026-11-16 23:46:22.000000','2026-12-06 23:46:23.368991');
INSERT INTO "rotation_turns" VALUES('2026-11-17',4,'serve',2,NULL,'',2,'2026-11-17 00:46:22.000000','2026-12-06 23:46:26.724727');
INSERT INTO "rotation_turns" VALUES('2026-11-17',5,'serve',3,NULL,'',3,'2026-11-17 01:46:22.000000','2026-12-06 23:46:23.425528');
INSERT INTO "rotation_turns" VALUES('2026-12-07',4,'skip',NULL,NULL,'',4,'2026-12-06 23:46:22.000000','2026-12-06 23:46:23.562344');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 23:46:22.000000','2026-12-06 23:46:23.569633');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',6,NULL,'',6,'2026-12-06 23:41:26.000000','2026-12-06 23:46:26.537595');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 23:46:22.714844','2026-12-06 23:46:22.714850');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 23:46:22.717596','2026-12-06 23:46:22.717600');
INSERT INTO "settings" VALUES('database.id','"9b127dd3-be85-41c4-a89e-71830c633372"',1,3,'2026-12-06 23:46:23.999888','2026-12-06 23:46:23.999895');
INSERT INTO "settings" VALUES('ids.key_check','"CpQ/zmND9wZxQormrpRFB3uXwVp+2yGI41FVBdvgb4c="',1,4,'2026-12-06 23:46:24.001741','2026-12-06 23:46:24.001744');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 23:46:26.073059','2026-12-06 23:46:26.073065');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 23:46:26.503640','2026-12-06 23:46:26.503644');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-21 01:06:00.000000','','2026-06-20 01:26:00.000000','',1,'2026-06-20 01:06:00.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-21 01:12:00.000000','','2026-06-20 01:32:00.000000','转认购',2,'2026-06-20 01:12:00.000000','2026-12-06 23:46:24.053500',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-21 01:18:00.000000','','2026-06-20 01:38:00.000000','转认购',3,'2026-06-20 01:18:00.000000','2026-12-06 23:46:24.084351',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-21 01:24:00.000000','','2026-06-20 01:44:00.000000','',4,'2026-06-20 01:24:00.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-21 01:30:00.000000','','2026-06-20 01:50:00.000000','',5,'2026-06-20 01:30:00.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-21 01:36:00.000000','','2026-06-20 01:56:00.000000','转认购',6,'2026-06-20 01:36:00.000000','2026-12-06 23:46:24.188171',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 23:46:23.000000','2026-12-06 23:46:25.464623',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 23:46:23.000000','2026-12-06 23:46:25.471050',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 21:46:23.000000','',NULL,'',9,'2026-12-06 21:46:23.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 18:46:23.000000','',NULL,'',10,'2026-12-06 18:46:23.000000','2026-12-06 23:46:25.482880',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-07 03:46:23.000000','',NULL,'',11,'2026-12-06 03:46:23.000000','2026-12-06 23:46:25.488924',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 17:46:23.000000','','2026-12-06 17:46:23.000000','',12,'2026-12-05 17:46:23.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 23:46:23.000000','','2026-12-05 23:46:23.000000','',13,'2026-12-04 23:46:23.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 23:46:23.000000','','2026-12-04 23:46:23.000000','',14,'2026-12-03 23:46:23.000000','2026-12-06 23:46:26.719496',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 23:46:26.000000','',NULL,'',15,'2026-12-06 23:46:26.000000','2026-12-06 23:46:26.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 23:46:23.828713','2026-12-06 23:46:26.049966');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 23:46:23.828713','2026-12-06 23:46:25.488411');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 23:46:23.828713','2026-12-06 23:46:26.098580');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 23:46:23.828713','2026-12-06 23:46:26.128628');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 23:46:23.828713','2026-12-06 23:46:24.285465');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 23:46:23.828713','2026-12-06 23:46:25.476630');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 23:46:23.828713','2026-12-06 23:46:25.256063');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 23:46:23.828713','2026-12-06 23:46:26.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 23:46:23.828713','2026-12-06 23:46:24.401579');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 23:46:23.828713','2026-12-06 23:46:24.367832');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 23:46:23.828713','2026-12-06 23:46:25.354456');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 23:46:23.828713','2026-12-06 23:46:24.721977');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 23:46:23.828713','2026-12-06 23:46:24.652450');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 23:46:23.828713','2026-12-06 23:46:23.828713');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 23:46:23.833673','2026-12-06 23:46:25.482512');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 23:46:23.833673','2026-12-06 23:46:24.925215');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 23:46:23.833673','2026-12-06 23:46:25.067472');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 23:46:23.833673','2026-12-06 23:46:25.323351');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 23:46:23.833673','2026-12-06 23:46:25.095164');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 23:46:23.833673','2026-12-06 23:46:23.833673');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.304726');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.121776');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.202685');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 23:46:23.839813','2026-12-06 23:46:26.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 23:46:23.839813','2026-12-06 23:46:24.445290');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 23:46:23.839813','2026-12-06 23:46:24.510381');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 23:46:23.839813','2026-12-06 23:46:26.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.174919');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 23:46:23.839813','2026-12-06 23:46:24.575054');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.149225');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.227568');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 23:46:23.839813','2026-12-06 23:46:24.977214');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.470712');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 23:46:23.839813','2026-12-06 23:46:25.463627');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 23:46:23.839813','2026-12-06 23:46:23.839813');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 23:46:22.615846','2026-12-06 23:46:22.615855');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 23:46:22.699627','2026-12-06 23:46:22.699632');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 23:46:22.707078','2026-12-06 23:46:22.707082');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 23:46:22.707084','2026-12-06 23:46:22.707084');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 23:46:22.855355','2026-12-06 23:46:22.855358');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 23:46:22.859024','2026-12-06 23:46:22.859027');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 23:46:22.859029','2026-12-06 23:46:22.859030');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 23:46:22.862697','2026-12-06 23:46:22.862700');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 23:46:23.797805','2026-12-06 23:46:23.797809');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 23:46:23.801798','2026-12-06 23:46:23.801801');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 23:46:23.804884','2026-12-06 23:46:23.804888');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 23:46:23.807897','2026-12-06 23:46:23.807900');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 23:46:23.810865','2026-12-06 23:46:23.810869');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$qPD8S65V6WiIW8QuQUuqvg==$Xv1HDwB1dyDgPuqKT6RiHM3X+581niwXe+l5TvR2slk=',1,0,NULL,1,1,'2026-12-06 23:46:22.613519','2026-12-06 23:46:22.613529');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$1qWiByOa9ERmXhOyZUEVOA==$t5Weus4W5vS5M3DY/CMWkDBVaISJT6E1CL3gEF5JaEw=',1,1,NULL,1,2,'2026-12-06 23:46:22.698816','2026-12-06 23:46:22.698826');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 23:46:22.706009','2026-12-06 23:46:22.706013');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 23:46:22.854771','2026-12-06 23:46:22.854777');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 23:46:22.858465','2026-12-06 23:46:22.858477');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 23:46:22.862250','2026-12-06 23:46:22.862254');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 23:46:23.797291','2026-12-06 23:46:23.797299');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 23:46:23.801347','2026-12-06 23:46:23.801352');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 23:46:23.804431','2026-12-06 23:46:23.804435');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 23:46:23.807458','2026-12-06 23:46:23.807462');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 23:46:23.810460','2026-12-06 23:46:23.810464');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 23:46:22.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 23:46:23.360643','2026-12-06 23:46:23.360648');
INSERT INTO "visits" VALUES(2,'2026-11-17 00:46:22.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 23:46:23.392693','2026-12-06 23:46:26.710140');
INSERT INTO "visits" VALUES(3,'2026-11-17 01:46:22.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 23:46:23.421884','2026-12-06 23:46:23.421888');
INSERT INTO "visits" VALUES(1,'2026-12-04 23:46:22.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 23:46:23.434409','2026-12-06 23:46:23.434413');
INSERT INTO "visits" VALUES(2,'2026-12-04 23:46:22.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 23:46:23.451430','2026-12-06 23:46:26.710140');
INSERT INTO "visits" VALUES(4,'2026-12-06 23:41:26.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 23:46:26.533654','2026-12-06 23:46:26.533658');
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
CREATE INDEX ix_change_orders_customer_id ON change_orders (customer_id);
CREATE INDEX ix_change_orders_deal ON change_orders (deal_id);
CREATE INDEX ix_change_orders_status ON change_orders (status, requested_at);
CREATE INDEX ix_refund_vouchers_deal ON refund_vouchers (deal_id);
CREATE INDEX ix_refund_vouchers_order ON refund_vouchers (order_id);
CREATE INDEX ix_inspection_issues_deal ON inspection_issues (deal_id);
CREATE INDEX ix_complaints_customer ON complaints (customer_id);
CREATE INDEX ix_complaints_deal ON complaints (deal_id);
CREATE INDEX ix_complaints_status ON complaints (status, intake_at);
CREATE INDEX ix_complaint_events_complaint ON complaint_events (complaint_id, at);
CREATE INDEX ix_complaint_notes_complaint ON complaint_notes (complaint_id, at);
CREATE INDEX ix_complaint_pauses_complaint ON complaint_pauses (complaint_id);
CREATE INDEX ix_complaint_payments_complaint ON complaint_payments (complaint_id);
CREATE INDEX ix_complaint_visits_complaint ON complaint_visits (complaint_id);
CREATE INDEX ix_complaint_files_note ON complaint_files (note_id);
COMMIT;
