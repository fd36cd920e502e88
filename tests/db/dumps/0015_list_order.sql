BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0015_list_order');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 16:31:30.651808','2026-12-06 16:31:30.651813');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 16:31:30.651815','2026-12-06 16:31:30.651817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 16:31:30.727875','2026-12-06 16:31:30.727880');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 16:31:30.727882','2026-12-06 16:31:30.727883');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 16:31:30.737477','2026-12-06 16:31:30.737481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 16:31:30.737483','2026-12-06 16:31:30.737484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 16:31:30.737485','2026-12-06 16:31:30.737486');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 16:31:30.743751','2026-12-06 16:31:30.743755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 16:31:30.745028','2026-12-06 16:31:30.745031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 16:31:30.752980','2026-12-06 16:31:30.752984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,11,'2026-12-06 16:31:30.801595','2026-12-06 16:31:30.801599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-12-06 16:31:30.801601','2026-12-06 16:31:30.801602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 16:31:30.801603','2026-12-06 16:31:30.801604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 16:31:30.913817','2026-12-06 16:31:30.913821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 16:31:30.913823','2026-12-06 16:31:30.913824');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 16:31:30.917102','2026-12-06 16:31:30.917106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 16:31:30.917107','2026-12-06 16:31:30.917108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 16:31:30.917109','2026-12-06 16:31:30.917110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 16:31:30.919838','2026-12-06 16:31:30.919841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 16:31:30.919842','2026-12-06 16:31:30.919843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-17；顾问=2；顺序=1',NULL,21,'2026-12-06 16:31:30.938051','2026-12-06 16:31:30.938055');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-17；顾问=4；顺序=2',NULL,22,'2026-12-06 16:31:30.938056','2026-12-06 16:31:30.938058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-17；顾问=5；顺序=3',NULL,23,'2026-12-06 16:31:30.938059','2026-12-06 16:31:30.938060');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 16:31:30 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 16:31:31.327909','2026-12-06 16:31:31.327915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 16:31:31.334736','2026-12-06 16:31:31.334740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 16:31:30 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 16:31:31.334742','2026-12-06 16:31:31.334744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-17',NULL,27,'2026-12-06 16:31:31.334745','2026-12-06 16:31:31.334746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-17；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 16:31:31.340853','2026-12-06 16:31:31.340857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-06 16:31:31.351964','2026-12-06 16:31:31.351968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-06 16:31:31.357931','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-06 16:31:31.360893','2026-12-06 16:31:33.019900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-06 16:31:31.360899','2026-12-06 16:31:33.019015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-06 16:31:31.360901','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-17；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,34,'2026-12-06 16:31:31.364930','2026-12-06 16:31:31.364933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,35,'2026-12-06 16:31:31.364935','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 18:31:30 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,36,'2026-12-06 16:31:31.381411','2026-12-06 16:31:31.381416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,37,'2026-12-06 16:31:31.384566','2026-12-06 16:31:31.384570');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 18:31:30 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,38,'2026-12-06 16:31:31.384571','2026-12-06 16:31:31.384573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,39,'2026-12-06 16:31:31.384574','2026-12-06 16:31:31.384575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-17；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,40,'2026-12-06 16:31:31.386889','2026-12-06 16:31:31.386892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 16:31:30 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,41,'2026-12-06 16:31:31.394306','2026-12-06 16:31:31.394309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-17 → 2027-01-04',NULL,42,'2026-12-06 16:31:31.394311','2026-12-06 16:31:31.394312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 16:31:30 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,43,'2026-12-06 16:31:31.405067','2026-12-06 16:31:31.405071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,44,'2026-12-06 16:31:31.408525','2026-12-06 16:31:33.019900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,45,'2026-12-06 16:31:31.408531','2026-12-06 16:31:33.019015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-04',NULL,46,'2026-12-06 16:31:31.408533','2026-12-06 16:31:31.408534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,47,'2026-12-06 16:31:31.419872','2026-12-06 16:31:31.419876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 16:31:30 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,48,'2026-12-06 16:31:31.419878','2026-12-06 16:31:31.419879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,49,'2026-12-06 16:31:31.419880','2026-12-06 16:31:31.419881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,50,'2026-12-06 16:31:31.423860','2026-12-06 16:31:31.423863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,51,'2026-12-06 16:31:31.430108','2026-12-06 16:31:33.019499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,52,'2026-12-06 16:31:31.430115','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,53,'2026-12-06 16:31:31.441700','2026-12-06 16:31:33.020324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,54,'2026-12-06 16:31:31.443729','2026-12-06 16:31:33.019499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-04；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 16:31:30 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,55,'2026-12-06 16:31:31.479452','2026-12-06 16:31:31.479457');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',56,'2026-12-06 16:31:31.479459','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,57,'2026-12-06 16:31:31.482900','2026-12-06 16:31:31.482904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,58,'2026-12-06 16:31:31.487532','2026-12-06 16:31:31.487536');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,59,'2026-12-06 16:31:31.487538','2026-12-06 16:31:31.487539');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,60,'2026-12-06 16:31:31.487540','2026-12-06 16:31:31.487540');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,61,'2026-12-06 16:31:31.487542','2026-12-06 16:31:31.487543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,62,'2026-12-06 16:31:31.494969','2026-12-06 16:31:31.494974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,63,'2026-12-06 16:31:31.494976','2026-12-06 16:31:31.494978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,64,'2026-12-06 16:31:31.494979','2026-12-06 16:31:31.494980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,65,'2026-12-06 16:31:31.494982','2026-12-06 16:31:31.494983');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,66,'2026-12-06 16:31:31.500829','2026-12-06 16:31:31.500833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,67,'2026-12-06 16:31:31.507315','2026-12-06 16:31:31.507319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,68,'2026-12-06 16:31:31.510569','2026-12-06 16:31:31.510572');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-07；顾问=4；顺序=1',NULL,69,'2026-12-06 16:31:31.516285','2026-12-06 16:31:31.516289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-07；顾问=2；顺序=2',NULL,70,'2026-12-06 16:31:31.516291','2026-12-06 16:31:31.516292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-07；顾问=5；顺序=3',NULL,71,'2026-12-06 16:31:31.516293','2026-12-06 16:31:31.516294');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-07；顾问=4；类型=''跳过''；备注=''''',NULL,72,'2026-12-06 16:31:31.521349','2026-12-06 16:31:31.521353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-07；顾问=2；类型=''接待''；备注=''''',NULL,73,'2026-12-06 16:31:31.523910','2026-12-06 16:31:31.523913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,74,'2026-12-06 16:31:31.527915','2026-12-06 16:31:31.527919');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,75,'2026-12-06 16:31:31.534277','2026-12-06 16:31:31.534281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 16:31:30 UTC',NULL,76,'2026-12-06 16:31:31.539009','2026-12-06 16:31:31.539012');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,77,'2026-12-06 16:31:31.678257','2026-12-06 16:31:31.678261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,78,'2026-12-06 16:31:31.678263','2026-12-06 16:31:31.678264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,79,'2026-12-06 16:31:31.680991','2026-12-06 16:31:31.680995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,80,'2026-12-06 16:31:31.680996','2026-12-06 16:31:31.680997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,81,'2026-12-06 16:31:31.683545','2026-12-06 16:31:31.683549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,82,'2026-12-06 16:31:31.683551','2026-12-06 16:31:31.683552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,83,'2026-12-06 16:31:31.686080','2026-12-06 16:31:31.686083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,84,'2026-12-06 16:31:31.686085','2026-12-06 16:31:31.686086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,85,'2026-12-06 16:31:31.688438','2026-12-06 16:31:31.688441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,86,'2026-12-06 16:31:31.688442','2026-12-06 16:31:31.688443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-21；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-20',NULL,87,'2026-12-06 16:31:31.697902','2026-12-06 16:31:31.697906');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,88,'2026-12-06 16:31:31.705100','2026-12-06 16:31:31.705104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,89,'2026-12-06 16:31:31.705105','2026-12-06 16:31:31.705106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 16:31:31.710417','2026-12-06 16:31:31.710421');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,91,'2026-12-06 16:31:31.710423','2026-12-06 16:31:31.710424');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-06 16:31:31.715948','2026-12-06 16:31:31.715952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,93,'2026-12-06 16:31:31.715954','2026-12-06 16:31:31.715955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,94,'2026-12-06 16:31:31.724950','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-22；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-12-06 16:31:31.733817','2026-12-06 16:31:33.030757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,96,'2026-12-06 16:31:31.739848','2026-12-06 16:31:31.739852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-25；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-12-06 16:31:31.743239','2026-12-06 16:31:31.743243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,98,'2026-12-06 16:31:31.747993','2026-12-06 16:31:31.747997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-29；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-12-06 16:31:31.751441','2026-12-06 16:31:31.751445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,100,'2026-12-06 16:31:31.756234','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-01；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-12-06 16:31:31.759588','2026-12-06 16:31:33.031112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,102,'2026-12-06 16:31:31.764260','2026-12-06 16:31:31.764264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-05；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-12-06 16:31:31.767569','2026-12-06 16:31:31.767573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,104,'2026-12-06 16:31:31.772267','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-09；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-12-06 16:31:31.775487','2026-12-06 16:31:33.031465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,106,'2026-12-06 16:31:31.780002','2026-12-06 16:31:31.780005');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-12；出纳=8；note=''''；作废原因=''''',NULL,107,'2026-12-06 16:31:31.783221','2026-12-06 16:31:31.783224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,108,'2026-12-06 16:31:31.787654','2026-12-06 16:31:31.787657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-16 07:00:00 UTC；closed_by_id：（空） → 7',NULL,109,'2026-12-06 16:31:31.794836','2026-12-06 16:31:31.794840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-17 07:04:00 UTC；closed_by_id：（空） → 8',NULL,110,'2026-12-06 16:31:31.800250','2026-12-06 16:31:31.800255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,111,'2026-12-06 16:31:31.818909','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,112,'2026-12-06 16:31:31.818915','2026-12-06 16:31:31.818916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,113,'2026-12-06 16:31:31.828518','2026-12-06 16:31:31.828521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,114,'2026-12-06 16:31:31.831436','2026-12-06 16:31:31.831440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-20 01:26:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,115,'2026-12-06 16:31:31.838128','2026-12-06 16:31:33.026388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,116,'2026-12-06 16:31:31.838133','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,117,'2026-12-06 16:31:31.840241','2026-12-06 16:31:31.840244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,118,'2026-12-06 16:31:31.846513','2026-12-06 16:31:31.846516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,119,'2026-12-06 16:31:31.846517','2026-12-06 16:31:31.846518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,120,'2026-12-06 16:31:31.846519','2026-12-06 16:31:31.846520');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-20 01:26:00 UTC；经办人=4；说明=''''',NULL,121,'2026-12-06 16:31:31.846521','2026-12-06 16:31:31.846522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,122,'2026-12-06 16:31:31.850566','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,123,'2026-12-06 16:31:31.850571','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,124,'2026-12-06 16:31:31.850573','2026-12-06 16:31:31.850574');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,125,'2026-12-06 16:31:31.850575','2026-12-06 16:31:31.850576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,126,'2026-12-06 16:31:31.852148','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-21 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,127,'2026-12-06 16:31:31.857870','2026-12-06 16:31:31.857873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,128,'2026-12-06 16:31:31.857875','2026-12-06 16:31:31.857876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-20 01:32:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,129,'2026-12-06 16:31:31.865482','2026-12-06 16:31:31.865486');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-20 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,130,'2026-12-06 16:31:31.865487','2026-12-06 16:31:31.865488');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,131,'2026-12-06 16:31:31.866931','2026-12-06 16:31:31.866934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,132,'2026-12-06 16:31:31.869879','2026-12-06 16:31:31.869882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,133,'2026-12-06 16:31:31.869884','2026-12-06 16:31:31.869884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,134,'2026-12-06 16:31:31.869886','2026-12-06 16:31:31.869886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-20 01:32:00 UTC；经办人=2；说明=''''',NULL,135,'2026-12-06 16:31:31.869888','2026-12-06 16:31:31.869889');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,136,'2026-12-06 16:31:31.872092','2026-12-06 16:31:31.872095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,137,'2026-12-06 16:31:31.872096','2026-12-06 16:31:31.872097');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,138,'2026-12-06 16:31:31.872098','2026-12-06 16:31:31.872100');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-21 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,139,'2026-12-06 16:31:31.877992','2026-12-06 16:31:31.877995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,140,'2026-12-06 16:31:31.877996','2026-12-06 16:31:31.877997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-20 01:38:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,141,'2026-12-06 16:31:31.885636','2026-12-06 16:31:31.885640');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-20 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,142,'2026-12-06 16:31:31.885642','2026-12-06 16:31:31.885643');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,143,'2026-12-06 16:31:31.887097','2026-12-06 16:31:31.887100');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,144,'2026-12-06 16:31:31.890017','2026-12-06 16:31:31.890020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,145,'2026-12-06 16:31:31.890022','2026-12-06 16:31:31.890023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,146,'2026-12-06 16:31:31.890024','2026-12-06 16:31:31.890025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-20 01:38:00 UTC；经办人=2；说明=''''',NULL,147,'2026-12-06 16:31:31.890026','2026-12-06 16:31:31.890026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,148,'2026-12-06 16:31:31.892228','2026-12-06 16:31:31.892231');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,149,'2026-12-06 16:31:31.892232','2026-12-06 16:31:31.892233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,150,'2026-12-06 16:31:31.892234','2026-12-06 16:31:31.892235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,151,'2026-12-06 16:31:31.898101','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,152,'2026-12-06 16:31:31.898105','2026-12-06 16:31:31.898106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-20 01:44:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,153,'2026-12-06 16:31:31.905891','2026-12-06 16:31:33.026876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,154,'2026-12-06 16:31:31.905896','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,155,'2026-12-06 16:31:31.907349','2026-12-06 16:31:31.907351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,156,'2026-12-06 16:31:31.910402','2026-12-06 16:31:31.910405');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,157,'2026-12-06 16:31:31.910407','2026-12-06 16:31:31.910408');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,158,'2026-12-06 16:31:31.910409','2026-12-06 16:31:31.910410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-20 01:44:00 UTC；经办人=4；说明=''''',NULL,159,'2026-12-06 16:31:31.910411','2026-12-06 16:31:31.910412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,160,'2026-12-06 16:31:31.912926','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,161,'2026-12-06 16:31:31.912931','2026-12-06 16:31:31.912932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,162,'2026-12-06 16:31:31.912933','2026-12-06 16:31:31.912934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,163,'2026-12-06 16:31:31.914174','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,164,'2026-12-06 16:31:31.919747','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,165,'2026-12-06 16:31:31.919752','2026-12-06 16:31:31.919753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-20 01:50:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,166,'2026-12-06 16:31:31.927328','2026-12-06 16:31:33.027255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,167,'2026-12-06 16:31:31.927333','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,168,'2026-12-06 16:31:31.928778','2026-12-06 16:31:31.928781');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,169,'2026-12-06 16:31:31.931788','2026-12-06 16:31:31.931791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,170,'2026-12-06 16:31:31.931793','2026-12-06 16:31:31.931794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,171,'2026-12-06 16:31:31.931795','2026-12-06 16:31:31.931796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-20 01:50:00 UTC；经办人=4；说明=''''',NULL,172,'2026-12-06 16:31:31.931797','2026-12-06 16:31:31.931798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,173,'2026-12-06 16:31:31.934552','2026-12-06 16:31:31.934556');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,174,'2026-12-06 16:31:31.934557','2026-12-06 16:31:31.934558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,175,'2026-12-06 16:31:31.934559','2026-12-06 16:31:33.021756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,176,'2026-12-06 16:31:31.935787','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-21 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,177,'2026-12-06 16:31:31.946348','2026-12-06 16:31:31.946351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,178,'2026-12-06 16:31:31.946353','2026-12-06 16:31:31.946354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-20 01:56:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,179,'2026-12-06 16:31:31.954118','2026-12-06 16:31:31.954121');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-20 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,180,'2026-12-06 16:31:31.954122','2026-12-06 16:31:31.954123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,181,'2026-12-06 16:31:31.955591','2026-12-06 16:31:31.955594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,182,'2026-12-06 16:31:31.958527','2026-12-06 16:31:31.958530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,183,'2026-12-06 16:31:31.958532','2026-12-06 16:31:31.958533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,184,'2026-12-06 16:31:31.958534','2026-12-06 16:31:31.958535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-20 01:56:00 UTC；经办人=2；说明=''''',NULL,185,'2026-12-06 16:31:31.958536','2026-12-06 16:31:31.958537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,186,'2026-12-06 16:31:31.960760','2026-12-06 16:31:31.960764');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,187,'2026-12-06 16:31:31.960765','2026-12-06 16:31:31.960766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,188,'2026-12-06 16:31:31.960767','2026-12-06 16:31:31.960768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,189,'2026-12-06 16:31:31.967399','2026-12-06 16:31:31.967403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 16:31:31.969388','2026-12-06 16:31:33.031778');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-03',NULL,191,'2026-12-06 16:31:31.973734','2026-12-06 16:31:31.973737');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,192,'2026-12-06 16:31:31.975811','2026-12-06 16:31:33.032077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-26 04:46:00 UTC；经办人=7；说明=''''',NULL,193,'2026-12-06 16:31:31.981637','2026-12-06 16:31:31.981640');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062613349''；签约时间：（空） → 2026-06-26 04:46:00 UTC',NULL,194,'2026-12-06 16:31:31.981642','2026-12-06 16:31:31.981642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,195,'2026-12-06 16:31:31.985446','2026-12-06 16:31:31.985449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,196,'2026-12-06 16:31:31.993713','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,197,'2026-12-06 16:31:31.993719','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,198,'2026-12-06 16:31:31.993721','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,199,'2026-12-06 16:31:31.995485','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-05 02:25:00 UTC；经办人=7；说明=''''',NULL,200,'2026-12-06 16:31:31.999683','2026-12-06 16:31:31.999685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-05',NULL,201,'2026-12-06 16:31:31.999687','2026-12-06 16:31:31.999688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-11 01:07:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 16:31:32.002955','2026-12-06 16:31:32.002957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 16:31:32.002959','2026-12-06 16:31:32.002960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-16 04:39:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 16:31:32.005655','2026-12-06 16:31:32.005658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 16:31:32.005659','2026-12-06 16:31:32.005661');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-26 03:18:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 16:31:32.008294','2026-12-06 16:31:32.008297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 16:31:32.008299','2026-12-06 16:31:32.008300');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-04 03:11:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 16:31:32.010989','2026-12-06 16:31:32.010992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 16:31:32.010994','2026-12-06 16:31:32.010995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-20 03:26:00 UTC；经办人=10；说明=''''',NULL,210,'2026-12-06 16:31:32.013707','2026-12-06 16:31:32.013710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,211,'2026-12-06 16:31:32.013711','2026-12-06 16:31:32.013712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-20',NULL,212,'2026-12-06 16:31:32.015363','2026-12-06 16:31:32.015366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,213,'2026-12-06 16:31:32.017365','2026-12-06 16:31:32.017369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,214,'2026-12-06 16:31:32.028012','2026-12-06 16:31:32.028014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,215,'2026-12-06 16:31:32.028016','2026-12-06 16:31:32.028017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-19；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,216,'2026-12-06 16:31:32.030709','2026-12-06 16:31:32.030713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-19 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,217,'2026-12-06 16:31:32.030714','2026-12-06 16:31:32.030715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-19 01:35:00 UTC',NULL,218,'2026-12-06 16:31:32.030716','2026-12-06 16:31:32.030717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,219,'2026-12-06 16:31:32.032463','2026-12-06 16:31:32.032466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-25',NULL,220,'2026-12-06 16:31:32.035872','2026-12-06 16:31:32.035876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 16:31:32.037825','2026-12-06 16:31:33.032396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,222,'2026-12-06 16:31:32.042676','2026-12-06 16:31:32.042679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 16:31:32.044586','2026-12-06 16:31:32.044590');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-04',NULL,224,'2026-12-06 16:31:32.048791','2026-12-06 16:31:32.048794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,225,'2026-12-06 16:31:32.050646','2026-12-06 16:31:32.050650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-23 06:31:00 UTC；经办人=7；说明=''''',NULL,226,'2026-12-06 16:31:32.055711','2026-12-06 16:31:32.055722');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062399846''；签约时间：（空） → 2026-06-23 06:31:00 UTC',NULL,227,'2026-12-06 16:31:32.055724','2026-12-06 16:31:32.055725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,228,'2026-12-06 16:31:32.058366','2026-12-06 16:31:32.058370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-23 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,229,'2026-12-06 16:31:32.062332','2026-12-06 16:31:32.062335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,230,'2026-12-06 16:31:32.062336','2026-12-06 16:31:32.062337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,231,'2026-12-06 16:31:32.062338','2026-12-06 16:31:32.062339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-02 06:41:00 UTC；经办人=7；说明=''''',NULL,232,'2026-12-06 16:31:32.065187','2026-12-06 16:31:32.065189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-02',NULL,233,'2026-12-06 16:31:32.065191','2026-12-06 16:31:32.065192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-07 01:08:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 16:31:32.067773','2026-12-06 16:31:32.067776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 16:31:32.067778','2026-12-06 16:31:32.067779');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-14 03:36:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 16:31:32.070440','2026-12-06 16:31:32.070443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 16:31:32.070444','2026-12-06 16:31:32.070445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-28 05:58:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 16:31:32.073092','2026-12-06 16:31:32.073095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 16:31:32.073097','2026-12-06 16:31:32.073098');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-07 09:39:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 16:31:32.075768','2026-12-06 16:31:32.075771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 16:31:32.075773','2026-12-06 16:31:32.075774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-20 05:04:00 UTC；经办人=10；说明=''''',NULL,242,'2026-12-06 16:31:32.078478','2026-12-06 16:31:32.078481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,243,'2026-12-06 16:31:32.078483','2026-12-06 16:31:32.078484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-20',NULL,244,'2026-12-06 16:31:32.080090','2026-12-06 16:31:32.080093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,245,'2026-12-06 16:31:32.082011','2026-12-06 16:31:32.082014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,246,'2026-12-06 16:31:32.089311','2026-12-06 16:31:32.089313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,247,'2026-12-06 16:31:32.089315','2026-12-06 16:31:32.089316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-15；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,248,'2026-12-06 16:31:32.091314','2026-12-06 16:31:32.091317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-15 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,249,'2026-12-06 16:31:32.091319','2026-12-06 16:31:32.091320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-15 05:33:00 UTC',NULL,250,'2026-12-06 16:31:32.091321','2026-12-06 16:31:32.091322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,251,'2026-12-06 16:31:32.093014','2026-12-06 16:31:32.093017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-20',NULL,252,'2026-12-06 16:31:32.094938','2026-12-06 16:31:32.094941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-20；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 16:31:32.096847','2026-12-06 16:31:32.096852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-20',NULL,254,'2026-12-06 16:31:32.101571','2026-12-06 16:31:32.101574');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 16:31:32.103387','2026-12-06 16:31:32.103391');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-30',NULL,256,'2026-12-06 16:31:32.107409','2026-12-06 16:31:32.107412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-30；出纳=8；note=''''；作废原因=''''',NULL,257,'2026-12-06 16:31:32.109191','2026-12-06 16:31:32.109194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-25 05:15:00 UTC；经办人=7；说明=''''',NULL,258,'2026-12-06 16:31:32.113990','2026-12-06 16:31:32.113993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062587853''；签约时间：（空） → 2026-06-25 05:15:00 UTC',NULL,259,'2026-12-06 16:31:32.113995','2026-12-06 16:31:32.113996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,260,'2026-12-06 16:31:32.116574','2026-12-06 16:31:32.116578');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-25 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,261,'2026-12-06 16:31:32.120375','2026-12-06 16:31:32.120378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,262,'2026-12-06 16:31:32.120380','2026-12-06 16:31:32.120381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,263,'2026-12-06 16:31:32.120382','2026-12-06 16:31:32.120383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-04 08:30:00 UTC；经办人=7；说明=''''',NULL,264,'2026-12-06 16:31:32.123148','2026-12-06 16:31:32.123151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-04',NULL,265,'2026-12-06 16:31:32.123152','2026-12-06 16:31:32.123153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-09 02:50:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 16:31:32.125717','2026-12-06 16:31:32.125720');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 16:31:32.125721','2026-12-06 16:31:32.125722');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-18 01:34:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 16:31:32.128239','2026-12-06 16:31:32.128242');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 16:31:32.128243','2026-12-06 16:31:32.128244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-31 01:54:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 16:31:32.130804','2026-12-06 16:31:32.130807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 16:31:32.130809','2026-12-06 16:31:32.130810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-07 07:43:00 UTC；经办人=10；说明=''''',NULL,272,'2026-12-06 16:31:32.133327','2026-12-06 16:31:32.133329');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,273,'2026-12-06 16:31:32.133331','2026-12-06 16:31:32.133332');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,274,'2026-12-06 16:31:32.135743','2026-12-06 16:31:32.135746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 16:31:32.138026','2026-12-06 16:31:33.032711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-29',NULL,276,'2026-12-06 16:31:32.146833','2026-12-06 16:31:32.146837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,277,'2026-12-06 16:31:32.148670','2026-12-06 16:31:33.032999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-24 08:15:00 UTC；经办人=7；说明=''''',NULL,278,'2026-12-06 16:31:32.153733','2026-12-06 16:31:32.153735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062456438''；签约时间：（空） → 2026-06-24 08:15:00 UTC',NULL,279,'2026-12-06 16:31:32.153737','2026-12-06 16:31:32.153738');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,280,'2026-12-06 16:31:32.156274','2026-12-06 16:31:32.156277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,281,'2026-12-06 16:31:32.160065','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,282,'2026-12-06 16:31:32.160070','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,283,'2026-12-06 16:31:32.160072','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,284,'2026-12-06 16:31:32.161721','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-02 06:59:00 UTC；经办人=7；说明=''''',NULL,285,'2026-12-06 16:31:32.164022','2026-12-06 16:31:32.164025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-02',NULL,286,'2026-12-06 16:31:32.164026','2026-12-06 16:31:32.164027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-09 06:50:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 16:31:32.166594','2026-12-06 16:31:32.166597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 16:31:32.166598','2026-12-06 16:31:32.166599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-17 07:08:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 16:31:32.169098','2026-12-06 16:31:32.169100');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 16:31:32.169102','2026-12-06 16:31:32.169102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-29 05:51:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 16:31:32.171553','2026-12-06 16:31:32.171555');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 16:31:32.171557','2026-12-06 16:31:32.171558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-07 06:33:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 16:31:32.174018','2026-12-06 16:31:32.174021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 16:31:32.174022','2026-12-06 16:31:32.174023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-19 04:47:00 UTC；经办人=10；说明=''''',NULL,295,'2026-12-06 16:31:32.176532','2026-12-06 16:31:32.176535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,296,'2026-12-06 16:31:32.176536','2026-12-06 16:31:32.176538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-19',NULL,297,'2026-12-06 16:31:32.178085','2026-12-06 16:31:32.178087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 16:31:32.179920','2026-12-06 16:31:32.179923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,299,'2026-12-06 16:31:32.184992','2026-12-06 16:31:32.184994');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,300,'2026-12-06 16:31:32.186786','2026-12-06 16:31:33.033323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-21 03:00:00 UTC',NULL,301,'2026-12-06 16:31:32.191495','2026-12-06 16:31:32.191498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-04',NULL,302,'2026-12-06 16:31:32.192905','2026-12-06 16:31:32.192908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,303,'2026-12-06 16:31:32.194657','2026-12-06 16:31:33.033619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-26 02:27:00 UTC；经办人=7；说明=''''',NULL,304,'2026-12-06 16:31:32.199307','2026-12-06 16:31:32.199310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062655680''；签约时间：（空） → 2026-06-26 02:27:00 UTC',NULL,305,'2026-12-06 16:31:32.199311','2026-12-06 16:31:32.199312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,306,'2026-12-06 16:31:32.201832','2026-12-06 16:31:32.201835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,307,'2026-12-06 16:31:32.205662','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,308,'2026-12-06 16:31:32.205667','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,309,'2026-12-06 16:31:32.205669','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,310,'2026-12-06 16:31:32.207236','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-05 05:56:00 UTC；经办人=7；说明=''''',NULL,311,'2026-12-06 16:31:32.209791','2026-12-06 16:31:32.209795');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-05',NULL,312,'2026-12-06 16:31:32.209796','2026-12-06 16:31:32.209796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-12 07:20:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 16:31:32.211704','2026-12-06 16:31:32.211706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 16:31:32.211707','2026-12-06 16:31:32.211707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-20 08:06:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 16:31:32.213469','2026-12-06 16:31:32.213471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 16:31:32.213472','2026-12-06 16:31:32.213473');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-31 03:41:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 16:31:32.215103','2026-12-06 16:31:32.215105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 16:31:32.215106','2026-12-06 16:31:32.215107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-07 02:23:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 16:31:32.216766','2026-12-06 16:31:32.216768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 16:31:32.216769','2026-12-06 16:31:32.216770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-22 08:09:00 UTC；经办人=10；说明=''''',NULL,321,'2026-12-06 16:31:32.218416','2026-12-06 16:31:32.218417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,322,'2026-12-06 16:31:32.218418','2026-12-06 16:31:32.218419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-22',NULL,323,'2026-12-06 16:31:32.219423','2026-12-06 16:31:32.219425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-22；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 16:31:32.220632','2026-12-06 16:31:32.220634');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,325,'2026-12-06 16:31:32.224134','2026-12-06 16:31:32.224136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 16:31:32.225344','2026-12-06 16:31:32.225346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-05',NULL,327,'2026-12-06 16:31:32.227974','2026-12-06 16:31:32.227975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-05；出纳=8；note=''''；作废原因=''''',NULL,328,'2026-12-06 16:31:32.229153','2026-12-06 16:31:32.229155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-23 04:03:00 UTC；经办人=7；说明=''''',NULL,329,'2026-12-06 16:31:32.232273','2026-12-06 16:31:32.232275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062358361''；签约时间：（空） → 2026-06-23 04:03:00 UTC',NULL,330,'2026-12-06 16:31:32.232277','2026-12-06 16:31:32.232277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,331,'2026-12-06 16:31:32.233971','2026-12-06 16:31:32.233973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-23 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,332,'2026-12-06 16:31:32.236431','2026-12-06 16:31:32.236433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,333,'2026-12-06 16:31:32.236434','2026-12-06 16:31:32.236435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,334,'2026-12-06 16:31:32.236435','2026-12-06 16:31:32.236436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-29 08:30:00 UTC；经办人=7；说明=''''',NULL,335,'2026-12-06 16:31:32.238237','2026-12-06 16:31:32.238239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-29',NULL,336,'2026-12-06 16:31:32.238240','2026-12-06 16:31:32.238241');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-03 02:50:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 16:31:32.239830','2026-12-06 16:31:32.239832');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 16:31:32.239833','2026-12-06 16:31:32.239833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-10 05:29:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 16:31:32.241469','2026-12-06 16:31:32.241471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 16:31:32.241472','2026-12-06 16:31:32.241472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-21 03:02:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 16:31:32.243083','2026-12-06 16:31:32.243085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 16:31:32.243085','2026-12-06 16:31:32.243086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-28 01:36:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 16:31:32.244763','2026-12-06 16:31:32.244765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 16:31:32.244766','2026-12-06 16:31:32.244766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-10 02:39:00 UTC；经办人=10；说明=''''',NULL,345,'2026-12-06 16:31:32.246419','2026-12-06 16:31:32.246421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,346,'2026-12-06 16:31:32.246422','2026-12-06 16:31:32.246422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-10',NULL,347,'2026-12-06 16:31:32.247410','2026-12-06 16:31:32.247412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''',NULL,348,'2026-12-06 16:31:32.248590','2026-12-06 16:31:32.248593');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-21 04:49:00 UTC；签约期限=2026-11-28；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,349,'2026-12-06 16:31:32.254467','2026-12-06 16:31:33.027596');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,350,'2026-12-06 16:31:32.255322','2026-12-06 16:31:32.255324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-21；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,351,'2026-12-06 16:31:32.257240','2026-12-06 16:31:32.257243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-06；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,352,'2026-12-06 16:31:32.257243','2026-12-06 16:31:32.257244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-20；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,353,'2026-12-06 16:31:32.257245','2026-12-06 16:31:32.257245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-21 04:49:00 UTC；经办人=4；说明=''''',NULL,354,'2026-12-06 16:31:32.257246','2026-12-06 16:31:32.257246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,355,'2026-12-06 16:31:32.258341','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-21',NULL,356,'2026-12-06 16:31:32.259851','2026-12-06 16:31:32.259853');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 16:31:32.261038','2026-12-06 16:31:33.033914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,358,'2026-12-06 16:31:32.263648','2026-12-06 16:31:32.263649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,359,'2026-12-06 16:31:32.264827','2026-12-06 16:31:33.034202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-22 08:53:00 UTC；经办人=7；说明=''''',NULL,360,'2026-12-06 16:31:32.267940','2026-12-06 16:31:32.267942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112281882''；签约时间：（空） → 2026-11-22 08:53:00 UTC',NULL,361,'2026-12-06 16:31:32.267943','2026-12-06 16:31:32.267944');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,362,'2026-12-06 16:31:32.269626','2026-12-06 16:31:32.269628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,363,'2026-12-06 16:31:32.272349','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,364,'2026-12-06 16:31:32.272351','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,365,'2026-12-06 16:31:32.272353','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,366,'2026-12-06 16:31:32.273456','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-02 06:06:00 UTC；经办人=7；说明=''''',NULL,367,'2026-12-06 16:31:32.274968','2026-12-06 16:31:32.274969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-02',NULL,368,'2026-12-06 16:31:32.274970','2026-12-06 16:31:32.274971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-05 04:57:00 UTC；经办人=10；说明=''''',NULL,369,'2026-12-06 16:31:32.276615','2026-12-06 16:31:32.276617');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,370,'2026-12-06 16:31:32.276618','2026-12-06 16:31:32.276619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-03 02:43:00 UTC；签约期限=2026-11-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,371,'2026-12-06 16:31:32.280687','2026-12-06 16:31:33.027926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,372,'2026-12-06 16:31:32.281521','2026-12-06 16:31:32.281523');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-03；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,373,'2026-12-06 16:31:32.283178','2026-12-06 16:31:32.283180');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-03；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,374,'2026-12-06 16:31:32.283181','2026-12-06 16:31:32.283182');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-03 02:43:00 UTC；经办人=4；说明=''''',NULL,375,'2026-12-06 16:31:32.283182','2026-12-06 16:31:32.283183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,376,'2026-12-06 16:31:32.284176','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-03',NULL,377,'2026-12-06 16:31:32.285702','2026-12-06 16:31:32.285704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-03；出纳=8；note=''''；作废原因=''''',NULL,378,'2026-12-06 16:31:32.286854','2026-12-06 16:31:33.034489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-07 07:03:00 UTC；经办人=7；说明=''''',NULL,379,'2026-12-06 16:31:32.290002','2026-12-06 16:31:32.290003');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110750101''；签约时间：（空） → 2026-11-07 07:03:00 UTC',NULL,380,'2026-12-06 16:31:32.290004','2026-12-06 16:31:32.290005');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,381,'2026-12-06 16:31:32.291646','2026-12-06 16:31:32.291648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,382,'2026-12-06 16:31:32.294222','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,383,'2026-12-06 16:31:32.294225','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,384,'2026-12-06 16:31:32.294226','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,385,'2026-12-06 16:31:32.295231','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-13 04:11:00 UTC；经办人=7；说明=''''',NULL,386,'2026-12-06 16:31:32.296686','2026-12-06 16:31:32.296688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-13',NULL,387,'2026-12-06 16:31:32.296689','2026-12-06 16:31:32.296689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,388,'2026-12-06 16:31:32.299005','2026-12-06 16:31:32.299007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,389,'2026-12-06 16:31:32.299008','2026-12-06 16:31:32.299008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-16；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,390,'2026-12-06 16:31:32.301764','2026-12-06 16:31:32.301766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-16；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,391,'2026-12-06 16:31:32.301767','2026-12-06 16:31:32.301768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-16 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,392,'2026-12-06 16:31:32.301768','2026-12-06 16:31:32.301769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-16 09:40:00 UTC',NULL,393,'2026-12-06 16:31:32.301769','2026-12-06 16:31:32.301770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,394,'2026-12-06 16:31:32.302876','2026-12-06 16:31:32.302877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-19',NULL,395,'2026-12-06 16:31:32.304248','2026-12-06 16:31:32.304250');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 16:31:32.305498','2026-12-06 16:31:33.034768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-17',NULL,397,'2026-12-06 16:31:32.307934','2026-12-06 16:31:32.307936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,398,'2026-12-06 16:31:32.309100','2026-12-06 16:31:33.035054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-29 09:34:00 UTC；签约期限=2026-11-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,399,'2026-12-06 16:31:32.314454','2026-12-06 16:31:32.314456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,400,'2026-12-06 16:31:32.315290','2026-12-06 16:31:32.315292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-29；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,401,'2026-12-06 16:31:32.316853','2026-12-06 16:31:32.316855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-28；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,402,'2026-12-06 16:31:32.316856','2026-12-06 16:31:32.316856');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-29 09:34:00 UTC；经办人=2；说明=''''',NULL,403,'2026-12-06 16:31:32.316857','2026-12-06 16:31:32.316857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-29',NULL,404,'2026-12-06 16:31:32.318591','2026-12-06 16:31:32.318593');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-29；出纳=8；note=''''；作废原因=''''',NULL,405,'2026-12-06 16:31:32.319747','2026-12-06 16:31:32.319749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-11-01 08:14:00 UTC；经办人=7；说明=''''',NULL,406,'2026-12-06 16:31:32.322901','2026-12-06 16:31:32.322903');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126110168856''；签约时间：（空） → 2026-11-01 08:14:00 UTC',NULL,407,'2026-12-06 16:31:32.322904','2026-12-06 16:31:32.322904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,408,'2026-12-06 16:31:32.324547','2026-12-06 16:31:32.324549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-11-01 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,409,'2026-12-06 16:31:32.326988','2026-12-06 16:31:32.326990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-02 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,410,'2026-12-06 16:31:32.326991','2026-12-06 16:31:32.326992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-03 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,411,'2026-12-06 16:31:32.326992','2026-12-06 16:31:32.326993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-11 02:08:00 UTC；经办人=7；说明=''''',NULL,412,'2026-12-06 16:31:32.328742','2026-12-06 16:31:32.328745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-11',NULL,413,'2026-12-06 16:31:32.328746','2026-12-06 16:31:32.328746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,414,'2026-12-06 16:31:32.331511','2026-12-06 16:31:32.331512');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,415,'2026-12-06 16:31:32.331513','2026-12-06 16:31:32.331513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-14；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,416,'2026-12-06 16:31:32.332741','2026-12-06 16:31:32.332743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-14 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,417,'2026-12-06 16:31:32.332744','2026-12-06 16:31:32.332744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-14 08:05:00 UTC',NULL,418,'2026-12-06 16:31:32.332745','2026-12-06 16:31:32.332745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,419,'2026-12-06 16:31:32.333786','2026-12-06 16:31:32.333788');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-20',NULL,420,'2026-12-06 16:31:32.334992','2026-12-06 16:31:32.334993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,421,'2026-12-06 16:31:32.336161','2026-12-06 16:31:32.336163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-30 08:36:00 UTC；签约期限=2026-09-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,422,'2026-12-06 16:31:32.341520','2026-12-06 16:31:32.341522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,423,'2026-12-06 16:31:32.342345','2026-12-06 16:31:32.342346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,424,'2026-12-06 16:31:32.343892','2026-12-06 16:31:32.343894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-29；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,425,'2026-12-06 16:31:32.343895','2026-12-06 16:31:32.343896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-30 08:36:00 UTC；经办人=2；说明=''''',NULL,426,'2026-12-06 16:31:32.343897','2026-12-06 16:31:32.343897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-30',NULL,427,'2026-12-06 16:31:32.345639','2026-12-06 16:31:32.345641');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-30；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 16:31:32.346790','2026-12-06 16:31:32.346792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-23',NULL,429,'2026-12-06 16:31:32.349441','2026-12-06 16:31:32.349443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-23；出纳=8；note=''''；作废原因=''''',NULL,430,'2026-12-06 16:31:32.350604','2026-12-06 16:31:32.350606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-31 05:49:00 UTC；经办人=7；说明=''''',NULL,431,'2026-12-06 16:31:32.353931','2026-12-06 16:31:32.353933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083119420''；签约时间：（空） → 2026-08-31 05:49:00 UTC',NULL,432,'2026-12-06 16:31:32.353934','2026-12-06 16:31:32.353935');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,433,'2026-12-06 16:31:32.355574','2026-12-06 16:31:32.355576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-31 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,434,'2026-12-06 16:31:32.358018','2026-12-06 16:31:32.358019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-09-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,435,'2026-12-06 16:31:32.358020','2026-12-06 16:31:32.358020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,436,'2026-12-06 16:31:32.358021','2026-12-06 16:31:32.358022');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-08 07:48:00 UTC；经办人=7；说明=''''',NULL,437,'2026-12-06 16:31:32.359746','2026-12-06 16:31:32.359748');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-08',NULL,438,'2026-12-06 16:31:32.359749','2026-12-06 16:31:32.359749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-10-01 06:41:00 UTC；签约期限=2026-10-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,439,'2026-12-06 16:31:32.363824','2026-12-06 16:31:32.363826');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,440,'2026-12-06 16:31:32.364653','2026-12-06 16:31:32.364655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,441,'2026-12-06 16:31:32.366396','2026-12-06 16:31:32.366398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-16；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,442,'2026-12-06 16:31:32.366399','2026-12-06 16:31:32.366400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-30；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,443,'2026-12-06 16:31:32.366400','2026-12-06 16:31:32.366401');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-10-01 06:41:00 UTC；经办人=2；说明=''''',NULL,444,'2026-12-06 16:31:32.366401','2026-12-06 16:31:32.366402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-10-01',NULL,445,'2026-12-06 16:31:32.368162','2026-12-06 16:31:32.368164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-10-01；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 16:31:32.369359','2026-12-06 16:31:32.369361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-11',NULL,447,'2026-12-06 16:31:32.371888','2026-12-06 16:31:32.371890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-11；出纳=8；note=''''；作废原因=''''',NULL,448,'2026-12-06 16:31:32.373010','2026-12-06 16:31:32.373012');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-04 08:51:00 UTC；经办人=7；说明=''''',NULL,449,'2026-12-06 16:31:32.376055','2026-12-06 16:31:32.376057');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100423964''；签约时间：（空） → 2026-10-04 08:51:00 UTC',NULL,450,'2026-12-06 16:31:32.376058','2026-12-06 16:31:32.376059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,451,'2026-12-06 16:31:32.377715','2026-12-06 16:31:32.377717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-04 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,452,'2026-12-06 16:31:32.380135','2026-12-06 16:31:32.380136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-05 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,453,'2026-12-06 16:31:32.380137','2026-12-06 16:31:32.380138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-06 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,454,'2026-12-06 16:31:32.380138','2026-12-06 16:31:32.380139');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-13 09:08:00 UTC；经办人=7；说明=''''',NULL,455,'2026-12-06 16:31:32.381929','2026-12-06 16:31:32.381931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-13',NULL,456,'2026-12-06 16:31:32.381932','2026-12-06 16:31:32.381932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-18 02:19:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 16:31:32.383554','2026-12-06 16:31:32.383556');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 16:31:32.383557','2026-12-06 16:31:32.383558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-24 03:16:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 16:31:32.385293','2026-12-06 16:31:32.385295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 16:31:32.385296','2026-12-06 16:31:32.385297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-06 06:18:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 16:31:32.386913','2026-12-06 16:31:32.386915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 16:31:32.386916','2026-12-06 16:31:32.386917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-12 02:34:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 16:31:32.388581','2026-12-06 16:31:32.388583');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 16:31:32.388584','2026-12-06 16:31:32.388585');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-28 01:01:00 UTC；经办人=10；说明=''''',NULL,465,'2026-12-06 16:31:32.390232','2026-12-06 16:31:32.390234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,466,'2026-12-06 16:31:32.390235','2026-12-06 16:31:32.390236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-28',NULL,467,'2026-12-06 16:31:32.391222','2026-12-06 16:31:32.391224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-28；出纳=8；note=''''；作废原因=''''',NULL,468,'2026-12-06 16:31:32.392399','2026-12-06 16:31:32.392401');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,469,'2026-12-06 16:31:32.396342','2026-12-06 16:31:32.396345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,470,'2026-12-06 16:31:32.396346','2026-12-06 16:31:32.396346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-31；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,471,'2026-12-06 16:31:32.398592','2026-12-06 16:31:32.398594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-12-01；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,472,'2026-12-06 16:31:32.398595','2026-12-06 16:31:32.398596');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-12-01 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,473,'2026-12-06 16:31:32.398596','2026-12-06 16:31:32.398597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-12-01 06:27:00 UTC',NULL,474,'2026-12-06 16:31:32.398598','2026-12-06 16:31:32.398598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,475,'2026-12-06 16:31:32.399807','2026-12-06 16:31:32.399808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-12-01',NULL,476,'2026-12-06 16:31:32.401161','2026-12-06 16:31:32.401163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 16:31:32.402390','2026-12-06 16:31:32.402392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-04',NULL,478,'2026-12-06 16:31:32.405014','2026-12-06 16:31:32.405016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,479,'2026-12-06 16:31:32.406165','2026-12-06 16:31:32.406168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-26 06:33:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,480,'2026-12-06 16:31:32.411447','2026-12-06 16:31:32.411449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,481,'2026-12-06 16:31:32.412251','2026-12-06 16:31:32.412253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,482,'2026-12-06 16:31:32.413938','2026-12-06 16:31:32.413940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,483,'2026-12-06 16:31:32.413941','2026-12-06 16:31:32.413941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-24；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,484,'2026-12-06 16:31:32.413942','2026-12-06 16:31:32.413942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-26 06:33:00 UTC；经办人=2；说明=''''',NULL,485,'2026-12-06 16:31:32.413943','2026-12-06 16:31:32.413943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-26',NULL,486,'2026-12-06 16:31:32.415702','2026-12-06 16:31:32.415703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,487,'2026-12-06 16:31:32.416870','2026-12-06 16:31:32.416872');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-27 05:29:00 UTC；签约期限=2026-12-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,488,'2026-12-06 16:31:32.422272','2026-12-06 16:31:33.028281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,489,'2026-12-06 16:31:32.423086','2026-12-06 16:31:32.423087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-27；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,490,'2026-12-06 16:31:32.424922','2026-12-06 16:31:32.424924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-12；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,491,'2026-12-06 16:31:32.424926','2026-12-06 16:31:32.424926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-26；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,492,'2026-12-06 16:31:32.424927','2026-12-06 16:31:32.424927');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-27 05:29:00 UTC；经办人=4；说明=''''',NULL,493,'2026-12-06 16:31:32.424928','2026-12-06 16:31:32.424928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,494,'2026-12-06 16:31:32.425995','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-27',NULL,495,'2026-12-06 16:31:32.427490','2026-12-06 16:31:32.427491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,496,'2026-12-06 16:31:32.428627','2026-12-06 16:31:33.035357');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-30 04:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,497,'2026-12-06 16:31:32.433987','2026-12-06 16:31:32.433989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,498,'2026-12-06 16:31:32.434808','2026-12-06 16:31:32.434810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,499,'2026-12-06 16:31:32.436513','2026-12-06 16:31:32.436515');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,500,'2026-12-06 16:31:32.436516','2026-12-06 16:31:32.436516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,501,'2026-12-06 16:31:32.436517','2026-12-06 16:31:32.436517');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-30 04:52:00 UTC；经办人=2；说明=''''',NULL,502,'2026-12-06 16:31:32.436518','2026-12-06 16:31:32.436518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-30',NULL,503,'2026-12-06 16:31:32.438283','2026-12-06 16:31:32.438285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,504,'2026-12-06 16:31:32.439443','2026-12-06 16:31:32.439445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-12-01 06:52:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,505,'2026-12-06 16:31:32.444743','2026-12-06 16:31:32.444745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,506,'2026-12-06 16:31:32.445568','2026-12-06 16:31:32.445569');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,507,'2026-12-06 16:31:32.447298','2026-12-06 16:31:32.447300');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-16；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,508,'2026-12-06 16:31:32.447301','2026-12-06 16:31:32.447302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-30；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,509,'2026-12-06 16:31:32.447302','2026-12-06 16:31:32.447303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-12-01 06:52:00 UTC；经办人=2；说明=''''',NULL,510,'2026-12-06 16:31:32.447303','2026-12-06 16:31:32.447304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-01',NULL,511,'2026-12-06 16:31:32.449051','2026-12-06 16:31:32.449052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,512,'2026-12-06 16:31:32.450190','2026-12-06 16:31:32.450192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-02 03:00:00 UTC',NULL,513,'2026-12-06 16:31:32.452910','2026-12-06 16:31:32.452912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-02 09:25:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,514,'2026-12-06 16:31:32.456657','2026-12-06 16:31:32.456659');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,515,'2026-12-06 16:31:32.457469','2026-12-06 16:31:32.457470');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,516,'2026-12-06 16:31:32.459017','2026-12-06 16:31:32.459019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2027-01-01；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,517,'2026-12-06 16:31:32.459020','2026-12-06 16:31:32.459020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-02 09:25:00 UTC；经办人=2；说明=''''',NULL,518,'2026-12-06 16:31:32.459021','2026-12-06 16:31:32.459021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-02',NULL,519,'2026-12-06 16:31:32.460730','2026-12-06 16:31:32.460732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,520,'2026-12-06 16:31:32.461913','2026-12-06 16:31:32.461915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-03 07:30:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,521,'2026-12-06 16:31:32.467490','2026-12-06 16:31:32.467493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,522,'2026-12-06 16:31:32.468282','2026-12-06 16:31:32.468284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,523,'2026-12-06 16:31:32.469968','2026-12-06 16:31:32.469970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,524,'2026-12-06 16:31:32.469971','2026-12-06 16:31:32.469971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,525,'2026-12-06 16:31:32.469972','2026-12-06 16:31:32.469973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-03 07:30:00 UTC；经办人=2；说明=''''',NULL,526,'2026-12-06 16:31:32.469973','2026-12-06 16:31:32.469974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-03',NULL,527,'2026-12-06 16:31:32.471717','2026-12-06 16:31:32.471718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,528,'2026-12-06 16:31:32.472895','2026-12-06 16:31:32.472897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-04 03:00:00 UTC',NULL,529,'2026-12-06 16:31:32.475551','2026-12-06 16:31:32.475552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-04 02:20:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,530,'2026-12-06 16:31:32.479240','2026-12-06 16:31:33.028609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,531,'2026-12-06 16:31:32.480036','2026-12-06 16:31:32.480037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,532,'2026-12-06 16:31:32.481843','2026-12-06 16:31:32.481845');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,533,'2026-12-06 16:31:32.481846','2026-12-06 16:31:32.481847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,534,'2026-12-06 16:31:32.481847','2026-12-06 16:31:32.481848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-04 02:20:00 UTC；经办人=4；说明=''''',NULL,535,'2026-12-06 16:31:32.481848','2026-12-06 16:31:32.481849');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,536,'2026-12-06 16:31:32.482920','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-04',NULL,537,'2026-12-06 16:31:32.484367','2026-12-06 16:31:32.484369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,538,'2026-12-06 16:31:32.485511','2026-12-06 16:31:33.035637');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-05 04:51:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,539,'2026-12-06 16:31:32.490792','2026-12-06 16:31:32.490794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,540,'2026-12-06 16:31:32.491614','2026-12-06 16:31:32.491615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,541,'2026-12-06 16:31:32.493335','2026-12-06 16:31:32.493337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,542,'2026-12-06 16:31:32.493338','2026-12-06 16:31:32.493339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,543,'2026-12-06 16:31:32.493339','2026-12-06 16:31:32.493340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-05 04:51:00 UTC；经办人=2；说明=''''',NULL,544,'2026-12-06 16:31:32.493340','2026-12-06 16:31:32.493341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-05',NULL,545,'2026-12-06 16:31:32.495124','2026-12-06 16:31:32.495125');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,546,'2026-12-06 16:31:32.496276','2026-12-06 16:31:32.496278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-06 02:05:00 UTC；经办人=7；说明=''''',NULL,547,'2026-12-06 16:31:32.499372','2026-12-06 16:31:32.499374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120620190''；签约时间：（空） → 2026-12-06 02:05:00 UTC',NULL,548,'2026-12-06 16:31:32.499375','2026-12-06 16:31:32.499375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,549,'2026-12-06 16:31:32.501006','2026-12-06 16:31:32.501008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-06 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,550,'2026-12-06 16:31:32.503494','2026-12-06 16:31:32.503495');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-07 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,551,'2026-12-06 16:31:32.503496','2026-12-06 16:31:32.503497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-08 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,552,'2026-12-06 16:31:32.503497','2026-12-06 16:31:32.503498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-06 06:59:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,553,'2026-12-06 16:31:32.507407','2026-12-06 16:31:33.028936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,554,'2026-12-06 16:31:32.508192','2026-12-06 16:31:32.508204');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,555,'2026-12-06 16:31:32.509960','2026-12-06 16:31:32.509962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,556,'2026-12-06 16:31:32.509963','2026-12-06 16:31:32.509964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-04；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,557,'2026-12-06 16:31:32.509964','2026-12-06 16:31:32.509965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-06 06:59:00 UTC；经办人=4；说明=''''',NULL,558,'2026-12-06 16:31:32.509965','2026-12-06 16:31:32.509966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,559,'2026-12-06 16:31:32.511014','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,560,'2026-12-06 16:31:32.512450','2026-12-06 16:31:32.512452');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,561,'2026-12-06 16:31:32.513595','2026-12-06 16:31:33.035921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 16:30:31 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,562,'2026-12-06 16:31:32.519056','2026-12-06 16:31:32.519057');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,563,'2026-12-06 16:31:32.519851','2026-12-06 16:31:32.519852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,564,'2026-12-06 16:31:32.521562','2026-12-06 16:31:32.521564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-22；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,565,'2026-12-06 16:31:32.521565','2026-12-06 16:31:32.521565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-07；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,566,'2026-12-06 16:31:32.521566','2026-12-06 16:31:32.521566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 16:30:31 UTC；经办人=2；说明=''''',NULL,567,'2026-12-06 16:31:32.521567','2026-12-06 16:31:32.521568');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-07',NULL,568,'2026-12-06 16:31:32.523289','2026-12-06 16:31:32.523291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-07；出纳=8；note=''''；作废原因=''''',NULL,569,'2026-12-06 16:31:32.524437','2026-12-06 16:31:32.524439');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 16:31:31 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,570,'2026-12-06 16:31:32.528910','2026-12-06 16:31:32.528913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,571,'2026-12-06 16:31:32.530114','2026-12-06 16:31:32.530116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 16:31:32.534866','2026-12-06 16:31:32.534867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 16:31:32.535756','2026-12-06 16:31:32.535758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 16:31:32.536587','2026-12-06 16:31:32.536589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 16:31:32.537379','2026-12-06 16:31:32.537380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 16:31:32.538177','2026-12-06 16:31:32.538178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-10 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 16:31:32.538975','2026-12-06 16:31:32.538977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-13 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 16:31:32.539766','2026-12-06 16:31:32.539767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 16:31:32.540611','2026-12-06 16:31:32.540613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 16:31:32.541420','2026-12-06 16:31:32.541422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 16:31:32.542227','2026-12-06 16:31:32.542228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 16:31:32.543089','2026-12-06 16:31:32.543091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 16:31:32.543881','2026-12-06 16:31:32.543882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 16:31:32.544670','2026-12-06 16:31:32.544671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 16:31:32.545674','2026-12-06 16:31:32.545675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 16:31:32.546524','2026-12-06 16:31:32.546525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 16:31:32.547346','2026-12-06 16:31:32.547347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-07-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 16:31:32.548146','2026-12-06 16:31:32.548147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 16:31:32.548969','2026-12-06 16:31:32.548971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 16:31:32.549795','2026-12-06 16:31:32.549797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 16:31:32.550598','2026-12-06 16:31:32.550599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 16:31:32.551373','2026-12-06 16:31:32.551374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 16:31:32.552233','2026-12-06 16:31:32.552234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 16:31:32.553054','2026-12-06 16:31:32.553055');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 16:31:32.553909','2026-12-06 16:31:32.553911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 16:31:32.554730','2026-12-06 16:31:32.554731');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 16:31:32.555534','2026-12-06 16:31:32.555536');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 16:31:32.556362','2026-12-06 16:31:32.556363');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 16:31:32.557170','2026-12-06 16:31:32.557171');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 16:31:32.557970','2026-12-06 16:31:32.557971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 16:31:32.558804','2026-12-06 16:31:32.558805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 16:31:32.559609','2026-12-06 16:31:32.559611');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-31 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 16:31:32.560396','2026-12-06 16:31:32.560398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-24 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 16:31:32.561251','2026-12-06 16:31:32.561253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 16:31:32.562033','2026-12-06 16:31:32.562034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 16:31:32.562822','2026-12-06 16:31:32.562824');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 16:31:32.563646','2026-12-06 16:31:32.563648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 16:31:32.564438','2026-12-06 16:31:32.564440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 16:31:32.565455','2026-12-06 16:31:32.565456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 16:31:32.566296','2026-12-06 16:31:32.566298');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 16:31:32.567092','2026-12-06 16:31:32.567094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 16:31:32.567930','2026-12-06 16:31:32.567931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 16:31:32.568753','2026-12-06 16:31:32.568754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 16:31:32.569580','2026-12-06 16:31:32.569582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 16:31:32.570395','2026-12-06 16:31:32.570397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-06 16:31:32.571186','2026-12-06 16:31:32.571187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,617,'2026-12-06 16:31:32.572091','2026-12-06 16:31:32.572092');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,618,'2026-12-06 16:31:32.575035','2026-12-06 16:31:32.575036');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,619,'2026-12-06 16:31:32.575037','2026-12-06 16:31:32.575038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,620,'2026-12-06 16:31:32.578128','2026-12-06 16:31:32.578130');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,621,'2026-12-06 16:31:32.578131','2026-12-06 16:31:32.578131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,622,'2026-12-06 16:31:32.580960','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-06 16:31:32.580963','2026-12-06 16:31:32.580964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 11:31:31 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,624,'2026-12-06 16:31:32.583802','2026-12-06 16:31:32.583804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-06 16:31:32.583805','2026-12-06 16:31:32.583805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 20:31:31 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,626,'2026-12-06 16:31:32.586796','2026-12-06 16:31:32.586797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-06 16:31:32.586798','2026-12-06 16:31:32.586799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,628,'2026-12-06 16:31:32.589646','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-06 16:31:32.589649','2026-12-06 16:31:32.589650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,630,'2026-12-06 16:31:32.592464','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-06 16:31:32.592466','2026-12-06 16:31:32.592467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,632,'2026-12-06 16:31:32.595295','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,633,'2026-12-06 16:31:32.595298','2026-12-06 16:31:32.595298');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,634,'2026-12-06 16:31:32.598753','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,635,'2026-12-06 16:31:32.599777','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,636,'2026-12-06 16:31:32.600610','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-23 06:38:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 16:31:32.601380','2026-12-06 16:31:32.601382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 16:31:32.602158','2026-12-06 16:31:32.602160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 16:31:32.602973','2026-12-06 16:31:32.602975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-25 05:22:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 16:31:32.603748','2026-12-06 16:31:32.603749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-06 16:31:32.604495','2026-12-06 16:31:32.604496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 2',NULL,642,'2026-12-06 16:31:32.605242','2026-12-06 16:31:32.605243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,643,'2026-12-06 16:31:32.606042','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,644,'2026-12-06 16:31:32.606823','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,645,'2026-12-06 16:31:32.607566','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,646,'2026-12-06 16:31:32.608368','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,647,'2026-12-06 16:31:32.609137','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,648,'2026-12-06 16:31:32.609881','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-23 04:10:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 16:31:32.610673','2026-12-06 16:31:32.610674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-06 16:31:32.611420','2026-12-06 16:31:32.611422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,651,'2026-12-06 16:31:32.612161','2026-12-06 16:31:32.612162');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,652,'2026-12-06 16:31:32.612956','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,653,'2026-12-06 16:31:32.613714','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,654,'2026-12-06 16:31:32.614486','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,655,'2026-12-06 16:31:32.615226','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,656,'2026-12-06 16:31:32.615943','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,657,'2026-12-06 16:31:32.616735','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-11-01 08:21:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 16:31:32.617487','2026-12-06 16:31:32.617488');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-02 02:07:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 16:31:32.618211','2026-12-06 16:31:32.618212');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-03 10:37:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 16:31:32.618973','2026-12-06 16:31:32.618974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-31 05:56:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 16:31:32.619728','2026-12-06 16:31:32.619729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-09-01 02:07:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 16:31:32.620520','2026-12-06 16:31:32.620522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-02 10:37:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 16:31:32.621280','2026-12-06 16:31:32.621282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-04 08:58:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 16:31:32.621994','2026-12-06 16:31:32.621995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-05 02:07:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 16:31:32.622812','2026-12-06 16:31:32.622813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-06 10:37:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-06 16:31:32.623643','2026-12-06 16:31:32.623645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,667,'2026-12-06 16:31:32.635541','2026-12-06 16:31:32.635544');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',668,'2026-12-06 16:31:32.638426','2026-12-06 16:31:32.638429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,669,'2026-12-06 16:31:32.648909','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,670,'2026-12-06 16:31:32.650102','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,671,'2026-12-06 16:31:32.651107','2026-12-06 16:31:33.021292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 16:31:32 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,672,'2026-12-06 16:31:32.653323','2026-12-06 16:31:32.653325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,673,'2026-12-06 16:31:32.653326','2026-12-06 16:31:32.653326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-08 00:31 → 12-09 00:31（第 1 次，上限 2 次）','客户周末来签',674,'2026-12-06 16:31:32.656754','2026-12-06 16:31:32.656758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,675,'2026-12-06 16:31:32.658233','2026-12-06 16:31:32.658235');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',676,'2026-12-06 16:31:32.660494','2026-12-06 16:31:32.660496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,677,'2026-12-06 16:31:32.662739','2026-12-06 16:31:32.662740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 16:31:32 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,678,'2026-12-06 16:31:32.672597','2026-12-06 16:31:32.672599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,679,'2026-12-06 16:31:32.673436','2026-12-06 16:31:32.673438');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,680,'2026-12-06 16:31:32.675342','2026-12-06 16:31:32.675344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,681,'2026-12-06 16:31:32.675345','2026-12-06 16:31:32.675345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,682,'2026-12-06 16:31:32.675346','2026-12-06 16:31:32.675346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 16:31:32 UTC；说明=''''',NULL,683,'2026-12-06 16:31:32.675347','2026-12-06 16:31:32.675347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,684,'2026-12-06 16:31:32.676063','2026-12-06 16:31:32.676065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 16:31:32 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,685,'2026-12-06 16:31:32.680085','2026-12-06 16:31:33.029246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,686,'2026-12-06 16:31:32.680943','2026-12-06 16:31:32.680945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,687,'2026-12-06 16:31:32.682796','2026-12-06 16:31:32.682798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,688,'2026-12-06 16:31:32.682799','2026-12-06 16:31:32.682799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,689,'2026-12-06 16:31:32.682800','2026-12-06 16:31:32.682800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 16:31:32 UTC；说明=''''',NULL,690,'2026-12-06 16:31:32.682801','2026-12-06 16:31:32.682801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,691,'2026-12-06 16:31:32.683864','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 16:31:32 UTC；说明=''''',NULL,692,'2026-12-06 16:31:32.685547','2026-12-06 16:31:32.685549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 16:31:32 UTC',NULL,693,'2026-12-06 16:31:32.685549','2026-12-06 16:31:32.685550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-07',NULL,694,'2026-12-06 16:31:32.687562','2026-12-06 16:31:32.687564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-06',NULL,695,'2026-12-06 16:31:32.687565','2026-12-06 16:31:32.687566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,696,'2026-12-06 16:31:32.688546','2026-12-06 16:31:32.688547');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,697,'2026-12-06 16:31:32.691095','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,698,'2026-12-06 16:31:32.691097','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,699,'2026-12-06 16:31:32.691098','2026-12-06 16:31:33.020744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,700,'2026-12-06 16:31:32.692000','2026-12-06 16:31:33.022240');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,701,'2026-12-06 16:31:32.739350','2026-12-06 16:31:32.739354');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,702,'2026-12-06 16:31:32.784591','2026-12-06 16:31:32.784596');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,703,'2026-12-06 16:31:32.825506','2026-12-06 16:31:32.825510');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,704,'2026-12-06 16:31:32.865788','2026-12-06 16:31:32.865793');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,705,'2026-12-06 16:31:32.906189','2026-12-06 16:31:32.906204');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,706,'2026-12-06 16:31:32.907460','2026-12-06 16:31:32.907462');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,707,'2026-12-06 16:31:32.909039','2026-12-06 16:31:32.909042');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,708,'2026-12-06 16:31:32.910803','2026-12-06 16:31:32.910805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,709,'2026-12-06 16:31:32.913275','2026-12-06 16:31:32.913277');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,710,'2026-12-06 16:31:32.919423','2026-12-06 16:31:32.919426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 16:26:32 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,711,'2026-12-06 16:31:32.927608','2026-12-06 16:31:32.927611');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,712,'2026-12-06 16:31:32.929571','2026-12-06 16:31:32.929573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 16:26:32 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,713,'2026-12-06 16:31:32.929574','2026-12-06 16:31:32.929575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-06',NULL,714,'2026-12-06 16:31:32.929575','2026-12-06 16:31:32.929576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',6,'日期=2026-12-07；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,715,'2026-12-06 16:31:32.931324','2026-12-06 16:31:32.931326');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,716,'2026-12-06 16:31:32.935518','2026-12-06 16:31:32.935521');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,717,'2026-12-06 16:31:32.939613','2026-12-06 16:31:32.939616');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,718,'2026-12-06 16:31:32.943604','2026-12-06 16:31:32.943607');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,719,'2026-12-06 16:31:32.947628','2026-12-06 16:31:32.947630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,720,'2026-12-06 16:31:32.957493','2026-12-06 16:31:32.982678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,721,'2026-12-06 16:31:32.958698','2026-12-06 16:31:32.958700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,722,'2026-12-06 16:31:32.963588','2026-12-06 16:31:32.982678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',723,'2026-12-06 16:31:33.005530','2026-12-06 16:31:33.005533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,724,'2026-12-06 16:31:33.009898','2026-12-06 16:31:33.018579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-06 16:31:32 UTC',NULL,725,'2026-12-06 16:31:33.025751','2026-12-06 16:31:33.025755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',726,'2026-12-06 16:31:33.060013','2026-12-06 16:31:33.060017');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 16:31:31.702328','2026-12-06 16:31:31.702333');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 16:31:31.706728','2026-12-06 16:31:31.706732');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 16:31:31.711973','2026-12-06 16:31:31.711976');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 16:31:30.800043','2026-12-06 16:31:30.800048');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 16:31:30.800050','2026-12-06 16:31:30.800051');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 16:31:30.750667','2026-12-06 16:31:30.750671');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-26 04:46:00.000000','','2026-06-26 04:53:00.000000',4,1,'2026-12-06 16:31:31.991980','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,2,'2026-12-06 16:31:31.991987','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,3,'2026-12-06 16:31:31.991989','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-23 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 06:38:00.000000',2,4,'2026-12-06 16:31:32.061146','2026-12-06 16:31:32.601020');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,5,'2026-12-06 16:31:32.061151','2026-12-06 16:31:32.601775');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,6,'2026-12-06 16:31:32.061154','2026-12-06 16:31:32.602600');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-25 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 05:22:00.000000',2,7,'2026-12-06 16:31:32.119258','2026-12-06 16:31:32.603396');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-26 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',2,8,'2026-12-06 16:31:32.119264','2026-12-06 16:31:32.604134');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-27 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',2,9,'2026-12-06 16:31:32.119266','2026-12-06 16:31:32.604896');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-24 08:15:00.000000','','2026-06-24 08:22:00.000000',4,10,'2026-12-06 16:31:32.158871','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-25 02:00:00.000000','','2026-06-25 02:07:00.000000',4,11,'2026-12-06 16:31:32.158876','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-26 10:30:00.000000','','2026-06-26 10:37:00.000000',4,12,'2026-12-06 16:31:32.158878','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-26 02:27:00.000000','','2026-06-26 02:34:00.000000',4,13,'2026-12-06 16:31:32.204407','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,14,'2026-12-06 16:31:32.204412','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,15,'2026-12-06 16:31:32.204414','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-23 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 04:10:00.000000',2,16,'2026-12-06 16:31:32.235700','2026-12-06 16:31:32.610309');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,17,'2026-12-06 16:31:32.235704','2026-12-06 16:31:32.611064');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,18,'2026-12-06 16:31:32.235705','2026-12-06 16:31:32.611805');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-22 08:53:00.000000','','2026-11-22 09:00:00.000000',4,19,'2026-12-06 16:31:32.271506','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-23 02:00:00.000000','','2026-11-23 02:07:00.000000',4,20,'2026-12-06 16:31:32.271509','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-24 10:30:00.000000','','2026-11-24 10:37:00.000000',4,21,'2026-12-06 16:31:32.271510','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-07 07:03:00.000000','','2026-11-07 07:10:00.000000',4,22,'2026-12-06 16:31:32.293414','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-08 02:00:00.000000','','2026-11-08 02:07:00.000000',4,23,'2026-12-06 16:31:32.293417','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-09 10:30:00.000000','','2026-11-09 10:37:00.000000',4,24,'2026-12-06 16:31:32.293419','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-11-01 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-01 08:21:00.000000',2,25,'2026-12-06 16:31:32.326268','2026-12-06 16:31:32.617130');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-02 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-02 02:07:00.000000',2,26,'2026-12-06 16:31:32.326272','2026-12-06 16:31:32.617868');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-03 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-03 10:37:00.000000',2,27,'2026-12-06 16:31:32.326274','2026-12-06 16:31:32.618617');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-31 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-31 05:56:00.000000',2,28,'2026-12-06 16:31:32.357315','2026-12-06 16:31:32.619380');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-09-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-09-01 02:07:00.000000',2,29,'2026-12-06 16:31:32.357319','2026-12-06 16:31:32.620129');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-02 10:37:00.000000',2,30,'2026-12-06 16:31:32.357320','2026-12-06 16:31:32.620925');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-04 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-04 08:58:00.000000',2,31,'2026-12-06 16:31:32.379400','2026-12-06 16:31:32.621661');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-05 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-05 02:07:00.000000',2,32,'2026-12-06 16:31:32.379403','2026-12-06 16:31:32.622455');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-06 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-06 10:37:00.000000',2,33,'2026-12-06 16:31:32.379404','2026-12-06 16:31:32.623210');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-06 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。',NULL,NULL,34,'2026-12-06 16:31:32.502790','2026-12-06 16:31:32.502792');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-07 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 16:31:32.502794','2026-12-06 16:31:32.502794');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-08 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 16:31:32.502795','2026-12-06 16:31:32.502795');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 01:00:00.000000','',NULL,NULL,37,'2026-12-06 16:31:32.690330','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-08 02:00:00.000000','',NULL,NULL,38,'2026-12-06 16:31:32.690335','2026-12-06 16:31:33.014793');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-09 10:30:00.000000','',NULL,NULL,39,'2026-12-06 16:31:32.690336','2026-12-06 16:31:33.014793');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','dc99d92cc1bfa821','2026-12-06 16:31:30.653295');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','dc99d92cc1bfa821','2026-12-06 16:31:30.802308');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','dc99d92cc1bfa821','2026-12-06 16:31:30.927816');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','dc99d92cc1bfa821','2026-12-06 16:31:30.938769');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.342496');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,rotation_turns,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.365584');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.387326');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.395007');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.409599');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','dc99d92cc1bfa821','2026-12-06 16:31:31.501312');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','dc99d92cc1bfa821','2026-12-06 16:31:31.528695');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','dc99d92cc1bfa821','2026-12-06 16:31:31.534721');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','dc99d92cc1bfa821','2026-12-06 16:31:31.539453');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','dc99d92cc1bfa821','2026-12-06 16:31:31.689035');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','dc99d92cc1bfa821','2026-12-06 16:31:32.629555');
INSERT INTO "change_log" VALUES(16,'audit_log,projects,queue_tickets','dc99d92cc1bfa821','2026-12-06 16:31:32.638726');
INSERT INTO "change_log" VALUES(17,'audit_log,projects,queue_tickets,unit_holds,units','dc99d92cc1bfa821','2026-12-06 16:31:32.660792');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','dc99d92cc1bfa821','2026-12-06 16:31:32.692255');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.744214');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.785942');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.826450');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.866730');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.907808');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.909775');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','dc99d92cc1bfa821','2026-12-06 16:31:32.911502');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','dc99d92cc1bfa821','2026-12-06 16:31:32.948770');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,disputes,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','dc99d92cc1bfa821','2026-12-06 16:31:33.060376');
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
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-06 16:31:31.434860','2026-12-06 16:31:33.017452');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 16:31:31.422932','2026-12-06 16:31:31.422939');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-04','A',NULL,NULL,NULL,'','2026-11-16 16:31:30.000000',1,0,2,'2026-11-16 16:31:30.000000','2026-12-04 16:31:30.000000','2026-12-05 16:31:30.000000','2026-12-05 16:31:30.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 16:31:31.311126','2026-12-06 16:31:31.497519',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-17','C',1,NULL,NULL,'','2026-11-16 17:31:30.000000',0,1,2,'2026-11-16 17:31:30.000000','2026-12-04 16:31:30.000000',NULL,'2026-12-04 16:31:30.000000',NULL,NULL,0,NULL,'2026-12-06 16:31:32.000000',NULL,8,2,'2026-12-06 16:31:31.352798','2026-12-06 16:31:33.023171','2026-12-06 16:31:32.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-16 18:31:30.000000',0,0,1,'2026-11-16 18:31:30.000000','2026-11-16 18:31:30.000000',NULL,'2026-11-16 18:31:30.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-06 16:31:31.378215','2026-12-06 16:31:32.675111',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-06','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-06 16:26:32.000000',0,0,1,'2026-12-06 16:26:32.000000','2026-12-06 16:26:32.000000',NULL,'2026-12-06 16:26:32.000000',NULL,'2027-01-06',0,NULL,NULL,6,3,4,'2026-12-06 16:31:32.925232','2026-12-06 16:31:32.957276',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-06 16:31:32.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-06 16:31:32.000000',NULL,2,5,'2026-12-06 16:31:32.953530','2026-12-06 16:31:32.961890',NULL);
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-20 01:26:00.000000',4,'',1,'2026-12-06 16:31:31.842263','2026-12-06 16:31:31.842267');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-20 01:32:00.000000',2,'',2,'2026-12-06 16:31:31.867844','2026-12-06 16:31:31.867848');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-20 01:38:00.000000',2,'',3,'2026-12-06 16:31:31.888012','2026-12-06 16:31:31.888016');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-20 01:44:00.000000',4,'',4,'2026-12-06 16:31:31.908249','2026-12-06 16:31:31.908252');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-20 01:50:00.000000',4,'',5,'2026-12-06 16:31:31.929688','2026-12-06 16:31:31.929691');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-20 01:56:00.000000',2,'',6,'2026-12-06 16:31:31.956531','2026-12-06 16:31:31.956535');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-26 04:46:00.000000',7,'',7,'2026-12-06 16:31:31.980175','2026-12-06 16:31:31.980178');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-05 02:25:00.000000',7,'',8,'2026-12-06 16:31:31.998596','2026-12-06 16:31:31.998599');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-11 01:07:00.000000',10,'',9,'2026-12-06 16:31:32.001896','2026-12-06 16:31:32.001899');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-16 04:39:00.000000',10,'',10,'2026-12-06 16:31:32.004634','2026-12-06 16:31:32.004637');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-26 03:18:00.000000',10,'',11,'2026-12-06 16:31:32.007287','2026-12-06 16:31:32.007289');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-04 03:11:00.000000',10,'',12,'2026-12-06 16:31:32.009967','2026-12-06 16:31:32.009969');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-20 03:26:00.000000',10,'',13,'2026-12-06 16:31:32.012698','2026-12-06 16:31:32.012701');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-19 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 16:31:32.027709','2026-12-06 16:31:32.027712');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-23 06:31:00.000000',7,'',15,'2026-12-06 16:31:32.054354','2026-12-06 16:31:32.054357');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-02 06:41:00.000000',7,'',16,'2026-12-06 16:31:32.064149','2026-12-06 16:31:32.064151');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-07 01:08:00.000000',10,'',17,'2026-12-06 16:31:32.066796','2026-12-06 16:31:32.066798');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-14 03:36:00.000000',10,'',18,'2026-12-06 16:31:32.069436','2026-12-06 16:31:32.069438');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-28 05:58:00.000000',10,'',19,'2026-12-06 16:31:32.072064','2026-12-06 16:31:32.072067');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-07 09:39:00.000000',10,'',20,'2026-12-06 16:31:32.074772','2026-12-06 16:31:32.074775');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-20 05:04:00.000000',10,'',21,'2026-12-06 16:31:32.077476','2026-12-06 16:31:32.077478');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-15 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 16:31:32.089014','2026-12-06 16:31:32.089017');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-25 05:15:00.000000',7,'',23,'2026-12-06 16:31:32.112664','2026-12-06 16:31:32.112666');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-04 08:30:00.000000',7,'',24,'2026-12-06 16:31:32.122162','2026-12-06 16:31:32.122164');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-09 02:50:00.000000',10,'',25,'2026-12-06 16:31:32.124754','2026-12-06 16:31:32.124756');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-18 01:34:00.000000',10,'',26,'2026-12-06 16:31:32.127272','2026-12-06 16:31:32.127275');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-31 01:54:00.000000',10,'',27,'2026-12-06 16:31:32.129819','2026-12-06 16:31:32.129821');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-07 07:43:00.000000',10,'',28,'2026-12-06 16:31:32.132403','2026-12-06 16:31:32.132406');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-24 08:15:00.000000',7,'',29,'2026-12-06 16:31:32.152409','2026-12-06 16:31:32.152412');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-02 06:59:00.000000',7,'',30,'2026-12-06 16:31:32.163064','2026-12-06 16:31:32.163066');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-09 06:50:00.000000',10,'',31,'2026-12-06 16:31:32.165631','2026-12-06 16:31:32.165633');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-17 07:08:00.000000',10,'',32,'2026-12-06 16:31:32.168135','2026-12-06 16:31:32.168138');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-29 05:51:00.000000',10,'',33,'2026-12-06 16:31:32.170615','2026-12-06 16:31:32.170617');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-07 06:33:00.000000',10,'',34,'2026-12-06 16:31:32.173091','2026-12-06 16:31:32.173093');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-19 04:47:00.000000',10,'',35,'2026-12-06 16:31:32.175589','2026-12-06 16:31:32.175591');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-26 02:27:00.000000',7,'',36,'2026-12-06 16:31:32.198047','2026-12-06 16:31:32.198049');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-05 05:56:00.000000',7,'',37,'2026-12-06 16:31:32.208580','2026-12-06 16:31:32.208582');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-12 07:20:00.000000',10,'',38,'2026-12-06 16:31:32.211026','2026-12-06 16:31:32.211027');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-20 08:06:00.000000',10,'',39,'2026-12-06 16:31:32.212809','2026-12-06 16:31:32.212810');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-31 03:41:00.000000',10,'',40,'2026-12-06 16:31:32.214495','2026-12-06 16:31:32.214497');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-07 02:23:00.000000',10,'',41,'2026-12-06 16:31:32.216131','2026-12-06 16:31:32.216132');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-22 08:09:00.000000',10,'',42,'2026-12-06 16:31:32.217810','2026-12-06 16:31:32.217812');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-23 04:03:00.000000',7,'',43,'2026-12-06 16:31:32.231427','2026-12-06 16:31:32.231429');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-29 08:30:00.000000',7,'',44,'2026-12-06 16:31:32.237611','2026-12-06 16:31:32.237613');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-03 02:50:00.000000',10,'',45,'2026-12-06 16:31:32.239195','2026-12-06 16:31:32.239212');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-10 05:29:00.000000',10,'',46,'2026-12-06 16:31:32.240839','2026-12-06 16:31:32.240841');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-21 03:02:00.000000',10,'',47,'2026-12-06 16:31:32.242474','2026-12-06 16:31:32.242476');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-28 01:36:00.000000',10,'',48,'2026-12-06 16:31:32.244107','2026-12-06 16:31:32.244108');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-10 02:39:00.000000',10,'',49,'2026-12-06 16:31:32.245797','2026-12-06 16:31:32.245799');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-21 04:49:00.000000',4,'',50,'2026-12-06 16:31:32.255882','2026-12-06 16:31:32.255895');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-22 08:53:00.000000',7,'',51,'2026-12-06 16:31:32.267081','2026-12-06 16:31:32.267082');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-02 06:06:00.000000',7,'',52,'2026-12-06 16:31:32.274363','2026-12-06 16:31:32.274364');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-05 04:57:00.000000',10,'',53,'2026-12-06 16:31:32.275973','2026-12-06 16:31:32.275975');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-03 02:43:00.000000',4,'',54,'2026-12-06 16:31:32.282063','2026-12-06 16:31:32.282064');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-07 07:03:00.000000',7,'',55,'2026-12-06 16:31:32.289138','2026-12-06 16:31:32.289139');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-13 04:11:00.000000',7,'',56,'2026-12-06 16:31:32.296096','2026-12-06 16:31:32.296097');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-16 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 16:31:32.299902','2026-12-06 16:31:32.299904');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-29 09:34:00.000000',2,'',58,'2026-12-06 16:31:32.315806','2026-12-06 16:31:32.315807');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-11-01 08:14:00.000000',7,'',59,'2026-12-06 16:31:32.322048','2026-12-06 16:31:32.322049');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-11 02:08:00.000000',7,'',60,'2026-12-06 16:31:32.328132','2026-12-06 16:31:32.328134');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-14 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 16:31:32.331337','2026-12-06 16:31:32.331338');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-30 08:36:00.000000',2,'',62,'2026-12-06 16:31:32.342881','2026-12-06 16:31:32.342883');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-31 05:49:00.000000',7,'',63,'2026-12-06 16:31:32.352926','2026-12-06 16:31:32.352928');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-08 07:48:00.000000',7,'',64,'2026-12-06 16:31:32.359152','2026-12-06 16:31:32.359153');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-10-01 06:41:00.000000',2,'',65,'2026-12-06 16:31:32.365233','2026-12-06 16:31:32.365235');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-04 08:51:00.000000',7,'',66,'2026-12-06 16:31:32.375246','2026-12-06 16:31:32.375248');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-13 09:08:00.000000',7,'',67,'2026-12-06 16:31:32.381304','2026-12-06 16:31:32.381306');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-18 02:19:00.000000',10,'',68,'2026-12-06 16:31:32.382921','2026-12-06 16:31:32.382922');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-24 03:16:00.000000',10,'',69,'2026-12-06 16:31:32.384604','2026-12-06 16:31:32.384605');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-06 06:18:00.000000',10,'',70,'2026-12-06 16:31:32.386307','2026-12-06 16:31:32.386308');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-12 02:34:00.000000',10,'',71,'2026-12-06 16:31:32.387931','2026-12-06 16:31:32.387933');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-28 01:01:00.000000',10,'',72,'2026-12-06 16:31:32.389620','2026-12-06 16:31:32.389621');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-12-01 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 16:31:32.397287','2026-12-06 16:31:32.397288');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-26 06:33:00.000000',2,'',74,'2026-12-06 16:31:32.412805','2026-12-06 16:31:32.412807');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-27 05:29:00.000000',4,'',75,'2026-12-06 16:31:32.423647','2026-12-06 16:31:32.423649');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-30 04:52:00.000000',2,'',76,'2026-12-06 16:31:32.435367','2026-12-06 16:31:32.435369');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-12-01 06:52:00.000000',2,'',77,'2026-12-06 16:31:32.446126','2026-12-06 16:31:32.446128');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-02 09:25:00.000000',2,'',78,'2026-12-06 16:31:32.457999','2026-12-06 16:31:32.458001');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-03 07:30:00.000000',2,'',79,'2026-12-06 16:31:32.468845','2026-12-06 16:31:32.468847');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-04 02:20:00.000000',4,'',80,'2026-12-06 16:31:32.480636','2026-12-06 16:31:32.480638');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-05 04:51:00.000000',2,'',81,'2026-12-06 16:31:32.492150','2026-12-06 16:31:32.492151');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-06 02:05:00.000000',7,'',82,'2026-12-06 16:31:32.498534','2026-12-06 16:31:32.498536');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-06 06:59:00.000000',4,'',83,'2026-12-06 16:31:32.508748','2026-12-06 16:31:32.508750');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 16:30:31.000000',2,'',84,'2026-12-06 16:31:32.520394','2026-12-06 16:31:32.520395');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 16:31:32.000000',NULL,'',85,'2026-12-06 16:31:32.674051','2026-12-06 16:31:32.674053');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 16:31:32.000000',NULL,'',86,'2026-12-06 16:31:32.681555','2026-12-06 16:31:32.681557');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 16:31:32.000000',NULL,'',87,'2026-12-06 16:31:32.684701','2026-12-06 16:31:32.684703');
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
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_deals PRIMARY KEY (id), 
	CONSTRAINT fk_deals_consultant_id_users FOREIGN KEY(consultant_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_discount_approver_id_users FOREIGN KEY(discount_approver_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_deals_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deals_unit_id_units FOREIGN KEY(unit_id) REFERENCES units (id) ON DELETE RESTRICT
);
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:nLmBjXanH8N0Upv73SUd1DPB21+o1YKDSPbcapgOt2C3XhaypwK/Z5yH2C8XQw==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-20 01:26:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0001','330126062613349','2026-06-26 04:46:00.000000','2026-07-05',-2521134,6627873,'2026-11-19 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 16:31:31.834653','2026-12-06 16:31:32.027371');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:Vw5buM7k6vUcowGYYJIZAID4ltCI0JwsnwVBufzp2BM4YwGhpZyQ9dbWXdN73Q==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-20 01:32:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0002','330126062399846','2026-06-23 06:31:00.000000','2026-07-02',-221760,6931109,'2026-10-15 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 16:31:31.863706','2026-12-06 16:31:32.088781');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:nfjcb2RfxugFewyH81Q1F1kQ8N+KGr/sXSQv3Lnxe0Q8lcOpC5RZWELGcNrnRg==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-20 01:38:00.000000','2026-06-27',500,90,'signed','YQF-2026-0003','330126062587853','2026-06-25 05:15:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 16:31:31.883830','2026-12-06 16:31:32.132173');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:7WpZOIV3inTSzYyX1v9Qs3c/PVYEkl60c/MGYTRkVDxraCV8y7+IR4b2ZjfUqA==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-20 01:44:00.000000','2026-06-27',500,90,'signed','YQF-2026-0004','330126062456438','2026-06-24 08:15:00.000000','2026-07-02',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 16:31:31.904071','2026-12-06 16:31:32.175387');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:cfBptv3eXi++8t5Hd5rDubGWP+Zf6uJRZ5shmFplQE4Z0HoKnxpbDc6NvueW5A==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-21 03:00:00.000000',190665920,216264480,8000000,'2026-06-20 01:50:00.000000','2026-06-27',500,90,'signed','YQF-2026-0005','330126062655680','2026-06-26 02:27:00.000000','2026-07-05',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 16:31:31.925589','2026-12-06 16:31:32.217677');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:rlll3D/lJ4wRc0V8fiVFu0CmMYap+oxd3bx3hZr6g9rxFhQxS7mQ/wU4PqGyVw==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-20 01:56:00.000000','2026-06-27',500,90,'signed','YQF-2026-0006','330126062358361','2026-06-23 04:03:00.000000','2026-06-29',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 16:31:31.952286','2026-12-06 16:31:32.245665');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:5wfIi1QdIX5wY9m//3FbbDy4d8NFd5tjfIjyWsYMM3Zd7I6+O8d4lFSpckouEQ==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-21 04:49:00.000000','2026-11-28',500,90,'signed','YQF-2026-0007','330126112281882','2026-11-22 08:53:00.000000','2026-12-02',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 16:31:32.253569','2026-12-06 16:31:32.275842');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:sdc5wSCcyVliDDfovioldtRg92rs54wl1DqG7E+/ulNFi4ZOX8ZG+195ob6n8Q==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-03 02:43:00.000000','2026-11-10',500,90,'delivered','YQF-2026-0008','330126110750101','2026-11-07 07:03:00.000000','2026-11-13',2684416,9372626,'2026-11-16 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 16:31:32.279807','2026-12-06 16:31:32.299760');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:Idb3BABXEXVsmtottwvfIqC70p+2n9TkQ7AyJd5KxfbwbARMJWdUCzeOQ9Eh8w==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-29 09:34:00.000000','2026-11-05',500,90,'delivered','YQF-2026-0009','330126110168856','2026-11-01 08:14:00.000000','2026-11-11',0,8492152,'2026-11-14 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 16:31:32.313596','2026-12-06 16:31:32.331184');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:ycMOcMMOKRwlDVJ5EAoquYx6geNuBi+kSZQuaiUIPhlVVtR9WC4FzF6xVLP8eA==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-30 08:36:00.000000','2026-09-06',500,90,'signed','YQF-2026-0010','330126083119420','2026-08-31 05:49:00.000000','2026-09-08',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 16:31:32.340656','2026-12-06 16:31:32.359017');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:wXU4+wk2mqu2m7+NrM/XrHxwqCYrklKP8RJIwBvUcdDNS+Aizt83YD85UmP/ZQ==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-10-01 06:41:00.000000','2026-10-08',500,90,'delivered','YQF-2026-0011','330126100423964','2026-10-04 08:51:00.000000','2026-10-13',4424000,12630240,'2026-12-01 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 16:31:32.362976','2026-12-06 16:31:32.397126');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:yRa82BSBD5v1OKTm52nUQ/JJO6h4aWW19d5by3KJ5kjnJB5TZSqTTQDd3KzeyQ==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-26 06:33:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 16:31:32.410586','2026-12-06 16:31:32.410589');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:bH4uWHX+tYmPZSdyVXxAWLm5fTQjyeAGr2ba/42j0moM2gAEsWLZ9zllW7r+/g==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-27 05:29:00.000000','2026-12-04',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 16:31:32.421407','2026-12-06 16:31:32.421409');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:Esv1GpUCoRJdwpNfMLpCPdamJ8Oze7510f00EftccNJUlCBwyzAO40f3YfAolw==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-30 04:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 16:31:32.433141','2026-12-06 16:31:32.433144');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:osUWNdunQpmNjhIZoACpvEWPv+VCyxocn4mCFK9RMFjXoLKSEps57sBuTNKFqA==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-02 03:00:00.000000',196415900,221466480,8000000,'2026-12-01 06:52:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 16:31:32.443884','2026-12-06 16:31:32.452364');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:/ZrmbQ2Uk7UeDMTqewuhPi5UWaxvOXuZP5Rq9tLD63D98JnhjYLcDqZkUf2LyA==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-02 09:25:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 16:31:32.455810','2026-12-06 16:31:32.455813');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:CqYXVYNYJjapsbS6YYKMQpmTtVu9MHl66JZ1yq2OU6M0LIRbn20PrA6XnYeyzQ==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-04 03:00:00.000000',264313750,300555000,10000000,'2026-12-03 07:30:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 16:31:32.466668','2026-12-06 16:31:32.475022');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:Lzv6/VLjrooQkWkXzGCGOpq8Yo7KHVPx4EhyZJbW4XmJwqshDeQvTB2LiqNMiQ==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-04 02:20:00.000000','2026-12-11',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 16:31:32.478408','2026-12-06 16:31:32.478411');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:ZC7/+JknFlICLV41PnYHVH76OhU/oExJbsC1vHHbw6kXUjuxdoHMw6sI6yP4WQ==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-05 04:51:00.000000','2026-12-12',500,90,'signed','YQF-2026-0019','330126120620190','2026-12-06 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 16:31:32.489943','2026-12-06 16:31:32.498387');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:FTakc7xWiq4iqt5KuVaM9cU4pvM750HEakas001bUCiPRGnrer7Ce8m1QUG4Aw==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-06 06:59:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 16:31:32.506581','2026-12-06 16:31:32.506583');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:QDtedkgaJkKIzqvreipwut2rssfyMshoi+dR/wazTpaWXS+Dh82bN9wVHtTQlg==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 16:30:31.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 16:31:32.518250','2026-12-06 16:31:32.518253');
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:KoHNPtaQlCasZKzu205/Y2AFB1TQK6XkzjxmIGK93+DlvPoMQxaIAHuXvtJB7A==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 16:31:32.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 16:31:32.671747','2026-12-06 16:31:32.671750');
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:ZzgkOfDTQxn7U6mphpX0jBZKegSLgoBvOS04n3+j/nOXfOP/fTaS8gHYUBMdeQ==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 16:31:32.000000','2026-12-14',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 16:31:32.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 16:31:32.679246','2026-12-06 16:31:32.684556');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 16:31:30.000000',2,1,'2026-12-06 16:31:31.533249','2026-12-06 16:31:31.538228');
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
INSERT INTO "duty_roster" VALUES('2026-11-17',2,1,1,'2026-12-06 16:31:30.936635','2026-12-06 16:31:30.936640');
INSERT INTO "duty_roster" VALUES('2026-11-17',4,2,2,'2026-12-06 16:31:30.936642','2026-12-06 16:31:30.936643');
INSERT INTO "duty_roster" VALUES('2026-11-17',5,3,3,'2026-12-06 16:31:30.936644','2026-12-06 16:31:30.936645');
INSERT INTO "duty_roster" VALUES('2026-12-07',4,1,4,'2026-12-06 16:31:31.515035','2026-12-06 16:31:31.515039');
INSERT INTO "duty_roster" VALUES('2026-12-07',2,2,5,'2026-12-06 16:31:31.515041','2026-12-06 16:31:31.515042');
INSERT INTO "duty_roster" VALUES('2026-12-07',5,3,6,'2026-12-06 16:31:31.515043','2026-12-06 16:31:31.515044');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-06 16:31:32.000000','request',1,'2026-12-06 16:31:32.983577','2026-12-06 16:31:32.983580');
INSERT INTO "erasure_log" VALUES(2,'2026-12-06 16:31:32.000000','request',2,'2026-12-06 16:31:33.037297','2026-12-06 16:31:33.037301');
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
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-06 16:31:33.004752','2026-12-06 16:31:33.004756');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 16:31:30.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 16:31:31.416680','2026-12-06 16:31:31.416684');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 16:31:30.000000','2026-12-06 16:31:31.418187');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,1,'2026-12-06 16:31:31.844034','2026-12-06 16:31:31.966531','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-05',53122598,53122598,'2026-07-03',2,2,'2026-12-06 16:31:31.844039','2026-12-06 16:31:31.973028','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-19',147286062,147286062,'2026-08-20',2,3,'2026-12-06 16:31:31.844042','2026-12-06 16:31:32.014640','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,4,'2026-12-06 16:31:31.868164','2026-12-06 16:31:32.041939','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-05',56010560,56010560,'2026-07-04',2,5,'2026-12-06 16:31:31.868168','2026-12-06 16:31:32.048086','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-18',154024640,154024640,'2026-08-20',2,6,'2026-12-06 16:31:31.868170','2026-12-06 16:31:32.079399','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-20',5000000,5000000,'2026-06-20',3,7,'2026-12-06 16:31:31.888360','2026-12-06 16:31:32.100840','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-05',83523040,83523040,'2026-06-30',2,8,'2026-12-06 16:31:31.888364','2026-12-06 16:31:32.106759','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-18',206553760,0,NULL,1,9,'2026-12-06 16:31:31.888366','2026-12-06 16:31:31.888367','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,10,'2026-12-06 16:31:31.908590','2026-12-06 16:31:32.135066','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-05',68950000,68950000,'2026-06-29',2,11,'2026-12-06 16:31:31.908594','2026-12-06 16:31:32.146154','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-18',179550000,179550000,'2026-08-19',2,12,'2026-12-06 16:31:31.908596','2026-12-06 16:31:32.177435','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,13,'2026-12-06 16:31:31.930008','2026-12-06 16:31:32.184331','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-05',49199776,49199776,'2026-07-04',2,14,'2026-12-06 16:31:31.930012','2026-12-06 16:31:32.192249','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-19',133466144,133466144,'2026-08-22',2,15,'2026-12-06 16:31:31.930014','2026-12-06 16:31:32.218979','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,16,'2026-12-06 16:31:31.956872','2026-12-06 16:31:32.223664','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-05',71000000,71000000,'2026-07-05',2,17,'2026-12-06 16:31:31.956876','2026-12-06 16:31:32.227550','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-18',189000000,189000000,'2026-08-10',2,18,'2026-12-06 16:31:31.956878','2026-12-06 16:31:32.246974','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-19',6627873,6627873,'2026-11-25',2,19,'2026-12-06 16:31:32.028911','2026-12-06 16:31:32.035137','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-15',6931109,6931109,'2026-10-20',2,20,'2026-12-06 16:31:32.089701','2026-12-06 16:31:32.094269','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-21',5000000,5000000,'2026-11-21',2,21,'2026-12-06 16:31:32.256111','2026-12-06 16:31:32.259411','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-06',61623515,36974109,NULL,2,22,'2026-12-06 16:31:32.256114','2026-12-06 16:31:32.263224','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-20',155454869,0,NULL,1,23,'2026-12-06 16:31:32.256115','2026-12-06 16:31:32.256115','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-03',5000000,5000000,'2026-11-03',2,24,'2026-12-06 16:31:32.282266','2026-12-06 16:31:32.285263','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-03',292543680,0,NULL,1,25,'2026-12-06 16:31:32.282268','2026-12-06 16:31:32.282269','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-16',2684416,2684416,'2026-11-19',2,26,'2026-12-06 16:31:32.300505','2026-12-06 16:31:32.303698','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-16',9372626,9372626,'2026-11-17',2,27,'2026-12-06 16:31:32.300508','2026-12-06 16:31:32.307504','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-29',10000000,10000000,'2026-10-29',2,28,'2026-12-06 16:31:32.315997','2026-12-06 16:31:32.318135','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-28',259592120,0,NULL,1,29,'2026-12-06 16:31:32.315999','2026-12-06 16:31:32.315999','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-14',8492152,8492152,'2026-11-20',2,30,'2026-12-06 16:31:32.331748','2026-12-06 16:31:32.334579','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-30',8000000,8000000,'2026-08-30',2,31,'2026-12-06 16:31:32.343070','2026-12-06 16:31:32.345189','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-29',258805000,258805000,'2026-09-23',2,32,'2026-12-06 16:31:32.343072','2026-12-06 16:31:32.349004','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-10-01',5000000,5000000,'2026-10-01',2,33,'2026-12-06 16:31:32.365439','2026-12-06 16:31:32.367721','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-16',115288000,115288000,'2026-10-11',2,34,'2026-12-06 16:31:32.365442','2026-12-06 16:31:32.371483','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-30',280672000,280672000,'2026-11-28',2,35,'2026-12-06 16:31:32.365443','2026-12-06 16:31:32.390799','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-31',4424000,4424000,'2026-12-01',2,36,'2026-12-06 16:31:32.397471','2026-12-06 16:31:32.400709','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-12-01',12630240,12630240,'2026-12-04',2,37,'2026-12-06 16:31:32.397473','2026-12-06 16:31:32.404597','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-26',5000000,5000000,'2026-11-26',2,38,'2026-12-06 16:31:32.413009','2026-12-06 16:31:32.415273','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-11',101049400,0,NULL,1,39,'2026-12-06 16:31:32.413011','2026-12-06 16:31:32.413012','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-24',247448600,0,NULL,1,40,'2026-12-06 16:31:32.413012','2026-12-06 16:31:32.413013','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-27',10000000,10000000,'2026-11-27',2,41,'2026-12-06 16:31:32.423850','2026-12-06 16:31:32.427033','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-12',46392281,0,NULL,1,42,'2026-12-06 16:31:32.423852','2026-12-06 16:31:32.423852','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-26',131581989,0,NULL,1,43,'2026-12-06 16:31:32.423853','2026-12-06 16:31:32.423853','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-30',5000000,5000000,'2026-11-30',2,44,'2026-12-06 16:31:32.435577','2026-12-06 16:31:32.437831','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-15',55512265,0,NULL,1,45,'2026-12-06 16:31:32.435579','2026-12-06 16:31:32.435580','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-29',141195285,0,NULL,1,46,'2026-12-06 16:31:32.435580','2026-12-06 16:31:32.435581','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-12-01',8000000,8000000,'2026-12-01',2,47,'2026-12-06 16:31:32.446350','2026-12-06 16:31:32.448621','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-16',50924770,0,NULL,1,48,'2026-12-06 16:31:32.446353','2026-12-06 16:31:32.446354','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-30',137491130,0,NULL,1,49,'2026-12-06 16:31:32.446354','2026-12-06 16:31:32.446355','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-02',5000000,5000000,'2026-12-02',2,50,'2026-12-06 16:31:32.458185','2026-12-06 16:31:32.460268','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2027-01-01',162493760,0,NULL,1,51,'2026-12-06 16:31:32.458187','2026-12-06 16:31:32.458188','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-03',10000000,10000000,'2026-12-03',2,52,'2026-12-06 16:31:32.469046','2026-12-06 16:31:32.471292','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-18',69294125,0,NULL,1,53,'2026-12-06 16:31:32.469048','2026-12-06 16:31:32.469048','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-02-01',185019625,0,NULL,1,54,'2026-12-06 16:31:32.469049','2026-12-06 16:31:32.469050','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-04',8000000,8000000,'2026-12-04',2,55,'2026-12-06 16:31:32.480836','2026-12-06 16:31:32.483932','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-19',79215119,0,NULL,1,56,'2026-12-06 16:31:32.480838','2026-12-06 16:31:32.480838','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-02',203501945,0,NULL,1,57,'2026-12-06 16:31:32.480839','2026-12-06 16:31:32.480839','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-05',10000000,10000000,'2026-12-05',2,58,'2026-12-06 16:31:32.492362','2026-12-06 16:31:32.494652','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-20',45877283,0,NULL,1,59,'2026-12-06 16:31:32.492364','2026-12-06 16:31:32.492365','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-03',130380327,0,NULL,1,60,'2026-12-06 16:31:32.492366','2026-12-06 16:31:32.492366','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,61,'2026-12-06 16:31:32.508943','2026-12-06 16:31:32.512010','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-21',96747589,0,NULL,1,62,'2026-12-06 16:31:32.508945','2026-12-06 16:31:32.508945','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-04',237411041,0,NULL,1,63,'2026-12-06 16:31:32.508946','2026-12-06 16:31:32.508946','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-07',5000000,5000000,'2026-12-07',2,64,'2026-12-06 16:31:32.520615','2026-12-06 16:31:32.522855','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-22',61645000,0,NULL,1,65,'2026-12-06 16:31:32.520617','2026-12-06 16:31:32.520618','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-07',155505000,0,NULL,1,66,'2026-12-06 16:31:32.520618','2026-12-06 16:31:32.520619','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,67,'2026-12-06 16:31:32.674290','2026-12-06 16:31:32.674292','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 16:31:32.674293','2026-12-06 16:31:32.674294','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 16:31:32.674294','2026-12-06 16:31:32.674295','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,70,'2026-12-06 16:31:32.681769','2026-12-06 16:31:32.681770','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-07',50324528,0,NULL,2,71,'2026-12-06 16:31:32.681771','2026-12-06 16:31:32.686684','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-06',221298112,0,NULL,2,72,'2026-12-06 16:31:32.681772','2026-12-06 16:31:32.686830','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 16:31:32.740430','2026-12-06 16:31:32.907238');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 16:31:32.909519','2026-12-06 16:31:32.911246');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 16:31:31.331609','2026-12-06 16:31:31.331613');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 16:31:31.359330','2026-12-06 16:31:33.012805');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 16:31:31.382994','2026-12-06 16:31:31.382996');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 16:31:31.406675','2026-12-06 16:31:33.012805');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 16:31:32.928567','2026-12-06 16:31:32.928569');
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
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-06 16:31:30.000000','2026-12-06 16:31:33.017130');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-06 16:31:31.436469','2026-12-06 16:31:33.017130');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 16:26:32.000000',1,0,1,'2026-12-06 16:31:32.920868','2026-12-06 16:31:32.931913');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 16:26:32.000000',0,0,2,'2026-12-06 16:31:32.936038','2026-12-06 16:31:32.936039');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 16:26:35.000000',0,0,3,'2026-12-06 16:31:32.940113','2026-12-06 16:31:32.940115');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 16:26:38.000000',0,1,4,'2026-12-06 16:31:32.944145','2026-12-06 16:31:32.944147');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 16:26:41.000000',0,1,5,'2026-12-06 16:31:32.948133','2026-12-06 16:31:32.948134');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-21','杭州市余杭区文一西路 2688 号','2026-06-20',1,1,'2026-12-06 16:31:31.696558','2026-12-06 16:31:31.696563');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-20 01:26:00.000000',4,1,2,1,'2026-05-22 02:18:00.000000','2026-12-06 16:31:33.015883',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-20 01:32:00.000000',2,2,2,2,'2026-05-25 05:39:00.000000','2026-12-06 16:31:31.870730',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-20 01:38:00.000000',2,3,2,3,'2026-05-29 02:29:00.000000','2026-12-06 16:31:31.890858',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-20 01:44:00.000000',4,4,2,4,'2026-06-01 05:43:00.000000','2026-12-06 16:31:33.015883',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-17 07:04:00.000000',8,NULL,2,5,'2026-06-05 02:02:00.000000','2026-12-06 16:31:31.796310',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-20 01:50:00.000000',4,5,2,6,'2026-06-09 05:35:00.000000','2026-12-06 16:31:33.015883',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-20 01:56:00.000000',2,6,2,7,'2026-06-12 02:56:00.000000','2026-12-06 16:31:31.959398',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-16 07:00:00.000000',7,NULL,2,8,'2026-06-16 05:00:00.000000','2026-12-06 16:31:31.793915',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 16:31:32.000000','2026-12-06 16:31:32.637499','2026-12-06 16:31:32.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 16:31:32.000000','2026-12-06 16:31:32.659904',NULL,'','2026-12-06 16:31:32.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-22',8,'',NULL,'',NULL,NULL,'2026-05-23 08:00:00.000000',9,1,'2026-05-22 02:33:00.000000','2026-12-06 16:31:32.534358','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-22", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-25',8,'',NULL,'',NULL,NULL,'2026-05-26 08:00:00.000000',9,2,'2026-05-25 05:54:00.000000','2026-12-06 16:31:32.535356','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-29',8,'',NULL,'',NULL,NULL,'2026-05-30 08:00:00.000000',9,3,'2026-05-29 02:44:00.000000','2026-12-06 16:31:32.536177','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-06-01',8,'',NULL,'',NULL,NULL,'2026-06-02 08:00:00.000000',9,4,'2026-06-01 05:58:00.000000','2026-12-06 16:31:32.537000','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-01", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-05',8,'',NULL,'',NULL,NULL,'2026-06-06 08:00:00.000000',9,5,'2026-06-05 02:17:00.000000','2026-12-06 16:31:32.537799','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-09',8,'',NULL,'',NULL,NULL,'2026-06-10 08:00:00.000000',9,6,'2026-06-09 05:50:00.000000','2026-12-06 16:31:32.538614','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-09", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-12',8,'',NULL,'',NULL,NULL,'2026-06-13 08:00:00.000000',9,7,'2026-06-12 03:11:00.000000','2026-12-06 16:31:32.539398','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-12", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,8,'2026-06-20 01:04:00.000000','2026-12-06 16:31:32.540214','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,9,'2026-07-03 02:50:00.000000','2026-12-06 16:31:32.541032','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,10,'2026-08-20 02:39:00.000000','2026-12-06 16:31:32.541846','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,11,'2026-11-25 05:03:00.000000','2026-12-06 16:31:32.542698','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-25", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,12,'2026-06-20 07:56:00.000000','2026-12-06 16:31:32.543523','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,13,'2026-07-04 01:27:00.000000','2026-12-06 16:31:32.544293','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,14,'2026-08-20 05:53:00.000000','2026-12-06 16:31:32.545250','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-20',8,'',NULL,'',NULL,NULL,'2026-10-21 08:00:00.000000',9,15,'2026-10-20 07:11:00.000000','2026-12-06 16:31:32.546124','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,16,'2026-06-20 06:05:00.000000','2026-12-06 16:31:32.546950','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-30',8,'',NULL,'',NULL,NULL,'2026-07-01 08:00:00.000000',9,17,'2026-06-30 01:05:00.000000','2026-12-06 16:31:32.547782','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,18,'2026-06-20 02:58:00.000000','2026-12-06 16:31:32.548587','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,19,'2026-06-29 04:08:00.000000','2026-12-06 16:31:32.549424','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,20,'2026-08-19 07:04:00.000000','2026-12-06 16:31:32.550225','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,21,'2026-06-20 01:11:00.000000','2026-12-06 16:31:32.551006','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,22,'2026-07-04 01:31:00.000000','2026-12-06 16:31:32.551799','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-22',8,'',NULL,'',NULL,NULL,'2026-08-23 08:00:00.000000',9,23,'2026-08-22 02:17:00.000000','2026-12-06 16:31:32.552687','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-22", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,24,'2026-06-20 05:43:00.000000','2026-12-06 16:31:32.553519','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-05',8,'',NULL,'',NULL,NULL,'2026-07-06 08:00:00.000000',9,25,'2026-07-05 08:57:00.000000','2026-12-06 16:31:32.554352','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'','2026-12-03 16:31:31.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-10 06:43:00.000000','2026-12-06 16:31:32.528336','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-21',8,'',NULL,'',NULL,NULL,'2026-11-22 08:00:00.000000',9,27,'2026-11-21 05:00:00.000000','2026-12-06 16:31:32.555138','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-05 07:10:00.000000','2026-12-06 16:31:32.266369','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-03',8,'',NULL,'',NULL,NULL,'2026-11-04 08:00:00.000000',9,29,'2026-11-03 01:03:00.000000','2026-12-06 16:31:32.555974','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,30,'2026-11-19 06:50:00.000000','2026-12-06 16:31:32.556807','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,31,'2026-11-17 03:38:00.000000','2026-12-06 16:31:32.557603','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-17", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-29',8,'',NULL,'',NULL,NULL,'2026-10-30 08:00:00.000000',9,32,'2026-10-29 03:46:00.000000','2026-12-06 16:31:32.558419','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,33,'2026-11-20 03:34:00.000000','2026-12-06 16:31:32.559231','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-30',8,'',NULL,'',NULL,NULL,'2026-08-31 08:00:00.000000',9,34,'2026-08-30 04:03:00.000000','2026-12-06 16:31:32.560012','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-23',8,'',NULL,'',NULL,NULL,'2026-09-24 08:00:00.000000',9,35,'2026-09-23 05:56:00.000000','2026-12-06 16:31:32.560856','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-23", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-10-01',8,'',NULL,'',NULL,NULL,'2026-10-02 08:00:00.000000',9,36,'2026-10-01 03:52:00.000000','2026-12-06 16:31:32.561672','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-11',8,'',NULL,'',NULL,NULL,'2026-10-12 08:00:00.000000',9,37,'2026-10-11 01:44:00.000000','2026-12-06 16:31:32.562457','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-28',8,'',NULL,'',NULL,NULL,'2026-11-29 08:00:00.000000',9,38,'2026-11-28 01:08:00.000000','2026-12-06 16:31:32.563268','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-28", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,39,'2026-12-01 07:08:00.000000','2026-12-06 16:31:32.564059','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,40,'2026-12-04 01:10:00.000000','2026-12-06 16:31:32.565028','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,41,'2026-11-26 07:50:00.000000','2026-12-06 16:31:32.565902','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,42,'2026-11-27 03:34:00.000000','2026-12-06 16:31:32.566723','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-27", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,43,'2026-11-30 04:30:00.000000','2026-12-06 16:31:32.567536','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,44,'2026-12-01 04:23:00.000000','2026-12-06 16:31:32.568365','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,45,'2026-12-02 03:25:00.000000','2026-12-06 16:31:32.569175','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,46,'2026-12-03 01:06:00.000000','2026-12-06 16:31:32.570007','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,47,'2026-12-04 07:28:00.000000','2026-12-06 16:31:32.570814','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-05 09:13:00.000000','2026-12-06 16:31:32.497804','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-06 05:57:00.000000','2026-12-06 16:31:32.515265','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-07',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 16:30:31.000000','2026-12-06 16:31:32.525971','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-07", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'',NULL,'',NULL,26,'2026-12-05 08:00:00.000000',9,51,'2026-12-03 16:31:31.000000','2026-12-06 16:31:32.571623','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-06 16:31:31.363507','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 16:31:30.000000','2026-12-06 16:31:31.509818');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-06 16:31:31.851270','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-06 16:31:31.913349','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-06 16:31:31.934954','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-06 16:31:31.994684','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-06 16:31:32.161011','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-06 16:31:32.206538','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-06 16:31:32.257931','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-06 16:31:32.272967','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-06 16:31:32.283803','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-06 16:31:32.294775','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-06 16:31:32.425612','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-06 16:31:32.482536','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-06 16:31:32.510627','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-06 16:31:32.683483','2026-12-06 16:31:33.016414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-06 16:31:32.691672','2026-12-06 16:31:33.016414');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 16:31:31.485588','2026-12-06 16:31:31.485592');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 16:31:31.485594','2026-12-06 16:31:31.485595');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 16:31:31.485596','2026-12-06 16:31:31.485597');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 16:31:31.485599','2026-12-06 16:31:31.485600');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 16:31:31.493457','2026-12-06 16:31:31.493461');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 16:31:31.493463','2026-12-06 16:31:31.493464');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 16:31:31.493466','2026-12-06 16:31:31.493467');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 16:31:31.493468','2026-12-06 16:31:31.493469');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 16:31:31.499733','2026-12-06 16:31:31.505884');
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
INSERT INTO "rotation_turns" VALUES('2026-11-17',2,'serve',1,NULL,'',1,'2026-11-16 16:31:30.000000','2026-12-06 16:31:31.339881');
INSERT INTO "rotation_turns" VALUES('2026-11-17',4,'serve',2,NULL,'',2,'2026-11-16 17:31:30.000000','2026-12-06 16:31:33.018016');
INSERT INTO "rotation_turns" VALUES('2026-11-17',5,'serve',3,NULL,'',3,'2026-11-16 18:31:30.000000','2026-12-06 16:31:31.386263');
INSERT INTO "rotation_turns" VALUES('2026-12-07',4,'skip',NULL,NULL,'',4,'2026-12-06 16:31:30.000000','2026-12-06 16:31:31.520519');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 16:31:30.000000','2026-12-06 16:31:31.527190');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',6,NULL,'',6,'2026-12-06 16:26:32.000000','2026-12-06 16:31:32.930772');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 16:31:30.742064','2026-12-06 16:31:30.742069');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 16:31:30.744136','2026-12-06 16:31:30.744139');
INSERT INTO "settings" VALUES('database.id','"e0c551bd-de82-48bc-a112-352ffe4bad6d"',1,3,'2026-12-06 16:31:31.827661','2026-12-06 16:31:31.827666');
INSERT INTO "settings" VALUES('ids.key_check','"BmnzkcMlRrhAkAKatO4z1MWAWKUiLfXRJflpb5bIiOY="',1,4,'2026-12-06 16:31:31.829190','2026-12-06 16:31:31.829192');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 16:31:32.662238','2026-12-06 16:31:32.662241');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 16:31:32.912751','2026-12-06 16:31:32.912753');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-21 01:06:00.000000','','2026-06-20 01:26:00.000000','',1,'2026-06-20 01:06:00.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-21 01:12:00.000000','','2026-06-20 01:32:00.000000','转认购',2,'2026-06-20 01:12:00.000000','2026-12-06 16:31:31.864090',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-21 01:18:00.000000','','2026-06-20 01:38:00.000000','转认购',3,'2026-06-20 01:18:00.000000','2026-12-06 16:31:31.884236',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-21 01:24:00.000000','','2026-06-20 01:44:00.000000','',4,'2026-06-20 01:24:00.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-21 01:30:00.000000','','2026-06-20 01:50:00.000000','',5,'2026-06-20 01:30:00.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-21 01:36:00.000000','','2026-06-20 01:56:00.000000','转认购',6,'2026-06-20 01:36:00.000000','2026-12-06 16:31:31.952701',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 16:31:31.000000','2026-12-06 16:31:32.574366',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 16:31:31.000000','2026-12-06 16:31:32.577503',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 14:31:31.000000','',NULL,'',9,'2026-12-06 14:31:31.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 11:31:31.000000','',NULL,'',10,'2026-12-06 11:31:31.000000','2026-12-06 16:31:32.583182',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 20:31:31.000000','',NULL,'',11,'2026-12-05 20:31:31.000000','2026-12-06 16:31:32.586184',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 10:31:31.000000','','2026-12-06 10:31:31.000000','',12,'2026-12-05 10:31:31.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 16:31:31.000000','','2026-12-05 16:31:31.000000','',13,'2026-12-04 16:31:31.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 16:31:31.000000','','2026-12-04 16:31:31.000000','',14,'2026-12-03 16:31:31.000000','2026-12-06 16:31:33.015318',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 16:31:32.000000','',NULL,'',15,'2026-12-06 16:31:32.000000','2026-12-06 16:31:32.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.652407');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.586010');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.673032');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.688082');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.031668');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.580148');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.479657');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.115864');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.092194');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.519480');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.302376');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 16:31:31.703039','2026-12-06 16:31:32.269167');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 16:31:31.703039','2026-12-06 16:31:31.703039');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 16:31:31.707131','2026-12-06 16:31:32.583011');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 16:31:31.707131','2026-12-06 16:31:32.333296');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 16:31:31.707131','2026-12-06 16:31:32.399282');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 16:31:31.707131','2026-12-06 16:31:32.507820');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 16:31:31.707131','2026-12-06 16:31:32.411860');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 16:31:31.707131','2026-12-06 16:31:31.707131');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.500567');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.422700');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.457076');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.155589');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.201125');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.445167');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.233540');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.434423');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.467896');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.355125');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.577329');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 16:31:31.712364','2026-12-06 16:31:32.573841');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 16:31:31.712364','2026-12-06 16:31:31.712364');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 16:31:30.648883','2026-12-06 16:31:30.648891');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 16:31:30.726480','2026-12-06 16:31:30.726483');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 16:31:30.735827','2026-12-06 16:31:30.735830');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 16:31:30.735832','2026-12-06 16:31:30.735833');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 16:31:30.912634','2026-12-06 16:31:30.912637');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 16:31:30.915798','2026-12-06 16:31:30.915801');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 16:31:30.915802','2026-12-06 16:31:30.915804');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 16:31:30.918908','2026-12-06 16:31:30.918911');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 16:31:31.677084','2026-12-06 16:31:31.677087');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 16:31:31.680004','2026-12-06 16:31:31.680007');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 16:31:31.682610','2026-12-06 16:31:31.682612');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 16:31:31.685159','2026-12-06 16:31:31.685161');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 16:31:31.687697','2026-12-06 16:31:31.687699');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$BF/mP/dNwQ5XIqN8GevZnA==$RC3AiGeVPjVuLJvZ8i3e2ZPfGccGbUEkkd47AGrqZzk=',1,0,NULL,1,1,'2026-12-06 16:31:30.647073','2026-12-06 16:31:30.647081');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$MXRDhoC9xKK6oHkWjLbzoQ==$QTPRrJ2lXHmxRH7v8EeeVgKS6WqOYGT/dkDIbEIMjCs=',1,1,NULL,1,2,'2026-12-06 16:31:30.725782','2026-12-06 16:31:30.725789');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 16:31:30.734879','2026-12-06 16:31:30.734885');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 16:31:30.912118','2026-12-06 16:31:30.912123');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 16:31:30.915326','2026-12-06 16:31:30.915330');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 16:31:30.918549','2026-12-06 16:31:30.918552');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 16:31:31.676609','2026-12-06 16:31:31.676616');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 16:31:31.679659','2026-12-06 16:31:31.679663');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 16:31:31.682276','2026-12-06 16:31:31.682280');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 16:31:31.684825','2026-12-06 16:31:31.684829');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 16:31:31.687362','2026-12-06 16:31:31.687366');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 16:31:30.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 16:31:31.332865','2026-12-06 16:31:31.332869');
INSERT INTO "visits" VALUES(2,'2026-11-16 17:31:30.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 16:31:31.359554','2026-12-06 16:31:33.010723');
INSERT INTO "visits" VALUES(3,'2026-11-16 18:31:30.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 16:31:31.383226','2026-12-06 16:31:31.383229');
INSERT INTO "visits" VALUES(1,'2026-12-04 16:31:30.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 16:31:31.393269','2026-12-06 16:31:31.393273');
INSERT INTO "visits" VALUES(2,'2026-12-04 16:31:30.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 16:31:31.406899','2026-12-06 16:31:33.010723');
INSERT INTO "visits" VALUES(4,'2026-12-06 16:26:32.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 16:31:32.928738','2026-12-06 16:31:32.928739');
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
COMMIT;
