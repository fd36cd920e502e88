BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0002_front_desk');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-11-23 08:56:43.520466','2026-11-23 08:56:43.520470');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-11-23 08:56:43.520471','2026-11-23 08:56:43.520472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-11-23 08:56:43.584558','2026-11-23 08:56:43.584565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-11-23 08:56:43.584566','2026-11-23 08:56:43.584567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-11-23 08:56:43.591392','2026-11-23 08:56:43.591397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-11-23 08:56:43.591398','2026-11-23 08:56:43.591399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-11-23 08:56:43.591399','2026-11-23 08:56:43.591400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-11-23 08:56:43.596624','2026-11-23 08:56:43.596628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-11-23 08:56:43.596629','2026-11-23 08:56:43.596630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-11-23 08:56:43.602180','2026-11-23 08:56:43.602185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-11-23 08:56:43.604409','2026-11-23 08:56:43.604411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-11-23 08:56:43.604412','2026-11-23 08:56:43.604413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-11-23 08:56:43.604414','2026-11-23 08:56:43.604414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-11-23 08:56:43.692892','2026-11-23 08:56:43.692897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-11-23 08:56:43.692898','2026-11-23 08:56:43.692899');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-11-23 08:56:43.696181','2026-11-23 08:56:43.696184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-11-23 08:56:43.696185','2026-11-23 08:56:43.696186');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-11-23 08:56:43.696187','2026-11-23 08:56:43.696187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-11-23 08:56:43.698790','2026-11-23 08:56:43.698793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-11-23 08:56:43.698794','2026-11-23 08:56:43.698795');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-03；顾问=2；顺序=1',NULL,21,'2026-11-23 08:56:43.712772','2026-11-23 08:56:43.712776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-03；顾问=4；顺序=2',NULL,22,'2026-11-23 08:56:43.712777','2026-11-23 08:56:43.712778');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-03；顾问=5；顺序=3',NULL,23,'2026-11-23 08:56:43.712778','2026-11-23 08:56:43.712779');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C''；备注=''''；同意告知时间=2026-11-03 08:56:43 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-11-23 08:56:44.053710','2026-11-23 08:56:44.053715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-11-23 08:56:44.075143','2026-11-23 08:56:44.075152');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-03 08:56:43 UTC；首访/复访=''first''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-11-23 08:56:44.075153','2026-11-23 08:56:44.075154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-03',NULL,27,'2026-11-23 08:56:44.075155','2026-11-23 08:56:44.075156');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-03；顾问=2；类型=''serve''；来访编号=1；备注=''''',NULL,28,'2026-11-23 08:56:44.082018','2026-11-23 08:56:44.082021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'姓名=''曾小贤''；手机号=''139****1111''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''老带新''；认知途径=''''；意向等级=''C''；推荐人=1；备注=''''；同意告知时间=2026-11-03 09:56:43 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,29,'2026-11-23 08:56:44.091747','2026-11-23 08:56:44.091751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'客户编号=2；新顾问=4；方式=''register''；原因=''''',NULL,30,'2026-11-23 08:56:44.094920','2026-11-23 08:56:44.094924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'客户编号=2；来访时间=2026-11-03 09:56:43 UTC；首访/复访=''first''；来访人数=1；来源渠道=''老带新''；认知途径=''''；接待顾问=4；备注=''''',NULL,31,'2026-11-23 08:56:44.094925','2026-11-23 08:56:44.094926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-03',NULL,32,'2026-11-23 08:56:44.094927','2026-11-23 08:56:44.094928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-03；顾问=4；类型=''serve''；来访编号=2；备注=''''',NULL,33,'2026-11-23 08:56:44.098693','2026-11-23 08:56:44.098697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'推荐人=1；被推荐人=2；积分=100；类型=''visit''；说明=''推荐的 曾小贤 首次到访''',NULL,34,'2026-11-23 08:56:44.098698','2026-11-23 08:56:44.098698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''masked''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-11-03 10:56:43 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-11-23 08:56:44.110541','2026-11-23 08:56:44.110549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-11-23 08:56:44.113475','2026-11-23 08:56:44.113480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-03 10:56:43 UTC；首访/复访=''first''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-11-23 08:56:44.113481','2026-11-23 08:56:44.113482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-03',NULL,38,'2026-11-23 08:56:44.113483','2026-11-23 08:56:44.113484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-03；顾问=5；类型=''serve''；来访编号=3；备注=''''',NULL,39,'2026-11-23 08:56:44.115683','2026-11-23 08:56:44.115686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-11-21 08:56:43 UTC；首访/复访=''return''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,40,'2026-11-23 08:56:44.121808','2026-11-23 08:56:44.121811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-03 → 2026-12-21',NULL,41,'2026-11-23 08:56:44.121812','2026-11-23 08:56:44.121813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-11-21 08:56:43 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,42,'2026-11-23 08:56:44.127701','2026-11-23 08:56:44.127706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'客户编号=4；新顾问=4；方式=''register''；原因=''''',NULL,43,'2026-11-23 08:56:44.130491','2026-11-23 08:56:44.130494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'客户编号=4；来访时间=2026-11-21 08:56:43 UTC；首访/复访=''first''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=4；备注=''''',NULL,44,'2026-11-23 08:56:44.130495','2026-11-23 08:56:44.130496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-21',NULL,45,'2026-11-23 08:56:44.130497','2026-11-23 08:56:44.130498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C''；新等级=''A''；原因=''预算明确，三个月内购买''',NULL,46,'2026-11-23 08:56:44.140517','2026-11-23 08:56:44.140521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-11-22 08:56:43 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-11-26；原等级=''C''；新等级=''A''',NULL,47,'2026-11-23 08:56:44.140522','2026-11-23 08:56:44.140523');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C'' → ''A''；计划跟进日：（空） → 2026-11-26',NULL,48,'2026-11-23 08:56:44.140524','2026-11-23 08:56:44.140525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''spouse''；姓名=''李娜''；手机号=''137****2222''',NULL,49,'2026-11-23 08:56:44.144405','2026-11-23 08:56:44.144410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'客户编号=2；原号码=''139****1111''；新号码=''139****3333''；原因=''客户换号''',NULL,50,'2026-11-23 08:56:44.150033','2026-11-23 08:56:44.150110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'手机号：''139****1111'' → ''139****3333''',NULL,51,'2026-11-23 08:56:44.150112','2026-11-23 08:56:44.150112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'保留客户=2；并入的客户编号=4；并入记录=***；原因=''同一人登记了两次''',NULL,52,'2026-11-23 08:56:44.154586','2026-11-23 08:56:44.154589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'客户编号=2；原号码=''139****4444''；新号码=''139****3333''；原因=''合并客户 4：同一人登记了两次''',NULL,53,'2026-11-23 08:56:44.156280','2026-11-23 08:56:44.156283');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2026-12-21；意向等级=''C''；备注=''''；同意告知时间=2026-11-21 08:56:43 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,54,'2026-11-23 08:56:44.172452','2026-11-23 08:56:44.172456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'合并客户：编号 4 并入 2','同一人登记了两次',55,'2026-11-23 08:56:44.172457','2026-11-23 08:56:44.172458');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,56,'2026-11-23 08:56:44.175349','2026-11-23 08:56:44.175351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-11-22；维度=''communication''；风险=''high''',NULL,57,'2026-11-23 08:56:44.179798','2026-11-23 08:56:44.179802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-11-22；维度=''focus''；风险=''high''',NULL,58,'2026-11-23 08:56:44.179803','2026-11-23 08:56:44.179804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-11-22；维度=''companions''；风险=''low''',NULL,59,'2026-11-23 08:56:44.179804','2026-11-23 08:56:44.179805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-11-22；维度=''funding''；风险=''low''',NULL,60,'2026-11-23 08:56:44.179805','2026-11-23 08:56:44.179806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-11-23；维度=''communication''；风险=''high''',NULL,61,'2026-11-23 08:56:44.190811','2026-11-23 08:56:44.190815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-11-23；维度=''focus''；风险=''high''',NULL,62,'2026-11-23 08:56:44.190816','2026-11-23 08:56:44.190817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-11-23；维度=''companions''；风险=''high''',NULL,63,'2026-11-23 08:56:44.190818','2026-11-23 08:56:44.190818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-11-23；维度=''funding''；风险=''low''',NULL,64,'2026-11-23 08:56:44.190819','2026-11-23 08:56:44.190820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-11-22；截止日=2026-11-23；状态=''open''；回访结果=''''',NULL,65,'2026-11-23 08:56:44.195422','2026-11-23 08:56:44.195425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,66,'2026-11-23 08:56:44.201647','2026-11-23 08:56:44.201650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,67,'2026-11-23 08:56:44.204637','2026-11-23 08:56:44.204640');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-11-23；顾问=4；顺序=1',NULL,68,'2026-11-23 08:56:44.208828','2026-11-23 08:56:44.208831');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-11-23；顾问=2；顺序=2',NULL,69,'2026-11-23 08:56:44.208832','2026-11-23 08:56:44.208832');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-11-23；顾问=5；顺序=3',NULL,70,'2026-11-23 08:56:44.208833','2026-11-23 08:56:44.208834');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-11-23；顾问=4；类型=''skip''；备注=''''',NULL,71,'2026-11-23 08:56:44.213434','2026-11-23 08:56:44.213436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-11-23；顾问=2；类型=''serve''；备注=''''',NULL,72,'2026-11-23 08:56:44.215190','2026-11-23 08:56:44.215193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,73,'2026-11-23 08:56:44.217977','2026-11-23 08:56:44.217979');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,74,'2026-11-23 08:56:44.222925','2026-11-23 08:56:44.222930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-11-23 08:56:43 UTC',NULL,75,'2026-11-23 08:56:44.226843','2026-11-23 08:56:44.226847');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-11-23 08:56:43.603493','2026-11-23 08:56:43.603496');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-11-23 08:56:43.603497','2026-11-23 08:56:43.603498');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-11-23 08:56:43.599898','2026-11-23 08:56:43.599904');
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
INSERT INTO "customer_merges" VALUES(2,4,'{"age_band": "", "anonymised_at": null, "area_max": null, "area_min": null, "awareness": "", "birthday": null, "budget_max": null, "budget_min": null, "buyer_type": "", "channel": "自然到访", "consent_at": "2026-11-21T08:56:43+00:00", "created_at": "2026-11-23T08:56:44.126636+00:00", "created_by_id": null, "do_not_disturb": false, "family_structure": "", "first_visit_at": "2026-11-21T08:56:43+00:00", "floor_preference": "", "focus": "", "gender": "", "grade": "C", "id": 4, "last_contact_at": "2026-11-21T08:56:43+00:00", "last_follow_up_at": null, "last_visit_at": "2026-11-21T08:56:43+00:00", "layout": "", "marketing_opt_in": false, "name": "曾晓贤", "next_follow_up_on": "2026-12-21", "notes": "", "owner_id": 4, "phone": "13900004444", "phone_kind": "mobile", "planned_follow_up_on": null, "protected_until": "2026-12-21", "purpose": "", "referrer_id": null, "risk_index": null, "risk_monitoring": false, "updated_at": "2026-11-23T08:56:44.128870+00:00", "version": 2, "visit_count": 1}','同一人登记了两次',NULL,1,'2026-11-23 08:56:44.153326','2026-11-23 08:56:44.153331');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-11-23 08:56:44.143445','2026-11-23 08:56:44.143450');
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
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_customers PRIMARY KEY (id), 
	CONSTRAINT fk_customers_created_by_id_users FOREIGN KEY(created_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_customers_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_customers_referrer_id_customers FOREIGN KEY(referrer_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT uq_customers_phone_key UNIQUE (phone_key)
);
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2026-12-21','A',NULL,NULL,NULL,'','2026-11-03 08:56:43.000000',1,0,2,'2026-11-03 08:56:43.000000','2026-11-21 08:56:43.000000','2026-11-22 08:56:43.000000','2026-11-22 08:56:43.000000','2026-11-26','2026-11-26',1,38,NULL,NULL,7,1,'2026-11-23 08:56:44.051474','2026-11-23 08:56:44.192621');
INSERT INTO "customers" VALUES('曾小贤','zxx','13900003333','13900003333','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-03','C',1,NULL,NULL,'','2026-11-03 09:56:43.000000',0,0,2,'2026-11-03 09:56:43.000000','2026-11-21 08:56:43.000000',NULL,'2026-11-21 08:56:43.000000',NULL,'2026-12-21',0,NULL,NULL,NULL,5,2,'2026-11-23 08:56:44.090269','2026-11-23 08:56:44.169884');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-03','C',NULL,NULL,NULL,'','2026-11-03 10:56:43.000000',0,0,1,'2026-11-03 10:56:43.000000','2026-11-03 10:56:43.000000',NULL,'2026-11-03 10:56:43.000000',NULL,'2026-12-03',0,NULL,NULL,NULL,2,3,'2026-11-23 08:56:44.109056','2026-11-23 08:56:44.111835');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-11-23 08:56:43.000000',2,1,'2026-11-23 08:56:44.221989','2026-11-23 08:56:44.226153');
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
INSERT INTO "duty_roster" VALUES('2026-11-03',2,1,1,'2026-11-23 08:56:43.711563','2026-11-23 08:56:43.711571');
INSERT INTO "duty_roster" VALUES('2026-11-03',4,2,2,'2026-11-23 08:56:43.711572','2026-11-23 08:56:43.711573');
INSERT INTO "duty_roster" VALUES('2026-11-03',5,3,3,'2026-11-23 08:56:43.711573','2026-11-23 08:56:43.711574');
INSERT INTO "duty_roster" VALUES('2026-11-23',4,1,4,'2026-11-23 08:56:44.207996','2026-11-23 08:56:44.208000');
INSERT INTO "duty_roster" VALUES('2026-11-23',2,2,5,'2026-11-23 08:56:44.208001','2026-11-23 08:56:44.208002');
INSERT INTO "duty_roster" VALUES('2026-11-23',5,3,6,'2026-11-23 08:56:44.208002','2026-11-23 08:56:44.208003');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-11-22 08:56:43.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-11-26','C','A',1,'2026-11-23 08:56:44.137826','2026-11-23 08:56:44.137830');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-11-22 08:56:43.000000','2026-11-23 08:56:44.139036');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-11-23 08:56:44.057493','2026-11-23 08:56:44.057495');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-11-23 08:56:44.093338','2026-11-23 08:56:44.093341');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-11-23 08:56:44.112143','2026-11-23 08:56:44.112147');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-11-23 08:56:44.129144','2026-11-23 08:56:44.161405');
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
INSERT INTO "phone_changes" VALUES(2,NULL,'13900001111','13900003333','客户换号',1,'2026-11-23 08:56:44.148896','2026-11-23 08:56:44.148899');
INSERT INTO "phone_changes" VALUES(2,NULL,'13900004444','13900003333','合并客户 4：同一人登记了两次',2,'2026-11-23 08:56:44.154751','2026-11-23 08:56:44.154753');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','推荐的 曾小贤 首次到访',NULL,NULL,1,'2026-11-23 08:56:44.097362','2026-11-23 08:56:44.097365');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-11-23 08:56:43.000000','2026-11-23 08:56:44.204050');
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
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','communication','high',NULL,1,'2026-11-23 08:56:44.177396','2026-11-23 08:56:44.177399');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','focus','high',NULL,2,'2026-11-23 08:56:44.177400','2026-11-23 08:56:44.177401');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','companions','low',NULL,3,'2026-11-23 08:56:44.177401','2026-11-23 08:56:44.177402');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','funding','low',NULL,4,'2026-11-23 08:56:44.177403','2026-11-23 08:56:44.177403');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','communication','high',NULL,5,'2026-11-23 08:56:44.189447','2026-11-23 08:56:44.189453');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','focus','high',NULL,6,'2026-11-23 08:56:44.189454','2026-11-23 08:56:44.189455');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','companions','high',NULL,7,'2026-11-23 08:56:44.189455','2026-11-23 08:56:44.189456');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','funding','low',NULL,8,'2026-11-23 08:56:44.189457','2026-11-23 08:56:44.189457');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-11-22','2026-11-23','assigned',5,NULL,'',2,1,'2026-11-23 08:56:44.194521','2026-11-23 08:56:44.200326');
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
INSERT INTO "rotation_turns" VALUES('2026-11-03',2,'serve',1,NULL,'',1,'2026-11-03 08:56:43.000000','2026-11-23 08:56:44.081012');
INSERT INTO "rotation_turns" VALUES('2026-11-03',4,'serve',2,NULL,'',2,'2026-11-03 09:56:43.000000','2026-11-23 08:56:44.097742');
INSERT INTO "rotation_turns" VALUES('2026-11-03',5,'serve',3,NULL,'',3,'2026-11-03 10:56:43.000000','2026-11-23 08:56:44.115222');
INSERT INTO "rotation_turns" VALUES('2026-11-23',4,'skip',NULL,NULL,'',4,'2026-11-23 08:56:43.000000','2026-11-23 08:56:44.212827');
INSERT INTO "rotation_turns" VALUES('2026-11-23',2,'serve',NULL,'同行踩盘','',5,'2026-11-23 08:56:43.000000','2026-11-23 08:56:44.217462');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-11-23 08:56:43.594957','2026-11-23 08:56:43.594964');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-11-23 08:56:43.594965','2026-11-23 08:56:43.594966');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-11-23 08:56:43.517902','2026-11-23 08:56:43.517908');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-11-23 08:56:43.583013','2026-11-23 08:56:43.583019');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-11-23 08:56:43.589228','2026-11-23 08:56:43.589238');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-11-23 08:56:43.589239','2026-11-23 08:56:43.589239');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-11-23 08:56:43.691503','2026-11-23 08:56:43.691507');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-11-23 08:56:43.695037','2026-11-23 08:56:43.695041');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-11-23 08:56:43.695042','2026-11-23 08:56:43.695043');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-11-23 08:56:43.697883','2026-11-23 08:56:43.697886');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$2NfXQ1ob5Z+2kvgcXthZyg==$9kBpptYK8KwvTtr+mDoOSdoc8ANoXYtuUC46NB+/Exo=',1,0,NULL,1,1,'2026-11-23 08:56:43.516280','2026-11-23 08:56:43.516287');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$u0huACcHxGpAorAaAjHuKw==$WAInVlThba/vgzEP0FSnRGRHtXrqwnO6PPmKsXKonY0=',1,1,NULL,1,2,'2026-11-23 08:56:43.582217','2026-11-23 08:56:43.582226');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-11-23 08:56:43.586536','2026-11-23 08:56:43.586542');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-11-23 08:56:43.690931','2026-11-23 08:56:43.690939');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-11-23 08:56:43.694562','2026-11-23 08:56:43.694566');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-11-23 08:56:43.697580','2026-11-23 08:56:43.697584');
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
INSERT INTO "visits" VALUES(1,'2026-11-03 08:56:43.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-11-23 08:56:44.058695','2026-11-23 08:56:44.058698');
INSERT INTO "visits" VALUES(2,'2026-11-03 09:56:43.000000','first',1,'老带新','',4,NULL,'',2,'2026-11-23 08:56:44.093510','2026-11-23 08:56:44.093511');
INSERT INTO "visits" VALUES(3,'2026-11-03 10:56:43.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-11-23 08:56:44.112304','2026-11-23 08:56:44.112306');
INSERT INTO "visits" VALUES(1,'2026-11-21 08:56:43.000000','return',1,'自然到访','',2,NULL,'',4,'2026-11-23 08:56:44.121012','2026-11-23 08:56:44.121015');
INSERT INTO "visits" VALUES(2,'2026-11-21 08:56:43.000000','first',1,'自然到访','',4,NULL,'',5,'2026-11-23 08:56:44.129354','2026-11-23 08:56:44.158604');
CREATE INDEX ix_audit_log_action ON audit_log (action);
CREATE INDEX ix_audit_log_created_at ON audit_log (created_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_user_roles_user_id ON user_roles (user_id);
CREATE INDEX ix_customers_birthday_md ON customers (birthday_md);
CREATE INDEX ix_customers_channel ON customers (channel);
CREATE INDEX ix_customers_created_at ON customers (created_at);
CREATE INDEX ix_customers_grade ON customers (grade);
CREATE INDEX ix_customers_last_contact_at ON customers (last_contact_at);
CREATE INDEX ix_customers_name ON customers (name);
CREATE INDEX ix_customers_name_initials ON customers (name_initials);
CREATE INDEX ix_customers_next_follow_up_on ON customers (next_follow_up_on);
CREATE INDEX ix_customers_owner_id ON customers (owner_id);
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
CREATE INDEX ix_customers_visit_count ON customers (visit_count);
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
COMMIT;
