BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0003_deals');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-11-23 14:04:23.241142','2026-11-23 14:04:23.241144');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-11-23 14:04:23.241144','2026-11-23 14:04:23.241145');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-11-23 14:04:23.282693','2026-11-23 14:04:23.282695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-11-23 14:04:23.282696','2026-11-23 14:04:23.282696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-11-23 14:04:23.284683','2026-11-23 14:04:23.284684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-11-23 14:04:23.284685','2026-11-23 14:04:23.284685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-11-23 14:04:23.284686','2026-11-23 14:04:23.284686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-11-23 14:04:23.287018','2026-11-23 14:04:23.287019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-11-23 14:04:23.287562','2026-11-23 14:04:23.287562');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-11-23 14:04:23.290519','2026-11-23 14:04:23.290521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-11-23 14:04:23.291647','2026-11-23 14:04:23.291648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-11-23 14:04:23.291648','2026-11-23 14:04:23.291649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-11-23 14:04:23.291649','2026-11-23 14:04:23.291650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-11-23 14:04:23.332269','2026-11-23 14:04:23.332270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-11-23 14:04:23.332271','2026-11-23 14:04:23.332271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-11-23 14:04:23.333631','2026-11-23 14:04:23.333632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-11-23 14:04:23.333633','2026-11-23 14:04:23.333634');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-11-23 14:04:23.333634','2026-11-23 14:04:23.333635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-11-23 14:04:23.334904','2026-11-23 14:04:23.334905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-11-23 14:04:23.334906','2026-11-23 14:04:23.334906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-03；顾问=2；顺序=1',NULL,21,'2026-11-23 14:04:23.341653','2026-11-23 14:04:23.341655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-03；顾问=4；顺序=2',NULL,22,'2026-11-23 14:04:23.341656','2026-11-23 14:04:23.341656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-03；顾问=5；顺序=3',NULL,23,'2026-11-23 14:04:23.341657','2026-11-23 14:04:23.341657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C''；备注=''''；同意告知时间=2026-11-03 14:04:23 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-11-23 14:04:23.588435','2026-11-23 14:04:23.588437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-11-23 14:04:23.598614','2026-11-23 14:04:23.598619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-03 14:04:23 UTC；首访/复访=''first''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-11-23 14:04:23.598620','2026-11-23 14:04:23.598620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-03',NULL,27,'2026-11-23 14:04:23.598621','2026-11-23 14:04:23.598621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-03；顾问=2；类型=''serve''；来访编号=1；备注=''''',NULL,28,'2026-11-23 14:04:23.602399','2026-11-23 14:04:23.602401');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'姓名=''曾小贤''；手机号=''139****1111''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''老带新''；认知途径=''''；意向等级=''C''；推荐人=1；备注=''''；同意告知时间=2026-11-03 15:04:23 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,29,'2026-11-23 14:04:23.692468','2026-11-23 14:04:23.692470');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'客户编号=2；新顾问=4；方式=''register''；原因=''''',NULL,30,'2026-11-23 14:04:23.694548','2026-11-23 14:04:23.694551');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'客户编号=2；来访时间=2026-11-03 15:04:23 UTC；首访/复访=''first''；来访人数=1；来源渠道=''老带新''；认知途径=''''；接待顾问=4；备注=''''',NULL,31,'2026-11-23 14:04:23.694551','2026-11-23 14:04:23.694552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-03',NULL,32,'2026-11-23 14:04:23.694553','2026-11-23 14:04:23.694553');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-03；顾问=4；类型=''serve''；来访编号=2；备注=''''',NULL,33,'2026-11-23 14:04:23.697250','2026-11-23 14:04:23.697252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'推荐人=1；被推荐人=2；积分=100；类型=''visit''；说明=''推荐的 曾小贤 首次到访''',NULL,34,'2026-11-23 14:04:23.697253','2026-11-23 14:04:23.697253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''masked''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-11-03 16:04:23 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-11-23 14:04:23.704911','2026-11-23 14:04:23.704913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-11-23 14:04:23.706928','2026-11-23 14:04:23.706930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-03 16:04:23 UTC；首访/复访=''first''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-11-23 14:04:23.706931','2026-11-23 14:04:23.706932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-04',NULL,38,'2026-11-23 14:04:23.706932','2026-11-23 14:04:23.706933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-11-21 14:04:23 UTC；首访/复访=''return''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,39,'2026-11-23 14:04:23.711149','2026-11-23 14:04:23.711151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-03 → 2026-12-21',NULL,40,'2026-11-23 14:04:23.711152','2026-11-23 14:04:23.711152');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-11-21 14:04:23 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,41,'2026-11-23 14:04:23.715309','2026-11-23 14:04:23.715311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'客户编号=4；新顾问=4；方式=''register''；原因=''''',NULL,42,'2026-11-23 14:04:23.717232','2026-11-23 14:04:23.717234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'客户编号=4；来访时间=2026-11-21 14:04:23 UTC；首访/复访=''first''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=4；备注=''''',NULL,43,'2026-11-23 14:04:23.717235','2026-11-23 14:04:23.717236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-21',NULL,44,'2026-11-23 14:04:23.717237','2026-11-23 14:04:23.717237');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C''；新等级=''A''；原因=''预算明确，三个月内购买''',NULL,45,'2026-11-23 14:04:23.724147','2026-11-23 14:04:23.724150');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-11-22 14:04:23 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-11-26；原等级=''C''；新等级=''A''',NULL,46,'2026-11-23 14:04:23.724151','2026-11-23 14:04:23.724151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C'' → ''A''；计划跟进日：（空） → 2026-11-26',NULL,47,'2026-11-23 14:04:23.724152','2026-11-23 14:04:23.724153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''spouse''；姓名=''李娜''；手机号=''137****2222''',NULL,48,'2026-11-23 14:04:23.726760','2026-11-23 14:04:23.726762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'客户编号=2；原号码=''139****1111''；新号码=''139****3333''；原因=''客户换号''',NULL,49,'2026-11-23 14:04:23.730983','2026-11-23 14:04:23.730985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'手机号：''139****1111'' → ''139****3333''',NULL,50,'2026-11-23 14:04:23.730986','2026-11-23 14:04:23.730987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'保留客户=2；并入的客户编号=4；并入记录=***；原因=''同一人登记了两次''',NULL,51,'2026-11-23 14:04:23.734364','2026-11-23 14:04:23.734366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'客户编号=2；原号码=''139****4444''；新号码=''139****3333''；原因=''合并客户 4：同一人登记了两次''',NULL,52,'2026-11-23 14:04:23.735672','2026-11-23 14:04:23.735674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2026-12-21；意向等级=''C''；备注=''''；同意告知时间=2026-11-21 14:04:23 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,53,'2026-11-23 14:04:23.752683','2026-11-23 14:04:23.752686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'合并客户：编号 4 并入 2','同一人登记了两次',54,'2026-11-23 14:04:23.752687','2026-11-23 14:04:23.752687');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,55,'2026-11-23 14:04:23.754567','2026-11-23 14:04:23.754569');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-11-22；维度=''communication''；风险=''high''',NULL,56,'2026-11-23 14:04:23.756698','2026-11-23 14:04:23.756700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-11-22；维度=''focus''；风险=''high''',NULL,57,'2026-11-23 14:04:23.756701','2026-11-23 14:04:23.756701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-11-22；维度=''companions''；风险=''low''',NULL,58,'2026-11-23 14:04:23.756701','2026-11-23 14:04:23.756702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-11-22；维度=''funding''；风险=''low''',NULL,59,'2026-11-23 14:04:23.756702','2026-11-23 14:04:23.756703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-11-23；维度=''communication''；风险=''high''',NULL,60,'2026-11-23 14:04:23.760125','2026-11-23 14:04:23.760126');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-11-23；维度=''focus''；风险=''high''',NULL,61,'2026-11-23 14:04:23.760127','2026-11-23 14:04:23.760127');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-11-23；维度=''companions''；风险=''high''',NULL,62,'2026-11-23 14:04:23.760128','2026-11-23 14:04:23.760128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-11-23；维度=''funding''；风险=''low''',NULL,63,'2026-11-23 14:04:23.760128','2026-11-23 14:04:23.760129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-11-22；截止日=2026-11-23；状态=''open''；回访结果=''''',NULL,64,'2026-11-23 14:04:23.762464','2026-11-23 14:04:23.762466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,65,'2026-11-23 14:04:23.767104','2026-11-23 14:04:23.767106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,66,'2026-11-23 14:04:23.768782','2026-11-23 14:04:23.768783');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-11-23；顾问=4；顺序=1',NULL,67,'2026-11-23 14:04:23.771360','2026-11-23 14:04:23.771361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-11-23；顾问=2；顺序=2',NULL,68,'2026-11-23 14:04:23.771362','2026-11-23 14:04:23.771362');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-11-23；顾问=5；顺序=3',NULL,69,'2026-11-23 14:04:23.771363','2026-11-23 14:04:23.771363');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-23；顾问=4；类型=''skip''；备注=''''',NULL,70,'2026-11-23 14:04:23.773821','2026-11-23 14:04:23.773822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-11-23；顾问=2；类型=''serve''；备注=''''',NULL,71,'2026-11-23 14:04:23.774922','2026-11-23 14:04:23.774923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',4,'无效原因：（空） → ''同行踩盘''',NULL,72,'2026-11-23 14:04:23.776763','2026-11-23 14:04:23.776764');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,73,'2026-11-23 14:04:23.779637','2026-11-23 14:04:23.779638');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-11-23 14:04:23 UTC',NULL,74,'2026-11-23 14:04:23.781791','2026-11-23 14:04:23.781792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,75,'2026-11-23 14:04:23.828866','2026-11-23 14:04:23.828867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,76,'2026-11-23 14:04:23.828868','2026-11-23 14:04:23.828868');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,77,'2026-11-23 14:04:23.830164','2026-11-23 14:04:23.830166');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,78,'2026-11-23 14:04:23.830167','2026-11-23 14:04:23.830167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,79,'2026-11-23 14:04:23.831333','2026-11-23 14:04:23.831334');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,80,'2026-11-23 14:04:23.831335','2026-11-23 14:04:23.831335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,81,'2026-11-23 14:04:23.832466','2026-11-23 14:04:23.832467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,82,'2026-11-23 14:04:23.832468','2026-11-23 14:04:23.832468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,83,'2026-11-23 14:04:23.833368','2026-11-23 14:04:23.833369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,84,'2026-11-23 14:04:23.833370','2026-11-23 14:04:23.833370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-07；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-06',NULL,85,'2026-11-23 14:04:23.838000','2026-11-23 14:04:23.838001');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,86,'2026-11-23 14:04:23.841160','2026-11-23 14:04:23.841161');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,87,'2026-11-23 14:04:23.841162','2026-11-23 14:04:23.841162');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,88,'2026-11-23 14:04:23.843731','2026-11-23 14:04:23.843732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,89,'2026-11-23 14:04:23.843732','2026-11-23 14:04:23.843733');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,90,'2026-11-23 14:04:23.846100','2026-11-23 14:04:23.846101');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-11-23 14:04:23.846102','2026-11-23 14:04:23.846103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'项目=1；排号=1；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''',NULL,92,'2026-11-23 14:04:23.851680','2026-11-23 14:04:23.851763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-05-08；出纳=8；note=''''；作废原因=''''',NULL,93,'2026-11-23 14:04:23.855884','2026-11-23 14:04:23.855886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''',NULL,94,'2026-11-23 14:04:23.857551','2026-11-23 14:04:23.857553');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-05-11；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-11-23 14:04:23.858929','2026-11-23 14:04:23.858930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''',NULL,96,'2026-11-23 14:04:23.859815','2026-11-23 14:04:23.859816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-05-15；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-11-23 14:04:23.860868','2026-11-23 14:04:23.860869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'项目=1；排号=4；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''',NULL,98,'2026-11-23 14:04:23.861706','2026-11-23 14:04:23.861707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-05-18；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-11-23 14:04:23.862797','2026-11-23 14:04:23.862798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''',NULL,100,'2026-11-23 14:04:23.863679','2026-11-23 14:04:23.863681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-05-22；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-11-23 14:04:23.864720','2026-11-23 14:04:23.864721');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'项目=1；排号=6；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''',NULL,102,'2026-11-23 14:04:23.865534','2026-11-23 14:04:23.865535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''刷卡''；交款日期=2026-05-26；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-11-23 14:04:23.866657','2026-11-23 14:04:23.866658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''',NULL,104,'2026-11-23 14:04:23.867591','2026-11-23 14:04:23.867593');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-05-29；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-11-23 14:04:23.868769','2026-11-23 14:04:23.868770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''',NULL,106,'2026-11-23 14:04:23.869590','2026-11-23 14:04:23.869591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''active'' → ''voided''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-02 07:00:00 UTC；closed_by_id：（空） → 7',NULL,107,'2026-11-23 14:04:23.872471','2026-11-23 14:04:23.872473');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''active'' → ''refunded''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-03 07:04:00 UTC；closed_by_id：（空） → 8',NULL,108,'2026-11-23 14:04:23.874314','2026-11-23 14:04:23.874316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'房源=22；类型=''choice''；客户=2；认筹号=1；经办人=4；到期时间=2026-06-07 01:06:00 UTC；原因=''''；释放原因=''''',NULL,109,'2026-11-23 14:04:23.883400','2026-11-23 14:04:23.883402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''held''',NULL,110,'2026-11-23 14:04:23.883403','2026-11-23 14:04:23.883403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''ids.key''；值=***',NULL,111,'2026-11-23 14:04:23.897568','2026-11-23 14:04:23.897571');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''曾小贤''；证件号码=''510104********8791''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-06 01:26:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,112,'2026-11-23 14:04:23.901479','2026-11-23 14:04:23.901481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'释放时间：（空） → 2026-06-06 01:26:00 UTC；释放原因：'''' → ''转认购''',NULL,113,'2026-11-23 14:04:23.901481','2026-11-23 14:04:23.901482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''subscribed''',NULL,114,'2026-11-23 14:04:23.902647','2026-11-23 14:04:23.902648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=100000.00；已付金额=0',NULL,115,'2026-11-23 14:04:23.905370','2026-11-23 14:04:23.905372');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=531225.98；已付金额=0',NULL,116,'2026-11-23 14:04:23.905372','2026-11-23 14:04:23.905373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-08-05；应付金额=1472860.62；已付金额=0',NULL,117,'2026-11-23 14:04:23.905373','2026-11-23 14:04:23.905374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''subscribe''；完成时间=2026-06-06 01:26:00 UTC；经办人=4；说明=''''',NULL,118,'2026-11-23 14:04:23.905374','2026-11-23 14:04:23.905375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,119,'2026-11-23 14:04:23.907584','2026-11-23 14:04:23.907585');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:26:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 1',NULL,120,'2026-11-23 14:04:23.907586','2026-11-23 14:04:23.907586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,121,'2026-11-23 14:04:23.907587','2026-11-23 14:04:23.907587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'风险监测：否 → 是',NULL,122,'2026-11-23 14:04:23.907588','2026-11-23 14:04:23.907588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0602''；经办人=4',NULL,123,'2026-11-23 14:04:23.908304','2026-11-23 14:04:23.908305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''choice''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-07 01:12:00 UTC；原因=''''；释放原因=''''',NULL,124,'2026-11-23 14:04:23.910879','2026-11-23 14:04:23.910880');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''held''',NULL,125,'2026-11-23 14:04:23.910881','2026-11-23 14:04:23.910881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-06 01:32:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,126,'2026-11-23 14:04:23.914162','2026-11-23 14:04:23.914163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-06 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,127,'2026-11-23 14:04:23.914164','2026-11-23 14:04:23.914164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''subscribed''',NULL,128,'2026-11-23 14:04:23.914828','2026-11-23 14:04:23.914829');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=100000.00；已付金额=0',NULL,129,'2026-11-23 14:04:23.916019','2026-11-23 14:04:23.916020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=560105.60；已付金额=0',NULL,130,'2026-11-23 14:04:23.916021','2026-11-23 14:04:23.916021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-04；应付金额=1540246.40；已付金额=0',NULL,131,'2026-11-23 14:04:23.916022','2026-11-23 14:04:23.916022');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''subscribe''；完成时间=2026-06-06 01:32:00 UTC；经办人=2；说明=''''',NULL,132,'2026-11-23 14:04:23.916022','2026-11-23 14:04:23.916023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,133,'2026-11-23 14:04:23.917033','2026-11-23 14:04:23.917034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,134,'2026-11-23 14:04:23.917035','2026-11-23 14:04:23.917035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,135,'2026-11-23 14:04:23.917036','2026-11-23 14:04:23.917037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''choice''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-07 01:18:00 UTC；原因=''''；释放原因=''''',NULL,136,'2026-11-23 14:04:23.919782','2026-11-23 14:04:23.919783');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''held''',NULL,137,'2026-11-23 14:04:23.919784','2026-11-23 14:04:23.919785');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-06 01:38:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,138,'2026-11-23 14:04:23.922933','2026-11-23 14:04:23.922934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-06 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,139,'2026-11-23 14:04:23.922935','2026-11-23 14:04:23.922935');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''subscribed''',NULL,140,'2026-11-23 14:04:23.923534','2026-11-23 14:04:23.923535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=50000.00；已付金额=0',NULL,141,'2026-11-23 14:04:23.924694','2026-11-23 14:04:23.924695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=835230.40；已付金额=0',NULL,142,'2026-11-23 14:04:23.924696','2026-11-23 14:04:23.924696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-04；应付金额=2065537.60；已付金额=0',NULL,143,'2026-11-23 14:04:23.924697','2026-11-23 14:04:23.924697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''subscribe''；完成时间=2026-06-06 01:38:00 UTC；经办人=2；说明=''''',NULL,144,'2026-11-23 14:04:23.924698','2026-11-23 14:04:23.924698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,145,'2026-11-23 14:04:23.925598','2026-11-23 14:04:23.925599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,146,'2026-11-23 14:04:23.925600','2026-11-23 14:04:23.925601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,147,'2026-11-23 14:04:23.925601','2026-11-23 14:04:23.925602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'房源=283；类型=''choice''；客户=2；认筹号=4；经办人=4；到期时间=2026-06-07 01:24:00 UTC；原因=''''；释放原因=''''',NULL,148,'2026-11-23 14:04:23.928159','2026-11-23 14:04:23.928160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''held''',NULL,149,'2026-11-23 14:04:23.928161','2026-11-23 14:04:23.928161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''曾小贤''；证件号码=''440305********596X''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-06 01:44:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,150,'2026-11-23 14:04:23.931215','2026-11-23 14:04:23.931216');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'释放时间：（空） → 2026-06-06 01:44:00 UTC；释放原因：'''' → ''转认购''',NULL,151,'2026-11-23 14:04:23.931217','2026-11-23 14:04:23.931217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''subscribed''',NULL,152,'2026-11-23 14:04:23.931808','2026-11-23 14:04:23.931809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=80000.00；已付金额=0',NULL,153,'2026-11-23 14:04:23.933080','2026-11-23 14:04:23.933081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=689500.00；已付金额=0',NULL,154,'2026-11-23 14:04:23.933082','2026-11-23 14:04:23.933082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-04；应付金额=1795500.00；已付金额=0',NULL,155,'2026-11-23 14:04:23.933083','2026-11-23 14:04:23.933083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''subscribe''；完成时间=2026-06-06 01:44:00 UTC；经办人=4；说明=''''',NULL,156,'2026-11-23 14:04:23.933084','2026-11-23 14:04:23.933084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:44:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 4',NULL,157,'2026-11-23 14:04:23.934218','2026-11-23 14:04:23.934219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,158,'2026-11-23 14:04:23.934219','2026-11-23 14:04:23.934220');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,159,'2026-11-23 14:04:23.934220','2026-11-23 14:04:23.934221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1105''；经办人=4',NULL,160,'2026-11-23 14:04:23.935040','2026-11-23 14:04:23.935041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'房源=292；类型=''choice''；客户=2；认筹号=6；经办人=4；到期时间=2026-06-07 01:30:00 UTC；原因=''''；释放原因=''''',NULL,161,'2026-11-23 14:04:23.937680','2026-11-23 14:04:23.937681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''held''',NULL,162,'2026-11-23 14:04:23.937681','2026-11-23 14:04:23.937682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''曾小贤''；证件号码=''330110********4890''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-06 01:50:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,163,'2026-11-23 14:04:23.940697','2026-11-23 14:04:23.940698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'释放时间：（空） → 2026-06-06 01:50:00 UTC；释放原因：'''' → ''转认购''',NULL,164,'2026-11-23 14:04:23.940698','2026-11-23 14:04:23.940699');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''subscribed''',NULL,165,'2026-11-23 14:04:23.941274','2026-11-23 14:04:23.941275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=80000.00；已付金额=0',NULL,166,'2026-11-23 14:04:23.942497','2026-11-23 14:04:23.942499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=491997.76；已付金额=0',NULL,167,'2026-11-23 14:04:23.942500','2026-11-23 14:04:23.942500');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-08-05；应付金额=1334661.44；已付金额=0',NULL,168,'2026-11-23 14:04:23.942501','2026-11-23 14:04:23.942501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''subscribe''；完成时间=2026-06-06 01:50:00 UTC；经办人=4；说明=''''',NULL,169,'2026-11-23 14:04:23.942502','2026-11-23 14:04:23.942502');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:50:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 5',NULL,170,'2026-11-23 14:04:23.943471','2026-11-23 14:04:23.943472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,171,'2026-11-23 14:04:23.943473','2026-11-23 14:04:23.943474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,172,'2026-11-23 14:04:23.943475','2026-11-23 14:04:23.943475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1304''；经办人=4',NULL,173,'2026-11-23 14:04:23.944026','2026-11-23 14:04:23.944027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''choice''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-07 01:36:00 UTC；原因=''''；释放原因=''''',NULL,174,'2026-11-23 14:04:23.946439','2026-11-23 14:04:23.946441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''held''',NULL,175,'2026-11-23 14:04:23.946442','2026-11-23 14:04:23.946442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-06 01:56:00 UTC；签约期限=2026-06-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,176,'2026-11-23 14:04:23.949428','2026-11-23 14:04:23.949429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-06 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,177,'2026-11-23 14:04:23.949430','2026-11-23 14:04:23.949431');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''subscribed''',NULL,178,'2026-11-23 14:04:23.950017','2026-11-23 14:04:23.950018');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-06；应付金额=100000.00；已付金额=0',NULL,179,'2026-11-23 14:04:23.951200','2026-11-23 14:04:23.951201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-06-21；应付金额=710000.00；已付金额=0',NULL,180,'2026-11-23 14:04:23.951201','2026-11-23 14:04:23.951202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-04；应付金额=1890000.00；已付金额=0',NULL,181,'2026-11-23 14:04:23.951202','2026-11-23 14:04:23.951202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''subscribe''；完成时间=2026-06-06 01:56:00 UTC；经办人=2；说明=''''',NULL,182,'2026-11-23 14:04:23.951203','2026-11-23 14:04:23.951203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,183,'2026-11-23 14:04:23.952201','2026-11-23 14:04:23.952202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-06 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,184,'2026-11-23 14:04:23.952203','2026-11-23 14:04:23.952203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,185,'2026-11-23 14:04:23.952204','2026-11-23 14:04:23.952204');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-06',NULL,186,'2026-11-23 14:04:23.956060','2026-11-23 14:04:23.956062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''曾小贤''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,187,'2026-11-23 14:04:23.956697','2026-11-23 14:04:23.956699');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-06-19',NULL,188,'2026-11-23 14:04:23.957477','2026-11-23 14:04:23.957478');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''曾小贤''；款项性质=''down''；金额=531225.98；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,189,'2026-11-23 14:04:23.958102','2026-11-23 14:04:23.958104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''sign''；完成时间=2026-06-12 04:46:00 UTC；经办人=7；说明=''''',NULL,190,'2026-11-23 14:04:23.959467','2026-11-23 14:04:23.959469');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126061213349''；签约时间：（空） → 2026-06-12 04:46:00 UTC',NULL,191,'2026-11-23 14:04:23.959470','2026-11-23 14:04:23.959471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''signed''',NULL,192,'2026-11-23 14:04:23.960352','2026-11-23 14:04:23.960353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'交易=1；客户=2；负责人=4；序号=1；计划时间=2026-06-12 04:46:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,193,'2026-11-23 14:04:23.963409','2026-11-23 14:04:23.963410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'交易=1；客户=2；负责人=4；序号=2；计划时间=2026-06-13 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,194,'2026-11-23 14:04:23.963411','2026-11-23 14:04:23.963411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'交易=1；客户=2；负责人=4；序号=3；计划时间=2026-06-14 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,195,'2026-11-23 14:04:23.963412','2026-11-23 14:04:23.963412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0001''；经办人=7',NULL,196,'2026-11-23 14:04:23.964176','2026-11-23 14:04:23.964177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''file''；完成时间=2026-06-21 02:25:00 UTC；经办人=7；说明=''''',NULL,197,'2026-11-23 14:04:23.966301','2026-11-23 14:04:23.966303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-06-21',NULL,198,'2026-11-23 14:04:23.966303','2026-11-23 14:04:23.966304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''documents''；完成时间=2026-06-27 01:07:00 UTC；经办人=10；说明=''''',NULL,199,'2026-11-23 14:04:23.967913','2026-11-23 14:04:23.967914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,200,'2026-11-23 14:04:23.967915','2026-11-23 14:04:23.967915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''interview''；完成时间=2026-07-02 04:39:00 UTC；经办人=10；说明=''''',NULL,201,'2026-11-23 14:04:23.969143','2026-11-23 14:04:23.969144');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,202,'2026-11-23 14:04:23.969145','2026-11-23 14:04:23.969145');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''approval''；完成时间=2026-07-12 03:18:00 UTC；经办人=10；说明=''''',NULL,203,'2026-11-23 14:04:23.970269','2026-11-23 14:04:23.970270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,204,'2026-11-23 14:04:23.970270','2026-11-23 14:04:23.970271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''pre_registration''；完成时间=2026-07-21 03:11:00 UTC；经办人=10；说明=''''',NULL,205,'2026-11-23 14:04:23.971301','2026-11-23 14:04:23.971302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,206,'2026-11-23 14:04:23.971303','2026-11-23 14:04:23.971304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''release''；完成时间=2026-08-06 03:26:00 UTC；经办人=10；说明=''''',NULL,207,'2026-11-23 14:04:23.972320','2026-11-23 14:04:23.972321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,208,'2026-11-23 14:04:23.972322','2026-11-23 14:04:23.972322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-06',NULL,209,'2026-11-23 14:04:23.973178','2026-11-23 14:04:23.973179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''loan''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-06；出纳=8；note=''''；作废原因=''''',NULL,210,'2026-11-23 14:04:23.973615','2026-11-23 14:04:23.973616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,211,'2026-11-23 14:04:23.976928','2026-11-23 14:04:23.976930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,212,'2026-11-23 14:04:23.976931','2026-11-23 14:04:23.976931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-05；应付金额=66278.73；已付金额=0',NULL,213,'2026-11-23 14:04:23.978612','2026-11-23 14:04:23.978614');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''deliver''；完成时间=2026-11-05 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,214,'2026-11-23 14:04:23.978615','2026-11-23 14:04:23.978615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-05 01:35:00 UTC',NULL,215,'2026-11-23 14:04:23.978616','2026-11-23 14:04:23.978616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''delivered''',NULL,216,'2026-11-23 14:04:23.979394','2026-11-23 14:04:23.979396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-11',NULL,217,'2026-11-23 14:04:23.981517','2026-11-23 14:04:23.981518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''曾小贤''；款项性质=''fees''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-11；出纳=8；note=''''；作废原因=''''',NULL,218,'2026-11-23 14:04:23.982030','2026-11-23 14:04:23.982065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-06',NULL,219,'2026-11-23 14:04:23.983443','2026-11-23 14:04:23.983446');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,220,'2026-11-23 14:04:23.983884','2026-11-23 14:04:23.983886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-06-20',NULL,221,'2026-11-23 14:04:23.984568','2026-11-23 14:04:23.984569');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''down''；金额=560105.60；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,222,'2026-11-23 14:04:23.985064','2026-11-23 14:04:23.985065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''sign''；完成时间=2026-06-09 06:31:00 UTC；经办人=7；说明=''''',NULL,223,'2026-11-23 14:04:23.985851','2026-11-23 14:04:23.985852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126060999846''；签约时间：（空） → 2026-06-09 06:31:00 UTC',NULL,224,'2026-11-23 14:04:23.985853','2026-11-23 14:04:23.985853');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''signed''',NULL,225,'2026-11-23 14:04:23.986762','2026-11-23 14:04:23.986763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-09 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,226,'2026-11-23 14:04:23.988227','2026-11-23 14:04:23.988228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-10 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,227,'2026-11-23 14:04:23.988228','2026-11-23 14:04:23.988229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-11 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,228,'2026-11-23 14:04:23.988229','2026-11-23 14:04:23.988230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''file''；完成时间=2026-06-18 06:41:00 UTC；经办人=7；说明=''''',NULL,229,'2026-11-23 14:04:23.989447','2026-11-23 14:04:23.989448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-06-18',NULL,230,'2026-11-23 14:04:23.989448','2026-11-23 14:04:23.989449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''documents''；完成时间=2026-06-23 01:08:00 UTC；经办人=10；说明=''''',NULL,231,'2026-11-23 14:04:23.990700','2026-11-23 14:04:23.990702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,232,'2026-11-23 14:04:23.990703','2026-11-23 14:04:23.990703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''interview''；完成时间=2026-06-30 03:36:00 UTC；经办人=10；说明=''''',NULL,233,'2026-11-23 14:04:23.991772','2026-11-23 14:04:23.991773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,234,'2026-11-23 14:04:23.991774','2026-11-23 14:04:23.991775');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''approval''；完成时间=2026-07-14 05:58:00 UTC；经办人=10；说明=''''',NULL,235,'2026-11-23 14:04:23.992863','2026-11-23 14:04:23.992864');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,236,'2026-11-23 14:04:23.992865','2026-11-23 14:04:23.992866');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''pre_registration''；完成时间=2026-07-24 09:39:00 UTC；经办人=10；说明=''''',NULL,237,'2026-11-23 14:04:23.993846','2026-11-23 14:04:23.993847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,238,'2026-11-23 14:04:23.993848','2026-11-23 14:04:23.993848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''release''；完成时间=2026-08-06 05:04:00 UTC；经办人=10；说明=''''',NULL,239,'2026-11-23 14:04:23.994983','2026-11-23 14:04:23.994984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,240,'2026-11-23 14:04:23.994984','2026-11-23 14:04:23.994985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-06',NULL,241,'2026-11-23 14:04:23.995824','2026-11-23 14:04:23.995825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''loan''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-06；出纳=8；note=''''；作废原因=''''',NULL,242,'2026-11-23 14:04:23.996277','2026-11-23 14:04:23.996278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,243,'2026-11-23 14:04:23.997911','2026-11-23 14:04:23.997912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,244,'2026-11-23 14:04:23.997913','2026-11-23 14:04:23.997914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-10-01；应付金额=69311.09；已付金额=0',NULL,245,'2026-11-23 14:04:23.998969','2026-11-23 14:04:23.998970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''deliver''；完成时间=2026-10-01 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,246,'2026-11-23 14:04:23.998971','2026-11-23 14:04:23.998971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-01 05:33:00 UTC',NULL,247,'2026-11-23 14:04:23.998972','2026-11-23 14:04:23.998972');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''delivered''',NULL,248,'2026-11-23 14:04:23.999702','2026-11-23 14:04:23.999703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-06',NULL,249,'2026-11-23 14:04:24.000767','2026-11-23 14:04:24.000768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''fees''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-06；出纳=8；note=''''；作废原因=''''',NULL,250,'2026-11-23 14:04:24.001167','2026-11-23 14:04:24.001168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-06',NULL,251,'2026-11-23 14:04:24.002278','2026-11-23 14:04:24.002279');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''deposit''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,252,'2026-11-23 14:04:24.002677','2026-11-23 14:04:24.002678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-16',NULL,253,'2026-11-23 14:04:24.003309','2026-11-23 14:04:24.003310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''down''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-16；出纳=8；note=''''；作废原因=''''',NULL,254,'2026-11-23 14:04:24.003768','2026-11-23 14:04:24.003769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''sign''；完成时间=2026-06-11 05:15:00 UTC；经办人=7；说明=''''',NULL,255,'2026-11-23 14:04:24.004481','2026-11-23 14:04:24.004482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126061187853''；签约时间：（空） → 2026-06-11 05:15:00 UTC',NULL,256,'2026-11-23 14:04:24.004483','2026-11-23 14:04:24.004483');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''signed''',NULL,257,'2026-11-23 14:04:24.005213','2026-11-23 14:04:24.005214');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-11 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,258,'2026-11-23 14:04:24.006741','2026-11-23 14:04:24.006742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-12 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,259,'2026-11-23 14:04:24.006743','2026-11-23 14:04:24.006743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-13 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,260,'2026-11-23 14:04:24.006744','2026-11-23 14:04:24.006744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''file''；完成时间=2026-06-20 08:30:00 UTC；经办人=7；说明=''''',NULL,261,'2026-11-23 14:04:24.007905','2026-11-23 14:04:24.007906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-06-20',NULL,262,'2026-11-23 14:04:24.007907','2026-11-23 14:04:24.007907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''documents''；完成时间=2026-06-25 02:50:00 UTC；经办人=10；说明=''''',NULL,263,'2026-11-23 14:04:24.008879','2026-11-23 14:04:24.008880');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,264,'2026-11-23 14:04:24.008881','2026-11-23 14:04:24.008881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''interview''；完成时间=2026-07-04 01:34:00 UTC；经办人=10；说明=''''',NULL,265,'2026-11-23 14:04:24.009824','2026-11-23 14:04:24.009825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,266,'2026-11-23 14:04:24.009825','2026-11-23 14:04:24.009826');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''approval''；完成时间=2026-07-17 01:54:00 UTC；经办人=10；说明=''''',NULL,267,'2026-11-23 14:04:24.010832','2026-11-23 14:04:24.010833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,268,'2026-11-23 14:04:24.010833','2026-11-23 14:04:24.010834');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''pre_registration''；完成时间=2026-07-24 07:43:00 UTC；经办人=10；说明=''''',NULL,269,'2026-11-23 14:04:24.011757','2026-11-23 14:04:24.011758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,270,'2026-11-23 14:04:24.011759','2026-11-23 14:04:24.011759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-06',NULL,271,'2026-11-23 14:04:24.012930','2026-11-23 14:04:24.012931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''曾小贤''；款项性质=''deposit''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,272,'2026-11-23 14:04:24.013348','2026-11-23 14:04:24.013349');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-15',NULL,273,'2026-11-23 14:04:24.013988','2026-11-23 14:04:24.013989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''曾小贤''；款项性质=''down''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-15；出纳=8；note=''''；作废原因=''''',NULL,274,'2026-11-23 14:04:24.014519','2026-11-23 14:04:24.014520');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''sign''；完成时间=2026-06-10 08:15:00 UTC；经办人=7；说明=''''',NULL,275,'2026-11-23 14:04:24.015235','2026-11-23 14:04:24.015236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126061056438''；签约时间：（空） → 2026-06-10 08:15:00 UTC',NULL,276,'2026-11-23 14:04:24.015236','2026-11-23 14:04:24.015237');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''signed''',NULL,277,'2026-11-23 14:04:24.016068','2026-11-23 14:04:24.016069');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'交易=4；客户=2；负责人=4；序号=1；计划时间=2026-06-10 08:15:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,278,'2026-11-23 14:04:24.017589','2026-11-23 14:04:24.017590');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'交易=4；客户=2；负责人=4；序号=2；计划时间=2026-06-11 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,279,'2026-11-23 14:04:24.017591','2026-11-23 14:04:24.017592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'交易=4；客户=2；负责人=4；序号=3；计划时间=2026-06-12 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,280,'2026-11-23 14:04:24.017592','2026-11-23 14:04:24.017592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0004''；经办人=7',NULL,281,'2026-11-23 14:04:24.018284','2026-11-23 14:04:24.018285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''file''；完成时间=2026-06-18 06:59:00 UTC；经办人=7；说明=''''',NULL,282,'2026-11-23 14:04:24.019184','2026-11-23 14:04:24.019185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-06-18',NULL,283,'2026-11-23 14:04:24.019186','2026-11-23 14:04:24.019186');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''documents''；完成时间=2026-06-25 06:50:00 UTC；经办人=10；说明=''''',NULL,284,'2026-11-23 14:04:24.020129','2026-11-23 14:04:24.020130');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,285,'2026-11-23 14:04:24.020130','2026-11-23 14:04:24.020131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''interview''；完成时间=2026-07-03 07:08:00 UTC；经办人=10；说明=''''',NULL,286,'2026-11-23 14:04:24.021069','2026-11-23 14:04:24.021070');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,287,'2026-11-23 14:04:24.021070','2026-11-23 14:04:24.021071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''approval''；完成时间=2026-07-15 05:51:00 UTC；经办人=10；说明=''''',NULL,288,'2026-11-23 14:04:24.022023','2026-11-23 14:04:24.022024');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,289,'2026-11-23 14:04:24.022025','2026-11-23 14:04:24.022025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''pre_registration''；完成时间=2026-07-24 06:33:00 UTC；经办人=10；说明=''''',NULL,290,'2026-11-23 14:04:24.023081','2026-11-23 14:04:24.023082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,291,'2026-11-23 14:04:24.023083','2026-11-23 14:04:24.023083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''release''；完成时间=2026-08-05 04:47:00 UTC；经办人=10；说明=''''',NULL,292,'2026-11-23 14:04:24.024119','2026-11-23 14:04:24.024120');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,293,'2026-11-23 14:04:24.024121','2026-11-23 14:04:24.024121');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-05',NULL,294,'2026-11-23 14:04:24.024906','2026-11-23 14:04:24.024907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''loan''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-05；出纳=8；note=''''；作废原因=''''',NULL,295,'2026-11-23 14:04:24.025276','2026-11-23 14:04:24.025277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-06',NULL,296,'2026-11-23 14:04:24.026536','2026-11-23 14:04:24.026537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''曾小贤''；款项性质=''deposit''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,297,'2026-11-23 14:04:24.026938','2026-11-23 14:04:24.026939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-07 03:00:00 UTC',NULL,298,'2026-11-23 14:04:24.027987','2026-11-23 14:04:24.027988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-06-20',NULL,299,'2026-11-23 14:04:24.028657','2026-11-23 14:04:24.028658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''曾小贤''；款项性质=''down''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,300,'2026-11-23 14:04:24.029152','2026-11-23 14:04:24.029153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''sign''；完成时间=2026-06-12 02:27:00 UTC；经办人=7；说明=''''',NULL,301,'2026-11-23 14:04:24.029869','2026-11-23 14:04:24.029870');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126061255680''；签约时间：（空） → 2026-06-12 02:27:00 UTC',NULL,302,'2026-11-23 14:04:24.029870','2026-11-23 14:04:24.029871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''signed''',NULL,303,'2026-11-23 14:04:24.030697','2026-11-23 14:04:24.030698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'交易=5；客户=2；负责人=4；序号=1；计划时间=2026-06-12 02:27:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,304,'2026-11-23 14:04:24.032314','2026-11-23 14:04:24.032316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'交易=5；客户=2；负责人=4；序号=2；计划时间=2026-06-13 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,305,'2026-11-23 14:04:24.032316','2026-11-23 14:04:24.032317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'交易=5；客户=2；负责人=4；序号=3；计划时间=2026-06-14 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,306,'2026-11-23 14:04:24.032317','2026-11-23 14:04:24.032318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0005''；经办人=7',NULL,307,'2026-11-23 14:04:24.033014','2026-11-23 14:04:24.033015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''file''；完成时间=2026-06-21 05:56:00 UTC；经办人=7；说明=''''',NULL,308,'2026-11-23 14:04:24.033961','2026-11-23 14:04:24.033962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-06-21',NULL,309,'2026-11-23 14:04:24.033962','2026-11-23 14:04:24.033963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''documents''；完成时间=2026-06-28 07:20:00 UTC；经办人=10；说明=''''',NULL,310,'2026-11-23 14:04:24.034989','2026-11-23 14:04:24.034990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,311,'2026-11-23 14:04:24.034991','2026-11-23 14:04:24.034991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''interview''；完成时间=2026-07-06 08:06:00 UTC；经办人=10；说明=''''',NULL,312,'2026-11-23 14:04:24.035985','2026-11-23 14:04:24.035986');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,313,'2026-11-23 14:04:24.035987','2026-11-23 14:04:24.035987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''approval''；完成时间=2026-07-17 03:41:00 UTC；经办人=10；说明=''''',NULL,314,'2026-11-23 14:04:24.037176','2026-11-23 14:04:24.037177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,315,'2026-11-23 14:04:24.037178','2026-11-23 14:04:24.037178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''pre_registration''；完成时间=2026-07-24 02:23:00 UTC；经办人=10；说明=''''',NULL,316,'2026-11-23 14:04:24.038189','2026-11-23 14:04:24.038191');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,317,'2026-11-23 14:04:24.038192','2026-11-23 14:04:24.038192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''release''；完成时间=2026-08-08 08:09:00 UTC；经办人=10；说明=''''',NULL,318,'2026-11-23 14:04:24.039169','2026-11-23 14:04:24.039170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,319,'2026-11-23 14:04:24.039171','2026-11-23 14:04:24.039171');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-08',NULL,320,'2026-11-23 14:04:24.040030','2026-11-23 14:04:24.040031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''loan''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-08；出纳=8；note=''''；作废原因=''''',NULL,321,'2026-11-23 14:04:24.040416','2026-11-23 14:04:24.040417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-06',NULL,322,'2026-11-23 14:04:24.041978','2026-11-23 14:04:24.041979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-06；出纳=8；note=''''；作废原因=''''',NULL,323,'2026-11-23 14:04:24.042436','2026-11-23 14:04:24.042437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-06-21',NULL,324,'2026-11-23 14:04:24.043086','2026-11-23 14:04:24.043087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''down''；金额=710000.00；支付方式=''转账''；交款日期=2026-06-21；出纳=8；note=''''；作废原因=''''',NULL,325,'2026-11-23 14:04:24.043567','2026-11-23 14:04:24.043568');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''sign''；完成时间=2026-06-09 04:03:00 UTC；经办人=7；说明=''''',NULL,326,'2026-11-23 14:04:24.044310','2026-11-23 14:04:24.044311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126060958361''；签约时间：（空） → 2026-06-09 04:03:00 UTC',NULL,327,'2026-11-23 14:04:24.044312','2026-11-23 14:04:24.044313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''signed''',NULL,328,'2026-11-23 14:04:24.045157','2026-11-23 14:04:24.045158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-09 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,329,'2026-11-23 14:04:24.046682','2026-11-23 14:04:24.046683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-10 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,330,'2026-11-23 14:04:24.046683','2026-11-23 14:04:24.046684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-11 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,331,'2026-11-23 14:04:24.046684','2026-11-23 14:04:24.046685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''file''；完成时间=2026-06-15 08:30:00 UTC；经办人=7；说明=''''',NULL,332,'2026-11-23 14:04:24.047821','2026-11-23 14:04:24.047822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-15',NULL,333,'2026-11-23 14:04:24.047823','2026-11-23 14:04:24.047823');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''documents''；完成时间=2026-06-19 02:50:00 UTC；经办人=10；说明=''''',NULL,334,'2026-11-23 14:04:24.048789','2026-11-23 14:04:24.048789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,335,'2026-11-23 14:04:24.048790','2026-11-23 14:04:24.048790');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''interview''；完成时间=2026-06-26 05:29:00 UTC；经办人=10；说明=''''',NULL,336,'2026-11-23 14:04:24.049722','2026-11-23 14:04:24.049723');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,337,'2026-11-23 14:04:24.049724','2026-11-23 14:04:24.049725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''approval''；完成时间=2026-07-07 03:02:00 UTC；经办人=10；说明=''''',NULL,338,'2026-11-23 14:04:24.050731','2026-11-23 14:04:24.050732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,339,'2026-11-23 14:04:24.050733','2026-11-23 14:04:24.050733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''pre_registration''；完成时间=2026-07-14 01:36:00 UTC；经办人=10；说明=''''',NULL,340,'2026-11-23 14:04:24.051679','2026-11-23 14:04:24.051680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,341,'2026-11-23 14:04:24.051680','2026-11-23 14:04:24.051681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''release''；完成时间=2026-07-27 02:39:00 UTC；经办人=10；说明=''''',NULL,342,'2026-11-23 14:04:24.052731','2026-11-23 14:04:24.052732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,343,'2026-11-23 14:04:24.052733','2026-11-23 14:04:24.052734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-07-27',NULL,344,'2026-11-23 14:04:24.053565','2026-11-23 14:04:24.053566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''loan''；金额=1890000.00；支付方式=''转账''；交款日期=2026-07-27；出纳=8；note=''''；作废原因=''''',NULL,345,'2026-11-23 14:04:24.053968','2026-11-23 14:04:24.053969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********7434''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-07 04:49:00 UTC；签约期限=2026-11-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,346,'2026-11-23 14:04:24.056729','2026-11-23 14:04:24.056730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''subscribed''',NULL,347,'2026-11-23 14:04:24.057294','2026-11-23 14:04:24.057295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-07；应付金额=50000.00；已付金额=0',NULL,348,'2026-11-23 14:04:24.058541','2026-11-23 14:04:24.058542');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-11-22；应付金额=616235.15；已付金额=0',NULL,349,'2026-11-23 14:04:24.058543','2026-11-23 14:04:24.058543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-06；应付金额=1554548.69；已付金额=0',NULL,350,'2026-11-23 14:04:24.058544','2026-11-23 14:04:24.058544');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''subscribe''；完成时间=2026-11-07 04:49:00 UTC；经办人=4；说明=''''',NULL,351,'2026-11-23 14:04:24.058545','2026-11-23 14:04:24.058545');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1703''；经办人=4',NULL,352,'2026-11-23 14:04:24.059304','2026-11-23 14:04:24.059305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-07',NULL,353,'2026-11-23 14:04:24.060479','2026-11-23 14:04:24.060480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-07；出纳=8；note=''''；作废原因=''''',NULL,354,'2026-11-23 14:04:24.060909','2026-11-23 14:04:24.060909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,355,'2026-11-23 14:04:24.061551','2026-11-23 14:04:24.061552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''曾小贤''；款项性质=''down''；金额=369741.09；支付方式=''转账''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,356,'2026-11-23 14:04:24.062026','2026-11-23 14:04:24.062027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''sign''；完成时间=2026-11-08 08:53:00 UTC；经办人=7；说明=''''',NULL,357,'2026-11-23 14:04:24.062930','2026-11-23 14:04:24.062931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126110881882''；签约时间：（空） → 2026-11-08 08:53:00 UTC',NULL,358,'2026-11-23 14:04:24.062932','2026-11-23 14:04:24.062932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''signed''',NULL,359,'2026-11-23 14:04:24.063761','2026-11-23 14:04:24.063762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'交易=7；客户=2；负责人=4；序号=1；计划时间=2026-11-08 08:53:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,360,'2026-11-23 14:04:24.065243','2026-11-23 14:04:24.065243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'交易=7；客户=2；负责人=4；序号=2；计划时间=2026-11-09 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,361,'2026-11-23 14:04:24.065244','2026-11-23 14:04:24.065245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'交易=7；客户=2；负责人=4；序号=3；计划时间=2026-11-10 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,362,'2026-11-23 14:04:24.065245','2026-11-23 14:04:24.065245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0007''；经办人=7',NULL,363,'2026-11-23 14:04:24.065899','2026-11-23 14:04:24.065900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''file''；完成时间=2026-11-18 06:06:00 UTC；经办人=7；说明=''''',NULL,364,'2026-11-23 14:04:24.066976','2026-11-23 14:04:24.066977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-11-18',NULL,365,'2026-11-23 14:04:24.066978','2026-11-23 14:04:24.066978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''documents''；完成时间=2026-11-21 04:57:00 UTC；经办人=10；说明=''''',NULL,366,'2026-11-23 14:04:24.067984','2026-11-23 14:04:24.067985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,367,'2026-11-23 14:04:24.067986','2026-11-23 14:04:24.067986');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********800X''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-10-20 02:43:00 UTC；签约期限=2026-10-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,368,'2026-11-23 14:04:24.070334','2026-11-23 14:04:24.070335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''subscribed''',NULL,369,'2026-11-23 14:04:24.070864','2026-11-23 14:04:24.070865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-10-20；应付金额=50000.00；已付金额=0',NULL,370,'2026-11-23 14:04:24.071932','2026-11-23 14:04:24.071933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-11-19；应付金额=2925436.80；已付金额=0',NULL,371,'2026-11-23 14:04:24.071934','2026-11-23 14:04:24.071952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''subscribe''；完成时间=2026-10-20 02:43:00 UTC；经办人=4；说明=''''',NULL,372,'2026-11-23 14:04:24.071953','2026-11-23 14:04:24.071953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1604''；经办人=4',NULL,373,'2026-11-23 14:04:24.072648','2026-11-23 14:04:24.072649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-10-20',NULL,374,'2026-11-23 14:04:24.073748','2026-11-23 14:04:24.073749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-10-20；出纳=8；note=''''；作废原因=''''',NULL,375,'2026-11-23 14:04:24.074295','2026-11-23 14:04:24.074296');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''sign''；完成时间=2026-10-24 07:03:00 UTC；经办人=7；说明=''''',NULL,376,'2026-11-23 14:04:24.075021','2026-11-23 14:04:24.075022');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126102450101''；签约时间：（空） → 2026-10-24 07:03:00 UTC',NULL,377,'2026-11-23 14:04:24.075022','2026-11-23 14:04:24.075023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''signed''',NULL,378,'2026-11-23 14:04:24.075753','2026-11-23 14:04:24.075754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'交易=8；客户=2；负责人=4；序号=1；计划时间=2026-10-24 07:03:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,379,'2026-11-23 14:04:24.077265','2026-11-23 14:04:24.077266');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'交易=8；客户=2；负责人=4；序号=2；计划时间=2026-10-25 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,380,'2026-11-23 14:04:24.077267','2026-11-23 14:04:24.077267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'交易=8；客户=2；负责人=4；序号=3；计划时间=2026-10-26 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,381,'2026-11-23 14:04:24.077268','2026-11-23 14:04:24.077268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0008''；经办人=7',NULL,382,'2026-11-23 14:04:24.077889','2026-11-23 14:04:24.077890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''file''；完成时间=2026-10-30 04:11:00 UTC；经办人=7；说明=''''',NULL,383,'2026-11-23 14:04:24.078876','2026-11-23 14:04:24.078877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-10-30',NULL,384,'2026-11-23 14:04:24.078877','2026-11-23 14:04:24.078878');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,385,'2026-11-23 14:04:24.080662','2026-11-23 14:04:24.080663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,386,'2026-11-23 14:04:24.080664','2026-11-23 14:04:24.080664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''area''；节点=''补差款''；应付日期=2026-12-02；应付金额=26844.16；已付金额=0',NULL,387,'2026-11-23 14:04:24.081801','2026-11-23 14:04:24.081802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-02；应付金额=93726.26；已付金额=0',NULL,388,'2026-11-23 14:04:24.081803','2026-11-23 14:04:24.081803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''deliver''；完成时间=2026-11-02 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,389,'2026-11-23 14:04:24.081804','2026-11-23 14:04:24.081804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-02 09:40:00 UTC',NULL,390,'2026-11-23 14:04:24.081805','2026-11-23 14:04:24.081805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''delivered''',NULL,391,'2026-11-23 14:04:24.082572','2026-11-23 14:04:24.082573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-05',NULL,392,'2026-11-23 14:04:24.083659','2026-11-23 14:04:24.083660');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''曾小贤''；款项性质=''area''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-05；出纳=8；note=''''；作废原因=''''',NULL,393,'2026-11-23 14:04:24.084085','2026-11-23 14:04:24.084086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-03',NULL,394,'2026-11-23 14:04:24.084731','2026-11-23 14:04:24.084732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''曾小贤''；款项性质=''fees''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-03；出纳=8；note=''''；作废原因=''''',NULL,395,'2026-11-23 14:04:24.085138','2026-11-23 14:04:24.085139');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-15 09:34:00 UTC；签约期限=2026-10-22；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,396,'2026-11-23 14:04:24.087687','2026-11-23 14:04:24.087689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''subscribed''',NULL,397,'2026-11-23 14:04:24.088218','2026-11-23 14:04:24.088219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-10-15；应付金额=100000.00；已付金额=0',NULL,398,'2026-11-23 14:04:24.089177','2026-11-23 14:04:24.089178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-11-14；应付金额=2595921.20；已付金额=0',NULL,399,'2026-11-23 14:04:24.089178','2026-11-23 14:04:24.089179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''subscribe''；完成时间=2026-10-15 09:34:00 UTC；经办人=2；说明=''''',NULL,400,'2026-11-23 14:04:24.089179','2026-11-23 14:04:24.089180');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-15',NULL,401,'2026-11-23 14:04:24.090491','2026-11-23 14:04:24.090492');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-15；出纳=8；note=''''；作废原因=''''',NULL,402,'2026-11-23 14:04:24.090957','2026-11-23 14:04:24.090958');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''sign''；完成时间=2026-10-18 08:14:00 UTC；经办人=7；说明=''''',NULL,403,'2026-11-23 14:04:24.091684','2026-11-23 14:04:24.091685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126101868856''；签约时间：（空） → 2026-10-18 08:14:00 UTC',NULL,404,'2026-11-23 14:04:24.091686','2026-11-23 14:04:24.091687');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''signed''',NULL,405,'2026-11-23 14:04:24.092411','2026-11-23 14:04:24.092412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-18 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,406,'2026-11-23 14:04:24.093771','2026-11-23 14:04:24.093772');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-10-19 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,407,'2026-11-23 14:04:24.093773','2026-11-23 14:04:24.093773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-10-20 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,408,'2026-11-23 14:04:24.093773','2026-11-23 14:04:24.093774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''file''；完成时间=2026-10-28 02:08:00 UTC；经办人=7；说明=''''',NULL,409,'2026-11-23 14:04:24.095326','2026-11-23 14:04:24.095327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-10-28',NULL,410,'2026-11-23 14:04:24.095327','2026-11-23 14:04:24.095328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,411,'2026-11-23 14:04:24.097284','2026-11-23 14:04:24.097285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,412,'2026-11-23 14:04:24.097286','2026-11-23 14:04:24.097286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''fees''；节点=''代收费用''；应付日期=2026-10-31；应付金额=84921.52；已付金额=0',NULL,413,'2026-11-23 14:04:24.098293','2026-11-23 14:04:24.098295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''deliver''；完成时间=2026-10-31 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,414,'2026-11-23 14:04:24.098296','2026-11-23 14:04:24.098296');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-31 08:05:00 UTC',NULL,415,'2026-11-23 14:04:24.098296','2026-11-23 14:04:24.098297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''delivered''',NULL,416,'2026-11-23 14:04:24.098950','2026-11-23 14:04:24.098951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-06',NULL,417,'2026-11-23 14:04:24.099879','2026-11-23 14:04:24.099880');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''fees''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-06；出纳=8；note=''''；作废原因=''''',NULL,418,'2026-11-23 14:04:24.100302','2026-11-23 14:04:24.100303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-16 08:36:00 UTC；签约期限=2026-08-23；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,419,'2026-11-23 14:04:24.102488','2026-11-23 14:04:24.102490');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''subscribed''',NULL,420,'2026-11-23 14:04:24.102997','2026-11-23 14:04:24.102998');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-08-16；应付金额=80000.00；已付金额=0',NULL,421,'2026-11-23 14:04:24.103998','2026-11-23 14:04:24.103999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-09-15；应付金额=2588050.00；已付金额=0',NULL,422,'2026-11-23 14:04:24.104000','2026-11-23 14:04:24.104000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''subscribe''；完成时间=2026-08-16 08:36:00 UTC；经办人=2；说明=''''',NULL,423,'2026-11-23 14:04:24.104001','2026-11-23 14:04:24.104001');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-16',NULL,424,'2026-11-23 14:04:24.105279','2026-11-23 14:04:24.105280');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-16；出纳=8；note=''''；作废原因=''''',NULL,425,'2026-11-23 14:04:24.105675','2026-11-23 14:04:24.105676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-09',NULL,426,'2026-11-23 14:04:24.106475','2026-11-23 14:04:24.106476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''price''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-09；出纳=8；note=''''；作废原因=''''',NULL,427,'2026-11-23 14:04:24.106938','2026-11-23 14:04:24.106939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''sign''；完成时间=2026-08-17 05:49:00 UTC；经办人=7；说明=''''',NULL,428,'2026-11-23 14:04:24.107674','2026-11-23 14:04:24.107675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126081719420''；签约时间：（空） → 2026-08-17 05:49:00 UTC',NULL,429,'2026-11-23 14:04:24.107676','2026-11-23 14:04:24.107676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''signed''',NULL,430,'2026-11-23 14:04:24.108386','2026-11-23 14:04:24.108387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-17 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,431,'2026-11-23 14:04:24.109740','2026-11-23 14:04:24.109741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-18 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,432,'2026-11-23 14:04:24.109742','2026-11-23 14:04:24.109742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-08-19 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,433,'2026-11-23 14:04:24.109743','2026-11-23 14:04:24.109743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''file''；完成时间=2026-08-25 07:48:00 UTC；经办人=7；说明=''''',NULL,434,'2026-11-23 14:04:24.110923','2026-11-23 14:04:24.110924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-08-25',NULL,435,'2026-11-23 14:04:24.110924','2026-11-23 14:04:24.110925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-17 06:41:00 UTC；签约期限=2026-09-24；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,436,'2026-11-23 14:04:24.113298','2026-11-23 14:04:24.113299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''subscribed''',NULL,437,'2026-11-23 14:04:24.113805','2026-11-23 14:04:24.113806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-09-17；应付金额=50000.00；已付金额=0',NULL,438,'2026-11-23 14:04:24.114920','2026-11-23 14:04:24.114921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-10-02；应付金额=1152880.00；已付金额=0',NULL,439,'2026-11-23 14:04:24.114922','2026-11-23 14:04:24.114922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-12-16；应付金额=2806720.00；已付金额=0',NULL,440,'2026-11-23 14:04:24.114923','2026-11-23 14:04:24.114923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''subscribe''；完成时间=2026-09-17 06:41:00 UTC；经办人=2；说明=''''',NULL,441,'2026-11-23 14:04:24.114924','2026-11-23 14:04:24.114924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-17',NULL,442,'2026-11-23 14:04:24.116321','2026-11-23 14:04:24.116322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-17；出纳=8；note=''''；作废原因=''''',NULL,443,'2026-11-23 14:04:24.116750','2026-11-23 14:04:24.116751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-09-27',NULL,444,'2026-11-23 14:04:24.117398','2026-11-23 14:04:24.117398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''down''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-09-27；出纳=8；note=''''；作废原因=''''',NULL,445,'2026-11-23 14:04:24.117845','2026-11-23 14:04:24.117846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''sign''；完成时间=2026-09-20 08:51:00 UTC；经办人=7；说明=''''',NULL,446,'2026-11-23 14:04:24.118606','2026-11-23 14:04:24.118607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126092023964''；签约时间：（空） → 2026-09-20 08:51:00 UTC',NULL,447,'2026-11-23 14:04:24.118608','2026-11-23 14:04:24.118608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''signed''',NULL,448,'2026-11-23 14:04:24.119328','2026-11-23 14:04:24.119329');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-09-20 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,449,'2026-11-23 14:04:24.122373','2026-11-23 14:04:24.122375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-09-21 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,450,'2026-11-23 14:04:24.122376','2026-11-23 14:04:24.122376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-09-22 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,451,'2026-11-23 14:04:24.122377','2026-11-23 14:04:24.122378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''file''；完成时间=2026-09-29 09:08:00 UTC；经办人=7；说明=''''',NULL,452,'2026-11-23 14:04:24.123923','2026-11-23 14:04:24.123925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-09-29',NULL,453,'2026-11-23 14:04:24.123926','2026-11-23 14:04:24.123926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''documents''；完成时间=2026-10-04 02:19:00 UTC；经办人=10；说明=''''',NULL,454,'2026-11-23 14:04:24.125345','2026-11-23 14:04:24.125347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,455,'2026-11-23 14:04:24.125348','2026-11-23 14:04:24.125348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''interview''；完成时间=2026-10-10 03:16:00 UTC；经办人=10；说明=''''',NULL,456,'2026-11-23 14:04:24.126501','2026-11-23 14:04:24.126502');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,457,'2026-11-23 14:04:24.126503','2026-11-23 14:04:24.126504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''approval''；完成时间=2026-10-23 06:18:00 UTC；经办人=10；说明=''''',NULL,458,'2026-11-23 14:04:24.127547','2026-11-23 14:04:24.127549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,459,'2026-11-23 14:04:24.127549','2026-11-23 14:04:24.127550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''pre_registration''；完成时间=2026-10-29 02:34:00 UTC；经办人=10；说明=''''',NULL,460,'2026-11-23 14:04:24.128547','2026-11-23 14:04:24.128548');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,461,'2026-11-23 14:04:24.128548','2026-11-23 14:04:24.128549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''release''；完成时间=2026-11-14 01:01:00 UTC；经办人=10；说明=''''',NULL,462,'2026-11-23 14:04:24.129520','2026-11-23 14:04:24.129520');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,463,'2026-11-23 14:04:24.129521','2026-11-23 14:04:24.129522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-14',NULL,464,'2026-11-23 14:04:24.130383','2026-11-23 14:04:24.130385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''loan''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-14；出纳=8；note=''''；作废原因=''''',NULL,465,'2026-11-23 14:04:24.130777','2026-11-23 14:04:24.130778');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,466,'2026-11-23 14:04:24.132590','2026-11-23 14:04:24.132592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,467,'2026-11-23 14:04:24.132592','2026-11-23 14:04:24.132593');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''area''；节点=''补差款''；应付日期=2026-12-17；应付金额=44240.00；已付金额=0',NULL,468,'2026-11-23 14:04:24.133668','2026-11-23 14:04:24.133669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-17；应付金额=126302.40；已付金额=0',NULL,469,'2026-11-23 14:04:24.133670','2026-11-23 14:04:24.133670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''deliver''；完成时间=2026-11-17 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,470,'2026-11-23 14:04:24.133670','2026-11-23 14:04:24.133671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-17 06:27:00 UTC',NULL,471,'2026-11-23 14:04:24.133671','2026-11-23 14:04:24.133672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''delivered''',NULL,472,'2026-11-23 14:04:24.134404','2026-11-23 14:04:24.134404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-17',NULL,473,'2026-11-23 14:04:24.135344','2026-11-23 14:04:24.135346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''area''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,474,'2026-11-23 14:04:24.135812','2026-11-23 14:04:24.135814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-11-20',NULL,475,'2026-11-23 14:04:24.136542','2026-11-23 14:04:24.136543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''fees''；金额=126302.40；支付方式=''POS''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,476,'2026-11-23 14:04:24.136985','2026-11-23 14:04:24.136985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-12 06:33:00 UTC；签约期限=2026-11-19；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,477,'2026-11-23 14:04:24.139354','2026-11-23 14:04:24.139356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''subscribed''',NULL,478,'2026-11-23 14:04:24.139958','2026-11-23 14:04:24.139959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-12；应付金额=50000.00；已付金额=0',NULL,479,'2026-11-23 14:04:24.141238','2026-11-23 14:04:24.141239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-11-27；应付金额=1010494.00；已付金额=0',NULL,480,'2026-11-23 14:04:24.141239','2026-11-23 14:04:24.141240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-10；应付金额=2474486.00；已付金额=0',NULL,481,'2026-11-23 14:04:24.141240','2026-11-23 14:04:24.141241');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''subscribe''；完成时间=2026-11-12 06:33:00 UTC；经办人=2；说明=''''',NULL,482,'2026-11-23 14:04:24.141241','2026-11-23 14:04:24.141241');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-12',NULL,483,'2026-11-23 14:04:24.142650','2026-11-23 14:04:24.142651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-12；出纳=8；note=''''；作废原因=''''',NULL,484,'2026-11-23 14:04:24.143063','2026-11-23 14:04:24.143064');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''510104********0497''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-13 05:29:00 UTC；签约期限=2026-11-20；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,485,'2026-11-23 14:04:24.145293','2026-11-23 14:04:24.145294');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''subscribed''',NULL,486,'2026-11-23 14:04:24.145802','2026-11-23 14:04:24.145803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-13；应付金额=100000.00；已付金额=0',NULL,487,'2026-11-23 14:04:24.146973','2026-11-23 14:04:24.146974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-11-28；应付金额=463922.81；已付金额=0',NULL,488,'2026-11-23 14:04:24.146975','2026-11-23 14:04:24.146975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-12；应付金额=1315819.89；已付金额=0',NULL,489,'2026-11-23 14:04:24.146976','2026-11-23 14:04:24.146976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''subscribe''；完成时间=2026-11-13 05:29:00 UTC；经办人=4；说明=''''',NULL,490,'2026-11-23 14:04:24.146976','2026-11-23 14:04:24.146977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋0804''；经办人=4',NULL,491,'2026-11-23 14:04:24.147745','2026-11-23 14:04:24.147746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-13',NULL,492,'2026-11-23 14:04:24.148857','2026-11-23 14:04:24.148858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''曾小贤''；款项性质=''deposit''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-13；出纳=8；note=''''；作废原因=''''',NULL,493,'2026-11-23 14:04:24.149287','2026-11-23 14:04:24.149288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-16 04:52:00 UTC；签约期限=2026-11-23；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,494,'2026-11-23 14:04:24.151638','2026-11-23 14:04:24.151639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''subscribed''',NULL,495,'2026-11-23 14:04:24.152190','2026-11-23 14:04:24.152191');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-16；应付金额=50000.00；已付金额=0',NULL,496,'2026-11-23 14:04:24.153308','2026-11-23 14:04:24.153309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-01；应付金额=555122.65；已付金额=0',NULL,497,'2026-11-23 14:04:24.153309','2026-11-23 14:04:24.153310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-15；应付金额=1411952.85；已付金额=0',NULL,498,'2026-11-23 14:04:24.153310','2026-11-23 14:04:24.153311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''subscribe''；完成时间=2026-11-16 04:52:00 UTC；经办人=2；说明=''''',NULL,499,'2026-11-23 14:04:24.153311','2026-11-23 14:04:24.153311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-16',NULL,500,'2026-11-23 14:04:24.154750','2026-11-23 14:04:24.154751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,501,'2026-11-23 14:04:24.155178','2026-11-23 14:04:24.155179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-17 06:52:00 UTC；签约期限=2026-11-24；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,502,'2026-11-23 14:04:24.157743','2026-11-23 14:04:24.157744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''subscribed''',NULL,503,'2026-11-23 14:04:24.158368','2026-11-23 14:04:24.158369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-17；应付金额=80000.00；已付金额=0',NULL,504,'2026-11-23 14:04:24.159601','2026-11-23 14:04:24.159602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-02；应付金额=509247.70；已付金额=0',NULL,505,'2026-11-23 14:04:24.159603','2026-11-23 14:04:24.159603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-16；应付金额=1374911.30；已付金额=0',NULL,506,'2026-11-23 14:04:24.159604','2026-11-23 14:04:24.159604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''subscribe''；完成时间=2026-11-17 06:52:00 UTC；经办人=2；说明=''''',NULL,507,'2026-11-23 14:04:24.159605','2026-11-23 14:04:24.159606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-17',NULL,508,'2026-11-23 14:04:24.161014','2026-11-23 14:04:24.161015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,509,'2026-11-23 14:04:24.161449','2026-11-23 14:04:24.161450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-11-18 03:00:00 UTC',NULL,510,'2026-11-23 14:04:24.162118','2026-11-23 14:04:24.162119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-11-18 09:25:00 UTC；签约期限=2026-11-25；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,511,'2026-11-23 14:04:24.164295','2026-11-23 14:04:24.164296');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''subscribed''',NULL,512,'2026-11-23 14:04:24.164816','2026-11-23 14:04:24.164817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-18；应付金额=50000.00；已付金额=0',NULL,513,'2026-11-23 14:04:24.165761','2026-11-23 14:04:24.165762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-12-18；应付金额=1624937.60；已付金额=0',NULL,514,'2026-11-23 14:04:24.165762','2026-11-23 14:04:24.165763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''subscribe''；完成时间=2026-11-18 09:25:00 UTC；经办人=2；说明=''''',NULL,515,'2026-11-23 14:04:24.165764','2026-11-23 14:04:24.165764');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-18',NULL,516,'2026-11-23 14:04:24.167210','2026-11-23 14:04:24.167211');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,517,'2026-11-23 14:04:24.167712','2026-11-23 14:04:24.167713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-11-19 07:30:00 UTC；签约期限=2026-11-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,518,'2026-11-23 14:04:24.169790','2026-11-23 14:04:24.169791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''subscribed''',NULL,519,'2026-11-23 14:04:24.170350','2026-11-23 14:04:24.170351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-19；应付金额=100000.00；已付金额=0',NULL,520,'2026-11-23 14:04:24.171549','2026-11-23 14:04:24.171550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-04；应付金额=692941.25；已付金额=0',NULL,521,'2026-11-23 14:04:24.171550','2026-11-23 14:04:24.171551');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-18；应付金额=1850196.25；已付金额=0',NULL,522,'2026-11-23 14:04:24.171551','2026-11-23 14:04:24.171552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''subscribe''；完成时间=2026-11-19 07:30:00 UTC；经办人=2；说明=''''',NULL,523,'2026-11-23 14:04:24.171552','2026-11-23 14:04:24.171553');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-19',NULL,524,'2026-11-23 14:04:24.172905','2026-11-23 14:04:24.172906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''POS''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,525,'2026-11-23 14:04:24.173321','2026-11-23 14:04:24.173322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-11-20 03:00:00 UTC',NULL,526,'2026-11-23 14:04:24.173916','2026-11-23 14:04:24.173917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********5133''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-11-20 02:20:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,527,'2026-11-23 14:04:24.176085','2026-11-23 14:04:24.176086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''subscribed''',NULL,528,'2026-11-23 14:04:24.176672','2026-11-23 14:04:24.176673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-20；应付金额=80000.00；已付金额=0',NULL,529,'2026-11-23 14:04:24.177754','2026-11-23 14:04:24.177754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-05；应付金额=792151.19；已付金额=0',NULL,530,'2026-11-23 14:04:24.177755','2026-11-23 14:04:24.177756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-19；应付金额=2035019.45；已付金额=0',NULL,531,'2026-11-23 14:04:24.177756','2026-11-23 14:04:24.177756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''subscribe''；完成时间=2026-11-20 02:20:00 UTC；经办人=4；说明=''''',NULL,532,'2026-11-23 14:04:24.177757','2026-11-23 14:04:24.177757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0901''；经办人=4',NULL,533,'2026-11-23 14:04:24.178513','2026-11-23 14:04:24.178514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-20',NULL,534,'2026-11-23 14:04:24.179622','2026-11-23 14:04:24.179623');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''曾小贤''；款项性质=''deposit''；金额=80000.00；支付方式=''POS''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,535,'2026-11-23 14:04:24.180042','2026-11-23 14:04:24.180043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-11-21 04:51:00 UTC；签约期限=2026-11-28；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,536,'2026-11-23 14:04:24.182218','2026-11-23 14:04:24.182219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''subscribed''',NULL,537,'2026-11-23 14:04:24.182798','2026-11-23 14:04:24.182799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-21；应付金额=100000.00；已付金额=0',NULL,538,'2026-11-23 14:04:24.183960','2026-11-23 14:04:24.183962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-06；应付金额=458772.83；已付金额=0',NULL,539,'2026-11-23 14:04:24.183962','2026-11-23 14:04:24.183963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-20；应付金额=1303803.27；已付金额=0',NULL,540,'2026-11-23 14:04:24.183963','2026-11-23 14:04:24.183964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''subscribe''；完成时间=2026-11-21 04:51:00 UTC；经办人=2；说明=''''',NULL,541,'2026-11-23 14:04:24.183964','2026-11-23 14:04:24.183964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-21',NULL,542,'2026-11-23 14:04:24.185286','2026-11-23 14:04:24.185288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''转账''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,543,'2026-11-23 14:04:24.185775','2026-11-23 14:04:24.185776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''sign''；完成时间=2026-11-22 02:05:00 UTC；经办人=7；说明=''''',NULL,544,'2026-11-23 14:04:24.186642','2026-11-23 14:04:24.186644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126112220190''；签约时间：（空） → 2026-11-22 02:05:00 UTC',NULL,545,'2026-11-23 14:04:24.186644','2026-11-23 14:04:24.186645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''signed''',NULL,546,'2026-11-23 14:04:24.187423','2026-11-23 14:04:24.187425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-11-22 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,547,'2026-11-23 14:04:24.188837','2026-11-23 14:04:24.188838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-11-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,548,'2026-11-23 14:04:24.188838','2026-11-23 14:04:24.188839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-11-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,549,'2026-11-23 14:04:24.188839','2026-11-23 14:04:24.188840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''330106********7717''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-11-22 06:59:00 UTC；签约期限=2026-11-29；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,550,'2026-11-23 14:04:24.191146','2026-11-23 14:04:24.191147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''subscribed''',NULL,551,'2026-11-23 14:04:24.191657','2026-11-23 14:04:24.191658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-22；应付金额=50000.00；已付金额=0',NULL,552,'2026-11-23 14:04:24.192731','2026-11-23 14:04:24.192732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-07；应付金额=967475.89；已付金额=0',NULL,553,'2026-11-23 14:04:24.192733','2026-11-23 14:04:24.192733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-21；应付金额=2374110.41；已付金额=0',NULL,554,'2026-11-23 14:04:24.192734','2026-11-23 14:04:24.192734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''subscribe''；完成时间=2026-11-22 06:59:00 UTC；经办人=4；说明=''''',NULL,555,'2026-11-23 14:04:24.192735','2026-11-23 14:04:24.192735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 2栋1单元1802''；经办人=4',NULL,556,'2026-11-23 14:04:24.193430','2026-11-23 14:04:24.193430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-22',NULL,557,'2026-11-23 14:04:24.194543','2026-11-23 14:04:24.194544');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-22；出纳=8；note=''''；作废原因=''''',NULL,558,'2026-11-23 14:04:24.194996','2026-11-23 14:04:24.194998');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-11-23 09:33:00 UTC；签约期限=2026-11-30；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,559,'2026-11-23 14:04:24.197142','2026-11-23 14:04:24.197143');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''subscribed''',NULL,560,'2026-11-23 14:04:24.197652','2026-11-23 14:04:24.197653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-23；应付金额=50000.00；已付金额=0',NULL,561,'2026-11-23 14:04:24.198715','2026-11-23 14:04:24.198716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-08；应付金额=616450.00；已付金额=0',NULL,562,'2026-11-23 14:04:24.198717','2026-11-23 14:04:24.198717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-21；应付金额=1555050.00；已付金额=0',NULL,563,'2026-11-23 14:04:24.198718','2026-11-23 14:04:24.198718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''subscribe''；完成时间=2026-11-23 09:33:00 UTC；经办人=2；说明=''''',NULL,564,'2026-11-23 14:04:24.198719','2026-11-23 14:04:24.198719');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-23',NULL,565,'2026-11-23 14:04:24.200043','2026-11-23 14:04:24.200044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-23；出纳=8；note=''''；作废原因=''''',NULL,566,'2026-11-23 14:04:24.200495','2026-11-23 14:04:24.200496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-11-20 14:04:23 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,567,'2026-11-23 14:04:24.202337','2026-11-23 14:04:24.202338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''loan''；金额=1890000.00；支付方式=''转账''；交款日期=2026-07-27；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,568,'2026-11-23 14:04:24.202723','2026-11-23 14:04:24.202724');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,569,'2026-11-23 14:04:24.204101','2026-11-23 14:04:24.204102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,570,'2026-11-23 14:04:24.204841','2026-11-23 14:04:24.204842');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-16 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-11-23 14:04:24.205517','2026-11-23 14:04:24.205518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-05-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-11-23 14:04:24.206072','2026-11-23 14:04:24.206074');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-05-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-11-23 14:04:24.206682','2026-11-23 14:04:24.206683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-05-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-11-23 14:04:24.207180','2026-11-23 14:04:24.207181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-05-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-11-23 14:04:24.207663','2026-11-23 14:04:24.207664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-11-23 14:04:24.208135','2026-11-23 14:04:24.208136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-11-23 14:04:24.208612','2026-11-23 14:04:24.208613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-11-23 14:04:24.209091','2026-11-23 14:04:24.209092');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-11-23 14:04:24.209558','2026-11-23 14:04:24.209558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-11-23 14:04:24.210189','2026-11-23 14:04:24.210190');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-11-23 14:04:24.210758','2026-11-23 14:04:24.210759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-11-23 14:04:24.211288','2026-11-23 14:04:24.211289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-11-23 14:04:24.211872','2026-11-23 14:04:24.211873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-11-23 14:04:24.212353','2026-11-23 14:04:24.212354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-11-23 14:04:24.212870','2026-11-23 14:04:24.212871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-11-23 14:04:24.213423','2026-11-23 14:04:24.213424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-16 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-11-23 14:04:24.213918','2026-11-23 14:04:24.213919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-11-23 14:04:24.214436','2026-11-23 14:04:24.214437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-11-23 14:04:24.214903','2026-11-23 14:04:24.214903');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-11-23 14:04:24.215363','2026-11-23 14:04:24.215364');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-11-23 14:04:24.215814','2026-11-23 14:04:24.215815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-11-23 14:04:24.216364','2026-11-23 14:04:24.216365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-06-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-11-23 14:04:24.216846','2026-11-23 14:04:24.216847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-08 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-11-23 14:04:24.217314','2026-11-23 14:04:24.217315');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-10-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-11-23 14:04:24.217790','2026-11-23 14:04:24.217791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-11-23 14:04:24.218324','2026-11-23 14:04:24.218325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-11-23 14:04:24.218791','2026-11-23 14:04:24.218792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-16 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-11-23 14:04:24.219246','2026-11-23 14:04:24.219247');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-07 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-11-23 14:04:24.219700','2026-11-23 14:04:24.219701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-11-23 14:04:24.220153','2026-11-23 14:04:24.220154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-10 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-11-23 14:04:24.220601','2026-11-23 14:04:24.220601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-09-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-11-23 14:04:24.221051','2026-11-23 14:04:24.221052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-09-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-11-23 14:04:24.221505','2026-11-23 14:04:24.221505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-15 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-11-23 14:04:24.221956','2026-11-23 14:04:24.221957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-11-23 14:04:24.222581','2026-11-23 14:04:24.222582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-11-23 14:04:24.223061','2026-11-23 14:04:24.223062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-13 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-11-23 14:04:24.223521','2026-11-23 14:04:24.223522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-14 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-11-23 14:04:24.223970','2026-11-23 14:04:24.223971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-11-23 14:04:24.224422','2026-11-23 14:04:24.224423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-11-23 14:04:24.224890','2026-11-23 14:04:24.224891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-11-23 14:04:24.225341','2026-11-23 14:04:24.225342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-11-23 14:04:24.225788','2026-11-23 14:04:24.225789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-11-23 14:04:24.226377','2026-11-23 14:04:24.226378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-11-23 14:04:24.226866','2026-11-23 14:04:24.226867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''reserve''；经办人=3；批准人=3；到期时间=2026-12-23 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''',NULL,615,'2026-11-23 14:04:24.228775','2026-11-23 14:04:24.228776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''reserved''',NULL,616,'2026-11-23 14:04:24.228777','2026-11-23 14:04:24.228778');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''reserve''；经办人=3；批准人=3；到期时间=2026-12-23 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''',NULL,617,'2026-11-23 14:04:24.230586','2026-11-23 14:04:24.230588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''reserved''',NULL,618,'2026-11-23 14:04:24.230588','2026-11-23 14:04:24.230589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'房源=24；类型=''hold''；客户=2；经办人=4；到期时间=2026-11-24 12:04:23 UTC；原因=''''；释放原因=''''',NULL,619,'2026-11-23 14:04:24.232244','2026-11-23 14:04:24.232245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''held''',NULL,620,'2026-11-23 14:04:24.232246','2026-11-23 14:04:24.232246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''hold''；客户=1；经办人=2；到期时间=2026-11-24 09:04:23 UTC；原因=''''；释放原因=''''',NULL,621,'2026-11-23 14:04:24.233766','2026-11-23 14:04:24.233767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''held''',NULL,622,'2026-11-23 14:04:24.233767','2026-11-23 14:04:24.233768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''hold''；客户=1；经办人=2；到期时间=2026-11-23 18:04:23 UTC；原因=''''；释放原因=''''',NULL,623,'2026-11-23 14:04:24.235330','2026-11-23 14:04:24.235331');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''held''',NULL,624,'2026-11-23 14:04:24.235332','2026-11-23 14:04:24.235333');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'房源=282；类型=''hold''；客户=2；经办人=4；到期时间=2026-11-22 14:04:23 UTC；原因=''''；释放原因=''''',NULL,625,'2026-11-23 14:04:24.237281','2026-11-23 14:04:24.237282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''held''',NULL,626,'2026-11-23 14:04:24.237283','2026-11-23 14:04:24.237284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'房源=312；类型=''hold''；客户=2；经办人=4；到期时间=2026-11-21 14:04:23 UTC；原因=''''；释放原因=''''',NULL,627,'2026-11-23 14:04:24.238826','2026-11-23 14:04:24.238827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''held''',NULL,628,'2026-11-23 14:04:24.238828','2026-11-23 14:04:24.238828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'房源=38；类型=''hold''；客户=2；经办人=4；到期时间=2026-11-23 08:04:23 UTC；原因=''''；释放原因=''''',NULL,629,'2026-11-23 14:04:24.240289','2026-11-23 14:04:24.240290');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''held''',NULL,630,'2026-11-23 14:04:24.240290','2026-11-23 14:04:24.240291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'完成时间：（空） → 2026-06-12 04:53:00 UTC；完成人：（空） → 4',NULL,631,'2026-11-23 14:04:24.243193','2026-11-23 14:04:24.243194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'完成时间：（空） → 2026-06-13 02:07:00 UTC；完成人：（空） → 4',NULL,632,'2026-11-23 14:04:24.243728','2026-11-23 14:04:24.243729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'完成时间：（空） → 2026-06-14 10:37:00 UTC；完成人：（空） → 4',NULL,633,'2026-11-23 14:04:24.244198','2026-11-23 14:04:24.244199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-09 06:38:00 UTC；完成人：（空） → 2',NULL,634,'2026-11-23 14:04:24.244651','2026-11-23 14:04:24.244652');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-10 02:07:00 UTC；完成人：（空） → 2',NULL,635,'2026-11-23 14:04:24.245131','2026-11-23 14:04:24.245133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-11 10:37:00 UTC；完成人：（空） → 2',NULL,636,'2026-11-23 14:04:24.245633','2026-11-23 14:04:24.245634');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-11 05:22:00 UTC；完成人：（空） → 2',NULL,637,'2026-11-23 14:04:24.246135','2026-11-23 14:04:24.246136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-12 02:07:00 UTC；完成人：（空） → 2',NULL,638,'2026-11-23 14:04:24.246673','2026-11-23 14:04:24.246674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-13 10:37:00 UTC；完成人：（空） → 2',NULL,639,'2026-11-23 14:04:24.247113','2026-11-23 14:04:24.247114');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'完成时间：（空） → 2026-06-10 08:22:00 UTC；完成人：（空） → 4',NULL,640,'2026-11-23 14:04:24.247669','2026-11-23 14:04:24.247670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'完成时间：（空） → 2026-06-11 02:07:00 UTC；完成人：（空） → 4',NULL,641,'2026-11-23 14:04:24.248107','2026-11-23 14:04:24.248108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'完成时间：（空） → 2026-06-12 10:37:00 UTC；完成人：（空） → 4',NULL,642,'2026-11-23 14:04:24.248540','2026-11-23 14:04:24.248541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'完成时间：（空） → 2026-06-12 02:34:00 UTC；完成人：（空） → 4',NULL,643,'2026-11-23 14:04:24.248963','2026-11-23 14:04:24.248964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'完成时间：（空） → 2026-06-13 02:07:00 UTC；完成人：（空） → 4',NULL,644,'2026-11-23 14:04:24.249376','2026-11-23 14:04:24.249377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'完成时间：（空） → 2026-06-14 10:37:00 UTC；完成人：（空） → 4',NULL,645,'2026-11-23 14:04:24.249796','2026-11-23 14:04:24.249796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-09 04:10:00 UTC；完成人：（空） → 2',NULL,646,'2026-11-23 14:04:24.250268','2026-11-23 14:04:24.250269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-10 02:07:00 UTC；完成人：（空） → 2',NULL,647,'2026-11-23 14:04:24.250701','2026-11-23 14:04:24.250701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-11 10:37:00 UTC；完成人：（空） → 2',NULL,648,'2026-11-23 14:04:24.251136','2026-11-23 14:04:24.251137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'完成时间：（空） → 2026-11-08 09:00:00 UTC；完成人：（空） → 4',NULL,649,'2026-11-23 14:04:24.251554','2026-11-23 14:04:24.251554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'完成时间：（空） → 2026-11-09 02:07:00 UTC；完成人：（空） → 4',NULL,650,'2026-11-23 14:04:24.251967','2026-11-23 14:04:24.251968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'完成时间：（空） → 2026-11-10 10:37:00 UTC；完成人：（空） → 4',NULL,651,'2026-11-23 14:04:24.252388','2026-11-23 14:04:24.252389');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'完成时间：（空） → 2026-10-24 07:10:00 UTC；完成人：（空） → 4',NULL,652,'2026-11-23 14:04:24.252827','2026-11-23 14:04:24.252828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'完成时间：（空） → 2026-10-25 02:07:00 UTC；完成人：（空） → 4',NULL,653,'2026-11-23 14:04:24.253245','2026-11-23 14:04:24.253251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'完成时间：（空） → 2026-10-26 10:37:00 UTC；完成人：（空） → 4',NULL,654,'2026-11-23 14:04:24.253671','2026-11-23 14:04:24.253672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-18 08:21:00 UTC；完成人：（空） → 2',NULL,655,'2026-11-23 14:04:24.254157','2026-11-23 14:04:24.254158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-10-19 02:07:00 UTC；完成人：（空） → 2',NULL,656,'2026-11-23 14:04:24.254587','2026-11-23 14:04:24.254588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-10-20 10:37:00 UTC；完成人：（空） → 2',NULL,657,'2026-11-23 14:04:24.255001','2026-11-23 14:04:24.255002');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-17 05:56:00 UTC；完成人：（空） → 2',NULL,658,'2026-11-23 14:04:24.255415','2026-11-23 14:04:24.255416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-18 02:07:00 UTC；完成人：（空） → 2',NULL,659,'2026-11-23 14:04:24.255829','2026-11-23 14:04:24.255830');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-08-19 10:37:00 UTC；完成人：（空） → 2',NULL,660,'2026-11-23 14:04:24.256493','2026-11-23 14:04:24.256494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-09-20 08:58:00 UTC；完成人：（空） → 2',NULL,661,'2026-11-23 14:04:24.256940','2026-11-23 14:04:24.256941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-09-21 02:07:00 UTC；完成人：（空） → 2',NULL,662,'2026-11-23 14:04:24.257356','2026-11-23 14:04:24.257357');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-09-22 10:37:00 UTC；完成人：（空） → 2',NULL,663,'2026-11-23 14:04:24.257764','2026-11-23 14:04:24.257765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-11-22 02:12:00 UTC；完成人：（空） → 2',NULL,664,'2026-11-23 14:04:24.258381','2026-11-23 14:04:24.258382');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-11-23 14:04:23.839875','2026-11-23 14:04:23.839878');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-11-23 14:04:23.841893','2026-11-23 14:04:23.841894');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-11-23 14:04:23.844396','2026-11-23 14:04:23.844397');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-11-23 14:04:23.291160','2026-11-23 14:04:23.291162');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-11-23 14:04:23.291163','2026-11-23 14:04:23.291163');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-11-23 14:04:23.289518','2026-11-23 14:04:23.289520');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-12 04:46:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-12 04:53:00.000000',4,1,'2026-11-23 14:04:23.962715','2026-11-23 14:04:24.242848');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-13 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-13 02:07:00.000000',4,2,'2026-11-23 14:04:23.962717','2026-11-23 14:04:24.243493');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-14 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-14 10:37:00.000000',4,3,'2026-11-23 14:04:23.962719','2026-11-23 14:04:24.243982');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-09 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-09 06:38:00.000000',2,4,'2026-11-23 14:04:23.987759','2026-11-23 14:04:24.244439');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-10 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-10 02:07:00.000000',2,5,'2026-11-23 14:04:23.987762','2026-11-23 14:04:24.244887');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-11 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-11 10:37:00.000000',2,6,'2026-11-23 14:04:23.987763','2026-11-23 14:04:24.245419');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-11 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-11 05:22:00.000000',2,7,'2026-11-23 14:04:24.006267','2026-11-23 14:04:24.245875');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-12 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-12 02:07:00.000000',2,8,'2026-11-23 14:04:24.006270','2026-11-23 14:04:24.246459');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-13 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-13 10:37:00.000000',2,9,'2026-11-23 14:04:24.006271','2026-11-23 14:04:24.246909');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-10 08:15:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-10 08:22:00.000000',4,10,'2026-11-23 14:04:24.017087','2026-11-23 14:04:24.247463');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-11 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-11 02:07:00.000000',4,11,'2026-11-23 14:04:24.017089','2026-11-23 14:04:24.247898');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-12 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-12 10:37:00.000000',4,12,'2026-11-23 14:04:24.017090','2026-11-23 14:04:24.248343');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-12 02:27:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-12 02:34:00.000000',4,13,'2026-11-23 14:04:24.031763','2026-11-23 14:04:24.248768');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-13 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-13 02:07:00.000000',4,14,'2026-11-23 14:04:24.031765','2026-11-23 14:04:24.249183');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-14 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-14 10:37:00.000000',4,15,'2026-11-23 14:04:24.031766','2026-11-23 14:04:24.249603');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-09 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-09 04:10:00.000000',2,16,'2026-11-23 14:04:24.046219','2026-11-23 14:04:24.250018');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-10 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-10 02:07:00.000000',2,17,'2026-11-23 14:04:24.046221','2026-11-23 14:04:24.250502');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-11 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-11 10:37:00.000000',2,18,'2026-11-23 14:04:24.046222','2026-11-23 14:04:24.250938');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-08 08:53:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-08 09:00:00.000000',4,19,'2026-11-23 14:04:24.064744','2026-11-23 14:04:24.251359');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-09 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-09 02:07:00.000000',4,20,'2026-11-23 14:04:24.064747','2026-11-23 14:04:24.251775');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-10 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-10 10:37:00.000000',4,21,'2026-11-23 14:04:24.064747','2026-11-23 14:04:24.252186');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-10-24 07:03:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-24 07:10:00.000000',4,22,'2026-11-23 14:04:24.076777','2026-11-23 14:04:24.252611');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-10-25 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-25 02:07:00.000000',4,23,'2026-11-23 14:04:24.076779','2026-11-23 14:04:24.253050');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-10-26 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-26 10:37:00.000000',4,24,'2026-11-23 14:04:24.076780','2026-11-23 14:04:24.253477');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-18 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-18 08:21:00.000000',2,25,'2026-11-23 14:04:24.093333','2026-11-23 14:04:24.253897');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-10-19 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-19 02:07:00.000000',2,26,'2026-11-23 14:04:24.093335','2026-11-23 14:04:24.254390');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-10-20 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-20 10:37:00.000000',2,27,'2026-11-23 14:04:24.093336','2026-11-23 14:04:24.254809');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-17 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-17 05:56:00.000000',2,28,'2026-11-23 14:04:24.109306','2026-11-23 14:04:24.255222');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-18 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-18 02:07:00.000000',2,29,'2026-11-23 14:04:24.109308','2026-11-23 14:04:24.255634');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-08-19 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-08-19 10:37:00.000000',2,30,'2026-11-23 14:04:24.109309','2026-11-23 14:04:24.256199');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-09-20 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-09-20 08:58:00.000000',2,31,'2026-11-23 14:04:24.121627','2026-11-23 14:04:24.256737');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-09-21 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-09-21 02:07:00.000000',2,32,'2026-11-23 14:04:24.121631','2026-11-23 14:04:24.257161');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-09-22 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-22 10:37:00.000000',2,33,'2026-11-23 14:04:24.121632','2026-11-23 14:04:24.257574');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-11-22 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-22 02:12:00.000000',2,34,'2026-11-23 14:04:24.188387','2026-11-23 14:04:24.257989');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-11-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-11-23 14:04:24.188389','2026-11-23 14:04:24.188390');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-11-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-11-23 14:04:24.188390','2026-11-23 14:04:24.188391');
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
INSERT INTO "customer_merges" VALUES(2,4,'{"age_band": "", "anonymised_at": null, "area_max": null, "area_min": null, "awareness": "", "birthday": null, "budget_max": null, "budget_min": null, "buyer_type": "", "channel": "自然到访", "consent_at": "2026-11-21T14:04:23+00:00", "created_at": "2026-11-23T14:04:23.714549+00:00", "created_by_id": null, "do_not_disturb": false, "family_structure": "", "first_visit_at": "2026-11-21T14:04:23+00:00", "floor_preference": "", "focus": "", "gender": "", "grade": "C", "id": 4, "last_contact_at": "2026-11-21T14:04:23+00:00", "last_follow_up_at": null, "last_visit_at": "2026-11-21T14:04:23+00:00", "layout": "", "marketing_opt_in": false, "name": "曾晓贤", "next_follow_up_on": "2026-12-21", "notes": "", "owner_id": 4, "phone": "13900004444", "phone_kind": "mobile", "planned_follow_up_on": null, "protected_until": "2026-12-21", "purpose": "", "referrer_id": null, "risk_index": null, "risk_monitoring": false, "updated_at": "2026-11-23T14:04:23.716215+00:00", "version": 2, "visit_count": 1}','同一人登记了两次',NULL,1,'2026-11-23 14:04:23.733480','2026-11-23 14:04:23.733481');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-11-23 14:04:23.726196','2026-11-23 14:04:23.726199');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2026-12-21','A',NULL,NULL,NULL,'','2026-11-03 14:04:23.000000',1,0,2,'2026-11-03 14:04:23.000000','2026-11-21 14:04:23.000000','2026-11-22 14:04:23.000000','2026-11-22 14:04:23.000000','2026-11-26','2026-11-26',1,38,NULL,NULL,7,1,'2026-11-23 14:04:23.587178','2026-11-23 14:04:23.761005');
INSERT INTO "customers" VALUES('曾小贤','zxx','13900003333','13900003333','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-03','C',1,NULL,NULL,'','2026-11-03 15:04:23.000000',0,0,2,'2026-11-03 15:04:23.000000','2026-11-21 14:04:23.000000',NULL,'2026-11-21 14:04:23.000000',NULL,'2026-12-21',1,NULL,NULL,NULL,6,2,'2026-11-23 14:04:23.691583','2026-11-23 14:04:23.905584');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-04','C',NULL,NULL,NULL,'','2026-11-03 16:04:23.000000',0,0,1,'2026-11-03 16:04:23.000000','2026-11-03 16:04:23.000000',NULL,'2026-11-03 16:04:23.000000',NULL,'2026-12-04',0,NULL,NULL,NULL,2,3,'2026-11-23 14:04:23.704127','2026-11-23 14:04:23.705766');
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-06 01:26:00.000000',4,'',1,'2026-11-23 14:04:23.903718','2026-11-23 14:04:23.903720');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-06 01:32:00.000000',2,'',2,'2026-11-23 14:04:23.915263','2026-11-23 14:04:23.915265');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-06 01:38:00.000000',2,'',3,'2026-11-23 14:04:23.923949','2026-11-23 14:04:23.923950');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-06 01:44:00.000000',4,'',4,'2026-11-23 14:04:23.932272','2026-11-23 14:04:23.932274');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-06 01:50:00.000000',4,'',5,'2026-11-23 14:04:23.941662','2026-11-23 14:04:23.941663');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-06 01:56:00.000000',2,'',6,'2026-11-23 14:04:23.950472','2026-11-23 14:04:23.950474');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-12 04:46:00.000000',7,'',7,'2026-11-23 14:04:23.958753','2026-11-23 14:04:23.958754');
INSERT INTO "deal_steps" VALUES(1,'file','2026-06-21 02:25:00.000000',7,'',8,'2026-11-23 14:04:23.965694','2026-11-23 14:04:23.965696');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-06-27 01:07:00.000000',10,'',9,'2026-11-23 14:04:23.967409','2026-11-23 14:04:23.967411');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-02 04:39:00.000000',10,'',10,'2026-11-23 14:04:23.968711','2026-11-23 14:04:23.968712');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-12 03:18:00.000000',10,'',11,'2026-11-23 14:04:23.969802','2026-11-23 14:04:23.969803');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-07-21 03:11:00.000000',10,'',12,'2026-11-23 14:04:23.970902','2026-11-23 14:04:23.970903');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-06 03:26:00.000000',10,'',13,'2026-11-23 14:04:23.971922','2026-11-23 14:04:23.971922');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-05 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-11-23 14:04:23.977460','2026-11-23 14:04:23.977462');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-09 06:31:00.000000',7,'',15,'2026-11-23 14:04:23.985252','2026-11-23 14:04:23.985253');
INSERT INTO "deal_steps" VALUES(2,'file','2026-06-18 06:41:00.000000',7,'',16,'2026-11-23 14:04:23.988988','2026-11-23 14:04:23.988989');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-06-23 01:08:00.000000',10,'',17,'2026-11-23 14:04:23.990250','2026-11-23 14:04:23.990251');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-06-30 03:36:00.000000',10,'',18,'2026-11-23 14:04:23.991330','2026-11-23 14:04:23.991331');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-14 05:58:00.000000',10,'',19,'2026-11-23 14:04:23.992472','2026-11-23 14:04:23.992473');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-07-24 09:39:00.000000',10,'',20,'2026-11-23 14:04:23.993473','2026-11-23 14:04:23.993473');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-06 05:04:00.000000',10,'',21,'2026-11-23 14:04:23.994592','2026-11-23 14:04:23.994593');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-01 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-11-23 14:04:23.998232','2026-11-23 14:04:23.998233');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-11 05:15:00.000000',7,'',23,'2026-11-23 14:04:24.003934','2026-11-23 14:04:24.003935');
INSERT INTO "deal_steps" VALUES(3,'file','2026-06-20 08:30:00.000000',7,'',24,'2026-11-23 14:04:24.007511','2026-11-23 14:04:24.007512');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-06-25 02:50:00.000000',10,'',25,'2026-11-23 14:04:24.008504','2026-11-23 14:04:24.008505');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-04 01:34:00.000000',10,'',26,'2026-11-23 14:04:24.009457','2026-11-23 14:04:24.009458');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-17 01:54:00.000000',10,'',27,'2026-11-23 14:04:24.010462','2026-11-23 14:04:24.010463');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-07-24 07:43:00.000000',10,'',28,'2026-11-23 14:04:24.011413','2026-11-23 14:04:24.011414');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-10 08:15:00.000000',7,'',29,'2026-11-23 14:04:24.014678','2026-11-23 14:04:24.014679');
INSERT INTO "deal_steps" VALUES(4,'file','2026-06-18 06:59:00.000000',7,'',30,'2026-11-23 14:04:24.018812','2026-11-23 14:04:24.018813');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-06-25 06:50:00.000000',10,'',31,'2026-11-23 14:04:24.019758','2026-11-23 14:04:24.019759');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-03 07:08:00.000000',10,'',32,'2026-11-23 14:04:24.020701','2026-11-23 14:04:24.020702');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-15 05:51:00.000000',10,'',33,'2026-11-23 14:04:24.021655','2026-11-23 14:04:24.021656');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-07-24 06:33:00.000000',10,'',34,'2026-11-23 14:04:24.022708','2026-11-23 14:04:24.022709');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-05 04:47:00.000000',10,'',35,'2026-11-23 14:04:24.023738','2026-11-23 14:04:24.023739');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-12 02:27:00.000000',7,'',36,'2026-11-23 14:04:24.029314','2026-11-23 14:04:24.029315');
INSERT INTO "deal_steps" VALUES(5,'file','2026-06-21 05:56:00.000000',7,'',37,'2026-11-23 14:04:24.033575','2026-11-23 14:04:24.033576');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-06-28 07:20:00.000000',10,'',38,'2026-11-23 14:04:24.034604','2026-11-23 14:04:24.034605');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-06 08:06:00.000000',10,'',39,'2026-11-23 14:04:24.035563','2026-11-23 14:04:24.035564');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-17 03:41:00.000000',10,'',40,'2026-11-23 14:04:24.036801','2026-11-23 14:04:24.036802');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-07-24 02:23:00.000000',10,'',41,'2026-11-23 14:04:24.037761','2026-11-23 14:04:24.037762');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-08 08:09:00.000000',10,'',42,'2026-11-23 14:04:24.038797','2026-11-23 14:04:24.038797');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-09 04:03:00.000000',7,'',43,'2026-11-23 14:04:24.043733','2026-11-23 14:04:24.043733');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-15 08:30:00.000000',7,'',44,'2026-11-23 14:04:24.047394','2026-11-23 14:04:24.047395');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-06-19 02:50:00.000000',10,'',45,'2026-11-23 14:04:24.048416','2026-11-23 14:04:24.048417');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-06-26 05:29:00.000000',10,'',46,'2026-11-23 14:04:24.049356','2026-11-23 14:04:24.049357');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-07 03:02:00.000000',10,'',47,'2026-11-23 14:04:24.050360','2026-11-23 14:04:24.050361');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-14 01:36:00.000000',10,'',48,'2026-11-23 14:04:24.051318','2026-11-23 14:04:24.051318');
INSERT INTO "deal_steps" VALUES(6,'release','2026-07-27 02:39:00.000000',10,'',49,'2026-11-23 14:04:24.052257','2026-11-23 14:04:24.052258');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-07 04:49:00.000000',4,'',50,'2026-11-23 14:04:24.057704','2026-11-23 14:04:24.057706');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-08 08:53:00.000000',7,'',51,'2026-11-23 14:04:24.062319','2026-11-23 14:04:24.062321');
INSERT INTO "deal_steps" VALUES(7,'file','2026-11-18 06:06:00.000000',7,'',52,'2026-11-23 14:04:24.066576','2026-11-23 14:04:24.066577');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-11-21 04:57:00.000000',10,'',53,'2026-11-23 14:04:24.067581','2026-11-23 14:04:24.067581');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-10-20 02:43:00.000000',4,'',54,'2026-11-23 14:04:24.071210','2026-11-23 14:04:24.071212');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-10-24 07:03:00.000000',7,'',55,'2026-11-23 14:04:24.074469','2026-11-23 14:04:24.074470');
INSERT INTO "deal_steps" VALUES(8,'file','2026-10-30 04:11:00.000000',7,'',56,'2026-11-23 14:04:24.078518','2026-11-23 14:04:24.078519');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-02 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-11-23 14:04:24.080902','2026-11-23 14:04:24.080903');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-15 09:34:00.000000',2,'',58,'2026-11-23 14:04:24.088564','2026-11-23 14:04:24.088565');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-18 08:14:00.000000',7,'',59,'2026-11-23 14:04:24.091132','2026-11-23 14:04:24.091133');
INSERT INTO "deal_steps" VALUES(9,'file','2026-10-28 02:08:00.000000',7,'',60,'2026-11-23 14:04:24.094882','2026-11-23 14:04:24.094883');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-10-31 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-11-23 14:04:24.097523','2026-11-23 14:04:24.097524');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-16 08:36:00.000000',2,'',62,'2026-11-23 14:04:24.103340','2026-11-23 14:04:24.103341');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-17 05:49:00.000000',7,'',63,'2026-11-23 14:04:24.107120','2026-11-23 14:04:24.107121');
INSERT INTO "deal_steps" VALUES(10,'file','2026-08-25 07:48:00.000000',7,'',64,'2026-11-23 14:04:24.110563','2026-11-23 14:04:24.110564');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-17 06:41:00.000000',2,'',65,'2026-11-23 14:04:24.114231','2026-11-23 14:04:24.114232');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-09-20 08:51:00.000000',7,'',66,'2026-11-23 14:04:24.118010','2026-11-23 14:04:24.118011');
INSERT INTO "deal_steps" VALUES(11,'file','2026-09-29 09:08:00.000000',7,'',67,'2026-11-23 14:04:24.123381','2026-11-23 14:04:24.123383');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-04 02:19:00.000000',10,'',68,'2026-11-23 14:04:24.124802','2026-11-23 14:04:24.124803');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-10 03:16:00.000000',10,'',69,'2026-11-23 14:04:24.125977','2026-11-23 14:04:24.125978');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-10-23 06:18:00.000000',10,'',70,'2026-11-23 14:04:24.127119','2026-11-23 14:04:24.127120');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-10-29 02:34:00.000000',10,'',71,'2026-11-23 14:04:24.128172','2026-11-23 14:04:24.128172');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-14 01:01:00.000000',10,'',72,'2026-11-23 14:04:24.129147','2026-11-23 14:04:24.129147');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-17 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-11-23 14:04:24.132848','2026-11-23 14:04:24.132849');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-12 06:33:00.000000',2,'',74,'2026-11-23 14:04:24.140397','2026-11-23 14:04:24.140399');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-13 05:29:00.000000',4,'',75,'2026-11-23 14:04:24.146248','2026-11-23 14:04:24.146249');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-16 04:52:00.000000',2,'',76,'2026-11-23 14:04:24.152584','2026-11-23 14:04:24.152586');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-17 06:52:00.000000',2,'',77,'2026-11-23 14:04:24.158789','2026-11-23 14:04:24.158791');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-11-18 09:25:00.000000',2,'',78,'2026-11-23 14:04:24.165164','2026-11-23 14:04:24.165166');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-11-19 07:30:00.000000',2,'',79,'2026-11-23 14:04:24.170711','2026-11-23 14:04:24.170712');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-11-20 02:20:00.000000',4,'',80,'2026-11-23 14:04:24.177038','2026-11-23 14:04:24.177039');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-11-21 04:51:00.000000',2,'',81,'2026-11-23 14:04:24.183186','2026-11-23 14:04:24.183188');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-11-22 02:05:00.000000',7,'',82,'2026-11-23 14:04:24.185968','2026-11-23 14:04:24.185969');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-11-22 06:59:00.000000',4,'',83,'2026-11-23 14:04:24.192018','2026-11-23 14:04:24.192019');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-11-23 09:33:00.000000',2,'',84,'2026-11-23 14:04:24.197998','2026-11-23 14:04:24.197999');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:dScJ/VKpcFSY1D8YnIZVdtmXGqxDj5cJr7MgRAhfan523NTBYBPMHnrkVxCMrA==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-06 01:26:00.000000','2026-06-13',500,90,'delivered','YQF-2026-0001','330126061213349','2026-06-12 04:46:00.000000','2026-06-21',-2521134,6627873,'2026-11-05 01:35:00.000000',NULL,NULL,'',10,1,'2026-11-23 14:04:23.899502','2026-11-23 14:04:23.977310');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:Bd/QIvlX/n/DIxgQSGbfQSzGMekTHAoxFVT2Cl77RIFpJHOlnw4n+QUCYiBWMQ==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-06 01:32:00.000000','2026-06-13',500,90,'delivered','YQF-2026-0002','330126060999846','2026-06-09 06:31:00.000000','2026-06-18',-221760,6931109,'2026-10-01 05:33:00.000000',NULL,NULL,'',10,2,'2026-11-23 14:04:23.913337','2026-11-23 14:04:23.998144');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:+l6NxUAwQ7DmQmHa+Bexjpzu+cy2UWBt6zJuW9V0tkJAWJNvBOc9+8zRdthW+w==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-06 01:38:00.000000','2026-06-13',500,90,'signed','YQF-2026-0003','330126061187853','2026-06-11 05:15:00.000000','2026-06-20',NULL,0,NULL,NULL,NULL,'',7,3,'2026-11-23 14:04:23.922195','2026-11-23 14:04:24.011341');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:k8D2wbpxe0EJh1v5A3sEdc8O30qietZEta35KdmEhVAqHvshLayxkjV089jQig==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-06 01:44:00.000000','2026-06-13',500,90,'signed','YQF-2026-0004','330126061056438','2026-06-10 08:15:00.000000','2026-06-18',NULL,0,NULL,NULL,NULL,'',8,4,'2026-11-23 14:04:23.930431','2026-11-23 14:04:24.023658');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:f4RttefcMhLhi/C8iMvwLKVLh9ySh1hzFW9LaSzaWhWm65V48HH35x3iX5DBRA==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-07 03:00:00.000000',190665920,216264480,8000000,'2026-06-06 01:50:00.000000','2026-06-13',500,90,'signed','YQF-2026-0005','330126061255680','2026-06-12 02:27:00.000000','2026-06-21',NULL,0,NULL,NULL,NULL,'',9,5,'2026-11-23 14:04:23.939985','2026-11-23 14:04:24.038722');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:CuSKO4lxyUaon3Nihark9s/iVP4ebSefzXHrbsYIOzm67KBHexVZNjE8mb+AUg==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-06 01:56:00.000000','2026-06-13',500,90,'signed','YQF-2026-0006','330126060958361','2026-06-09 04:03:00.000000','2026-06-15',NULL,0,NULL,NULL,NULL,'',8,6,'2026-11-23 14:04:23.948714','2026-11-23 14:04:24.052185');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:kW6Hin8a8p6vwT8+LsUWiLdGatN1pv1YxZXdTkSdOFrPGj2O6lX6oEu+LjdnOQ==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-07 04:49:00.000000','2026-11-14',500,90,'signed','YQF-2026-0007','330126110881882','2026-11-08 08:53:00.000000','2026-11-18',NULL,0,NULL,NULL,NULL,'',4,7,'2026-11-23 14:04:24.056093','2026-11-23 14:04:24.067498');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:nLfGTBKyn+8t55/aQWNWWJ0y7pshWBtK5EvNEh3ioLvcJASXWxn2aKpbHWsOLg==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-10-20 02:43:00.000000','2026-10-27',500,90,'delivered','YQF-2026-0008','330126102450101','2026-10-24 07:03:00.000000','2026-10-30',2684416,9372626,'2026-11-02 09:40:00.000000',NULL,NULL,'',5,8,'2026-11-23 14:04:24.069749','2026-11-23 14:04:24.080819');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:2GLTrRczuGQinSVa7+evaKqOMYjtw6WWc0PNDK1BwdN28TYrfSJT5jZaKZWkkQ==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-15 09:34:00.000000','2026-10-22',500,90,'delivered','YQF-2026-0009','330126101868856','2026-10-18 08:14:00.000000','2026-10-28',0,8492152,'2026-10-31 08:05:00.000000',NULL,NULL,'',5,9,'2026-11-23 14:04:24.087106','2026-11-23 14:04:24.097439');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:Zk6pR3ZOjCRCC1TxLiso5n9tqVOftdop55w/Q48OwzZZ5yY0yn7Pcxra7IFZOQ==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-16 08:36:00.000000','2026-08-23',500,90,'signed','YQF-2026-0010','330126081719420','2026-08-17 05:49:00.000000','2026-08-25',NULL,0,NULL,NULL,NULL,'',3,10,'2026-11-23 14:04:24.101934','2026-11-23 14:04:24.110476');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:lp8o50O94+t4M7JvQLjzWx7RQv+JoQWw3gjbFURZRz+usaJ8cPRHUhmMXMNZoQ==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-17 06:41:00.000000','2026-09-24',500,90,'delivered','YQF-2026-0011','330126092023964','2026-09-20 08:51:00.000000','2026-09-29',4424000,12630240,'2026-11-17 06:27:00.000000',NULL,NULL,'',10,11,'2026-11-23 14:04:24.112806','2026-11-23 14:04:24.132767');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:+B9AgtvGAS0ng7QR7l2mIoiAuL7n+URvFUFIVnaYj4SVqHZaQMqt5MkYyxHA2A==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-12 06:33:00.000000','2026-11-19',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-11-23 14:04:24.138826','2026-11-23 14:04:24.138828');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:PBBU6Xz5BlqMqoNHmt4PYmlTW1rZ7R6TwiK/HiZKLi7yz+m6sgm8Tafs95CWqw==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-13 05:29:00.000000','2026-11-20',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-11-23 14:04:24.144740','2026-11-23 14:04:24.144743');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:13jOt5Xtq27eEDTJ4yAA9z902aoc2b1B2i9eIRudDDNe70lvEbaS1dpturUKCA==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-16 04:52:00.000000','2026-11-23',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-11-23 14:04:24.151055','2026-11-23 14:04:24.151058');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:Ag9fmzEPSPiYwbZSlHkxO/AffQb8NRan4PZroa38wmwGytql35BaXwrseHYAMA==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-11-18 03:00:00.000000',196415900,221466480,8000000,'2026-11-17 06:52:00.000000','2026-11-24',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-11-23 14:04:24.157214','2026-11-23 14:04:24.161734');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:r5HrU5y87MuDlUFlqneSMp3l2CNb+h/GfJceLcP+FwaJsns1lqLOIenFLrlkdA==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-11-18 09:25:00.000000','2026-11-25',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-11-23 14:04:24.163791','2026-11-23 14:04:24.163793');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:qbXujs7vxpOokqkvPJJF3A8NLLc0zNcuUfGHkPJQuoEznbVpZ1cdicUYKB5NfA==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-11-20 03:00:00.000000',264313750,300555000,10000000,'2026-11-19 07:30:00.000000','2026-11-26',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-11-23 14:04:24.169307','2026-11-23 14:04:24.173591');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:vjbIZCFNJYOjV3HL9U4cCzBLw2dNvGF4zzS040YvQV3arqaZsANwLir0fIlGtg==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-11-20 02:20:00.000000','2026-11-27',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-11-23 14:04:24.175583','2026-11-23 14:04:24.175585');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:7SkBXlUTPGCRmELFbWZq9dRHslaeiudUVD8cCfvMkrCVZNFuW+womtov+w7mig==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-11-21 04:51:00.000000','2026-11-28',500,90,'signed','YQF-2026-0019','330126112220190','2026-11-22 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-11-23 14:04:24.181666','2026-11-23 14:04:24.185874');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:SYgZNU44g84aVRaIwgSZfNrSYOKm7xTfRhIL2LE0XvE2239rbfG4LhcJDIuVxA==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-11-22 06:59:00.000000','2026-11-29',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-11-23 14:04:24.190657','2026-11-23 14:04:24.190659');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:5nFgJuveUi8RI14etp9+a1JTxjU66E8fZrrHTXpL/uvK6JdWwCDkOFbgKZ6WIw==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-11-23 09:33:00.000000','2026-11-30',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-11-23 14:04:24.196657','2026-11-23 14:04:24.196659');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-11-23 14:04:23.000000',2,1,'2026-11-23 14:04:23.779191','2026-11-23 14:04:23.781390');
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
INSERT INTO "duty_roster" VALUES('2026-11-03',2,1,1,'2026-11-23 14:04:23.341044','2026-11-23 14:04:23.341047');
INSERT INTO "duty_roster" VALUES('2026-11-03',4,2,2,'2026-11-23 14:04:23.341047','2026-11-23 14:04:23.341048');
INSERT INTO "duty_roster" VALUES('2026-11-03',5,3,3,'2026-11-23 14:04:23.341048','2026-11-23 14:04:23.341049');
INSERT INTO "duty_roster" VALUES('2026-11-23',4,1,4,'2026-11-23 14:04:23.770833','2026-11-23 14:04:23.770835');
INSERT INTO "duty_roster" VALUES('2026-11-23',2,2,5,'2026-11-23 14:04:23.770835','2026-11-23 14:04:23.770836');
INSERT INTO "duty_roster" VALUES('2026-11-23',5,3,6,'2026-11-23 14:04:23.770836','2026-11-23 14:04:23.770837');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-11-22 14:04:23.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-11-26','C','A',1,'2026-11-23 14:04:23.722302','2026-11-23 14:04:23.722305');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-11-22 14:04:23.000000','2026-11-23 14:04:23.723197');
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
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_installments PRIMARY KEY (id), 
	CONSTRAINT fk_installments_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE CASCADE, 
	CONSTRAINT uq_installments_deal_id UNIQUE (deal_id, seq)
);
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-06',10000000,10000000,'2026-06-06',3,1,'2026-11-23 14:04:23.904446','2026-11-23 14:04:23.955457');
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-06-21',53122598,53122598,'2026-06-19',2,2,'2026-11-23 14:04:23.904448','2026-11-23 14:04:23.957110');
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-05',147286062,147286062,'2026-08-06',2,3,'2026-11-23 14:04:23.904449','2026-11-23 14:04:23.972778');
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-06',10000000,10000000,'2026-06-06',3,4,'2026-11-23 14:04:23.915411','2026-11-23 14:04:23.983051');
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-06-21',56010560,56010560,'2026-06-20',2,5,'2026-11-23 14:04:23.915413','2026-11-23 14:04:23.984238');
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-04',154024640,154024640,'2026-08-06',2,6,'2026-11-23 14:04:23.915414','2026-11-23 14:04:23.995436');
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-06',5000000,5000000,'2026-06-06',3,7,'2026-11-23 14:04:23.924096','2026-11-23 14:04:24.001885');
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-06-21',83523040,83523040,'2026-06-16',2,8,'2026-11-23 14:04:23.924098','2026-11-23 14:04:24.003000');
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-04',206553760,0,NULL,1,9,'2026-11-23 14:04:23.924099','2026-11-23 14:04:23.924100');
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-06',8000000,8000000,'2026-06-06',3,10,'2026-11-23 14:04:23.932420','2026-11-23 14:04:24.012572');
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-06-21',68950000,68950000,'2026-06-15',2,11,'2026-11-23 14:04:23.932422','2026-11-23 14:04:24.013672');
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-04',179550000,179550000,'2026-08-05',2,12,'2026-11-23 14:04:23.932423','2026-11-23 14:04:24.024547');
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-06',8000000,8000000,'2026-06-06',3,13,'2026-11-23 14:04:23.941803','2026-11-23 14:04:24.026129');
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-06-21',49199776,49199776,'2026-06-20',2,14,'2026-11-23 14:04:23.941805','2026-11-23 14:04:24.028330');
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-05',133466144,133466144,'2026-08-08',2,15,'2026-11-23 14:04:23.941806','2026-11-23 14:04:24.039647');
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-06',10000000,10000000,'2026-06-06',3,16,'2026-11-23 14:04:23.950618','2026-11-23 14:04:24.041587');
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-06-21',71000000,71000000,'2026-06-21',2,17,'2026-11-23 14:04:23.950620','2026-11-23 14:04:24.042766');
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-04',189000000,189000000,'2026-07-27',2,18,'2026-11-23 14:04:23.950621','2026-11-23 14:04:24.053182');
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-05',6627873,6627873,'2026-11-11',2,19,'2026-11-23 14:04:23.977791','2026-11-23 14:04:23.981082');
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-01',6931109,6931109,'2026-10-06',2,20,'2026-11-23 14:04:23.998338','2026-11-23 14:04:24.000412');
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-07',5000000,5000000,'2026-11-07',2,21,'2026-11-23 14:04:24.057863','2026-11-23 14:04:24.060110');
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-11-22',61623515,36974109,NULL,2,22,'2026-11-23 14:04:24.057865','2026-11-23 14:04:24.061238');
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-06',155454869,0,NULL,1,23,'2026-11-23 14:04:24.057866','2026-11-23 14:04:24.057866');
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-10-20',5000000,5000000,'2026-10-20',2,24,'2026-11-23 14:04:24.071346','2026-11-23 14:04:24.073387');
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-11-19',292543680,0,NULL,1,25,'2026-11-23 14:04:24.071348','2026-11-23 14:04:24.071349');
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-02',2684416,2684416,'2026-11-05',2,26,'2026-11-23 14:04:24.081021','2026-11-23 14:04:24.083223');
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-02',9372626,9372626,'2026-11-03',2,27,'2026-11-23 14:04:24.081023','2026-11-23 14:04:24.084420');
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-15',10000000,10000000,'2026-10-15',2,28,'2026-11-23 14:04:24.088698','2026-11-23 14:04:24.090145');
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-14',259592120,0,NULL,1,29,'2026-11-23 14:04:24.088700','2026-11-23 14:04:24.088700');
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-10-31',8492152,8492152,'2026-11-06',2,30,'2026-11-23 14:04:24.097627','2026-11-23 14:04:24.099533');
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-16',8000000,8000000,'2026-08-16',2,31,'2026-11-23 14:04:24.103508','2026-11-23 14:04:24.104922');
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-15',258805000,258805000,'2026-09-09',2,32,'2026-11-23 14:04:24.103510','2026-11-23 14:04:24.105997');
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-17',5000000,5000000,'2026-09-17',2,33,'2026-11-23 14:04:24.114375','2026-11-23 14:04:24.115894');
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-02',115288000,115288000,'2026-09-27',2,34,'2026-11-23 14:04:24.114377','2026-11-23 14:04:24.117082');
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-16',280672000,280672000,'2026-11-14',2,35,'2026-11-23 14:04:24.114378','2026-11-23 14:04:24.129958');
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-17',4424000,4424000,'2026-11-17',2,36,'2026-11-23 14:04:24.132967','2026-11-23 14:04:24.134995');
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-17',12630240,12630240,'2026-11-20',2,37,'2026-11-23 14:04:24.132969','2026-11-23 14:04:24.136192');
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-12',5000000,5000000,'2026-11-12',2,38,'2026-11-23 14:04:24.140616','2026-11-23 14:04:24.142294');
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-11-27',101049400,0,NULL,1,39,'2026-11-23 14:04:24.140618','2026-11-23 14:04:24.140619');
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-10',247448600,0,NULL,1,40,'2026-11-23 14:04:24.140619','2026-11-23 14:04:24.140619');
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-13',10000000,10000000,'2026-11-13',2,41,'2026-11-23 14:04:24.146400','2026-11-23 14:04:24.148500');
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-11-28',46392281,0,NULL,1,42,'2026-11-23 14:04:24.146402','2026-11-23 14:04:24.146402');
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-12',131581989,0,NULL,1,43,'2026-11-23 14:04:24.146402','2026-11-23 14:04:24.146403');
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-16',5000000,5000000,'2026-11-16',2,44,'2026-11-23 14:04:24.152739','2026-11-23 14:04:24.154391');
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-01',55512265,0,NULL,1,45,'2026-11-23 14:04:24.152740','2026-11-23 14:04:24.152741');
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-15',141195285,0,NULL,1,46,'2026-11-23 14:04:24.152741','2026-11-23 14:04:24.152742');
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-17',8000000,8000000,'2026-11-17',2,47,'2026-11-23 14:04:24.158951','2026-11-23 14:04:24.160642');
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-02',50924770,0,NULL,1,48,'2026-11-23 14:04:24.158953','2026-11-23 14:04:24.158953');
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-16',137491130,0,NULL,1,49,'2026-11-23 14:04:24.158954','2026-11-23 14:04:24.158954');
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-11-18',5000000,5000000,'2026-11-18',2,50,'2026-11-23 14:04:24.165296','2026-11-23 14:04:24.166845');
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-18',162493760,0,NULL,1,51,'2026-11-23 14:04:24.165298','2026-11-23 14:04:24.165298');
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-11-19',10000000,10000000,'2026-11-19',2,52,'2026-11-23 14:04:24.170968','2026-11-23 14:04:24.172555');
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-04',69294125,0,NULL,1,53,'2026-11-23 14:04:24.170970','2026-11-23 14:04:24.170970');
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-18',185019625,0,NULL,1,54,'2026-11-23 14:04:24.170971','2026-11-23 14:04:24.170971');
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-11-20',8000000,8000000,'2026-11-20',2,55,'2026-11-23 14:04:24.177176','2026-11-23 14:04:24.179239');
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-05',79215119,0,NULL,1,56,'2026-11-23 14:04:24.177178','2026-11-23 14:04:24.177178');
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-01-19',203501945,0,NULL,1,57,'2026-11-23 14:04:24.177179','2026-11-23 14:04:24.177179');
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-11-21',10000000,10000000,'2026-11-21',2,58,'2026-11-23 14:04:24.183361','2026-11-23 14:04:24.184938');
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-06',45877283,0,NULL,1,59,'2026-11-23 14:04:24.183363','2026-11-23 14:04:24.183364');
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-01-20',130380327,0,NULL,1,60,'2026-11-23 14:04:24.183365','2026-11-23 14:04:24.183366');
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-11-22',5000000,5000000,'2026-11-22',2,61,'2026-11-23 14:04:24.192157','2026-11-23 14:04:24.194189');
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-07',96747589,0,NULL,1,62,'2026-11-23 14:04:24.192159','2026-11-23 14:04:24.192160');
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-01-21',237411041,0,NULL,1,63,'2026-11-23 14:04:24.192160','2026-11-23 14:04:24.192161');
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-11-23',5000000,5000000,'2026-11-23',2,64,'2026-11-23 14:04:24.198193','2026-11-23 14:04:24.199685');
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-08',61645000,0,NULL,1,65,'2026-11-23 14:04:24.198195','2026-11-23 14:04:24.198196');
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-02-21',155505000,0,NULL,1,66,'2026-11-23 14:04:24.198196','2026-11-23 14:04:24.198196');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-11-23 14:04:23.590350','2026-11-23 14:04:23.590352');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-11-23 14:04:23.693582','2026-11-23 14:04:23.693584');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-11-23 14:04:23.705966','2026-11-23 14:04:23.705967');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-11-23 14:04:23.716423','2026-11-23 14:04:23.740117');
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
INSERT INTO "phone_changes" VALUES(2,NULL,'13900001111','13900003333','客户换号',1,'2026-11-23 14:04:23.730122','2026-11-23 14:04:23.730124');
INSERT INTO "phone_changes" VALUES(2,NULL,'13900004444','13900003333','合并客户 4：同一人登记了两次',2,'2026-11-23 14:04:23.734496','2026-11-23 14:04:23.734497');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-07','杭州市余杭区文一西路 2688 号','2026-06-06',1,1,'2026-11-23 14:04:23.837359','2026-11-23 14:04:23.837362');
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
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_queue_tickets PRIMARY KEY (id), 
	CONSTRAINT fk_queue_tickets_closed_by_id_users FOREIGN KEY(closed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_queue_tickets_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_issued_by_id_users FOREIGN KEY(issued_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_queue_tickets_project_id UNIQUE (project_id, number)
);
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-06 01:26:00.000000',4,1,2,1,'2026-05-08 02:18:00.000000','2026-11-23 14:04:23.906498');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-06 01:32:00.000000',2,2,2,2,'2026-05-11 05:39:00.000000','2026-11-23 14:04:23.916415');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-06 01:38:00.000000',2,3,2,3,'2026-05-15 02:29:00.000000','2026-11-23 14:04:23.925015');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-06 01:44:00.000000',4,4,2,4,'2026-05-18 05:43:00.000000','2026-11-23 14:04:23.933405');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-03 07:04:00.000000',8,NULL,2,5,'2026-05-22 02:02:00.000000','2026-11-23 14:04:23.873196');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-06 01:50:00.000000',4,5,2,6,'2026-05-26 05:35:00.000000','2026-11-23 14:04:23.942813');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-06 01:56:00.000000',2,6,2,7,'2026-05-29 02:56:00.000000','2026-11-23 14:04:23.951565');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-02 07:00:00.000000',7,NULL,2,8,'2026-06-02 05:00:00.000000','2026-11-23 14:04:23.872061');
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
	updated_at DATETIME NOT NULL, 
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-08',8,'',NULL,'',NULL,NULL,'2026-05-09 08:00:00.000000',9,1,'2026-05-08 02:33:00.000000','2026-11-23 14:04:24.203616');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-11',8,'',NULL,'',NULL,NULL,'2026-05-12 08:00:00.000000',9,2,'2026-05-11 05:54:00.000000','2026-11-23 14:04:24.204500');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-15',8,'',NULL,'',NULL,NULL,'2026-05-16 08:00:00.000000',9,3,'2026-05-15 02:44:00.000000','2026-11-23 14:04:24.205221');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-18',8,'',NULL,'',NULL,NULL,'2026-05-19 08:00:00.000000',9,4,'2026-05-18 05:58:00.000000','2026-11-23 14:04:24.205793');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-05-22',8,'',NULL,'',NULL,NULL,'2026-05-23 08:00:00.000000',9,5,'2026-05-22 02:17:00.000000','2026-11-23 14:04:24.206429');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-05-26',8,'',NULL,'',NULL,NULL,'2026-05-27 08:00:00.000000',9,6,'2026-05-26 05:50:00.000000','2026-11-23 14:04:24.206947');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-05-29',8,'',NULL,'',NULL,NULL,'2026-05-30 08:00:00.000000',9,7,'2026-05-29 03:11:00.000000','2026-11-23 14:04:24.207435');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,8,'2026-06-06 01:04:00.000000','2026-11-23 14:04:24.207912');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,9,'2026-06-19 02:50:00.000000','2026-11-23 14:04:24.208390');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-06',8,'',NULL,'',NULL,NULL,'2026-08-07 08:00:00.000000',9,10,'2026-08-06 02:39:00.000000','2026-11-23 14:04:24.208868');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-11',8,'',NULL,'',NULL,NULL,'2026-11-12 08:00:00.000000',9,11,'2026-11-11 05:03:00.000000','2026-11-23 14:04:24.209337');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,12,'2026-06-06 07:56:00.000000','2026-11-23 14:04:24.209918');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,13,'2026-06-20 01:27:00.000000','2026-11-23 14:04:24.210528');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-06',8,'',NULL,'',NULL,NULL,'2026-08-07 08:00:00.000000',9,14,'2026-08-06 05:53:00.000000','2026-11-23 14:04:24.211064');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-06',8,'',NULL,'',NULL,NULL,'2026-10-07 08:00:00.000000',9,15,'2026-10-06 07:11:00.000000','2026-11-23 14:04:24.211635');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,16,'2026-06-06 06:05:00.000000','2026-11-23 14:04:24.212127');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-16',8,'',NULL,'',NULL,NULL,'2026-06-17 08:00:00.000000',9,17,'2026-06-16 01:05:00.000000','2026-11-23 14:04:24.212643');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,18,'2026-06-06 02:58:00.000000','2026-11-23 14:04:24.213118');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-15',8,'',NULL,'',NULL,NULL,'2026-06-16 08:00:00.000000',9,19,'2026-06-15 04:08:00.000000','2026-11-23 14:04:24.213691');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-05',8,'',NULL,'',NULL,NULL,'2026-08-06 08:00:00.000000',9,20,'2026-08-05 07:04:00.000000','2026-11-23 14:04:24.214210');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,21,'2026-06-06 01:11:00.000000','2026-11-23 14:04:24.214684');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,22,'2026-06-20 01:31:00.000000','2026-11-23 14:04:24.215146');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-08',8,'',NULL,'',NULL,NULL,'2026-08-09 08:00:00.000000',9,23,'2026-08-08 02:17:00.000000','2026-11-23 14:04:24.215602');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-06',8,'',NULL,'',NULL,NULL,'2026-06-07 08:00:00.000000',9,24,'2026-06-06 05:43:00.000000','2026-11-23 14:04:24.216057');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-06-21',8,'',NULL,'',NULL,NULL,'2026-06-22 08:00:00.000000',9,25,'2026-06-21 08:57:00.000000','2026-11-23 14:04:24.216624');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-07-27',8,'','2026-11-20 14:04:23.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-07-27 06:43:00.000000','2026-11-23 14:04:24.201806');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-07',8,'',NULL,'',NULL,NULL,'2026-11-08 08:00:00.000000',9,27,'2026-11-07 05:00:00.000000','2026-11-23 14:04:24.217094');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-11-21',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-11-21 07:10:00.000000','2026-11-21 07:10:00.000000');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-10-20',8,'',NULL,'',NULL,NULL,'2026-10-21 08:00:00.000000',9,29,'2026-10-20 01:03:00.000000','2026-11-23 14:04:24.217571');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-05',8,'',NULL,'',NULL,NULL,'2026-11-06 08:00:00.000000',9,30,'2026-11-05 06:50:00.000000','2026-11-23 14:04:24.218087');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-03',8,'',NULL,'',NULL,NULL,'2026-11-04 08:00:00.000000',9,31,'2026-11-03 03:38:00.000000','2026-11-23 14:04:24.218575');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-15',8,'',NULL,'',NULL,NULL,'2026-10-16 08:00:00.000000',9,32,'2026-10-15 03:46:00.000000','2026-11-23 14:04:24.219031');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-06',8,'',NULL,'',NULL,NULL,'2026-11-07 08:00:00.000000',9,33,'2026-11-06 03:34:00.000000','2026-11-23 14:04:24.219487');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-16',8,'',NULL,'',NULL,NULL,'2026-08-17 08:00:00.000000',9,34,'2026-08-16 04:03:00.000000','2026-11-23 14:04:24.219939');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-09',8,'',NULL,'',NULL,NULL,'2026-09-10 08:00:00.000000',9,35,'2026-09-09 05:56:00.000000','2026-11-23 14:04:24.220387');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-17',8,'',NULL,'',NULL,NULL,'2026-09-18 08:00:00.000000',9,36,'2026-09-17 03:52:00.000000','2026-11-23 14:04:24.220836');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-09-27',8,'',NULL,'',NULL,NULL,'2026-09-28 08:00:00.000000',9,37,'2026-09-27 01:44:00.000000','2026-11-23 14:04:24.221290');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-14',8,'',NULL,'',NULL,NULL,'2026-11-15 08:00:00.000000',9,38,'2026-11-14 01:08:00.000000','2026-11-23 14:04:24.221744');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,39,'2026-11-17 07:08:00.000000','2026-11-23 14:04:24.222272');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,40,'2026-11-20 01:10:00.000000','2026-11-23 14:04:24.222839');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-12',8,'',NULL,'',NULL,NULL,'2026-11-13 08:00:00.000000',9,41,'2026-11-12 07:50:00.000000','2026-11-23 14:04:24.223305');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-13',8,'',NULL,'',NULL,NULL,'2026-11-14 08:00:00.000000',9,42,'2026-11-13 03:34:00.000000','2026-11-23 14:04:24.223757');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,43,'2026-11-16 04:30:00.000000','2026-11-23 14:04:24.224206');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,44,'2026-11-17 04:23:00.000000','2026-11-23 14:04:24.224675');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,45,'2026-11-18 03:25:00.000000','2026-11-23 14:04:24.225128');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,46,'2026-11-19 01:06:00.000000','2026-11-23 14:04:24.225577');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,47,'2026-11-20 07:28:00.000000','2026-11-23 14:04:24.226022');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-11-21',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-11-21 09:13:00.000000','2026-11-21 09:13:00.000000');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-11-22',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-11-22 05:57:00.000000','2026-11-22 05:57:00.000000');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-11-23',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-11-23 07:25:00.000000','2026-11-23 07:25:00.000000');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-07-27',8,'',NULL,'',NULL,26,'2026-11-21 08:00:00.000000',9,51,'2026-11-20 14:04:23.000000','2026-11-23 14:04:24.226633');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','推荐的 曾小贤 首次到访',NULL,NULL,1,'2026-11-23 14:04:23.696325','2026-11-23 14:04:23.696327');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-11-23 14:04:23.000000','2026-11-23 14:04:23.768448');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0602',4,NULL,3,'2026-11-23 14:04:23.907800','2026-11-23 14:04:23.907801');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1105',4,NULL,4,'2026-11-23 14:04:23.934661','2026-11-23 14:04:23.934662');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1304',4,NULL,5,'2026-11-23 14:04:23.943675','2026-11-23 14:04:23.943677');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0001',7,NULL,6,'2026-11-23 14:04:23.963831','2026-11-23 14:04:23.963833');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0004',7,NULL,7,'2026-11-23 14:04:24.017957','2026-11-23 14:04:24.017958');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0005',7,NULL,8,'2026-11-23 14:04:24.032723','2026-11-23 14:04:24.032724');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1703',4,NULL,9,'2026-11-23 14:04:24.059047','2026-11-23 14:04:24.059048');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0007',7,NULL,10,'2026-11-23 14:04:24.065616','2026-11-23 14:04:24.065617');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1604',4,NULL,11,'2026-11-23 14:04:24.072412','2026-11-23 14:04:24.072414');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0008',7,NULL,12,'2026-11-23 14:04:24.077617','2026-11-23 14:04:24.077618');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋0804',4,NULL,13,'2026-11-23 14:04:24.147477','2026-11-23 14:04:24.147479');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0901',4,NULL,14,'2026-11-23 14:04:24.178274','2026-11-23 14:04:24.178276');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 2栋1单元1802',4,NULL,15,'2026-11-23 14:04:24.193196','2026-11-23 14:04:24.193197');
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
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','communication','high',NULL,1,'2026-11-23 14:04:23.755873','2026-11-23 14:04:23.755875');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','focus','high',NULL,2,'2026-11-23 14:04:23.755876','2026-11-23 14:04:23.755876');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','companions','low',NULL,3,'2026-11-23 14:04:23.755876','2026-11-23 14:04:23.755877');
INSERT INTO "risk_marks" VALUES(1,'2026-11-22','funding','low',NULL,4,'2026-11-23 14:04:23.755877','2026-11-23 14:04:23.755878');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','communication','high',NULL,5,'2026-11-23 14:04:23.759536','2026-11-23 14:04:23.759538');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','focus','high',NULL,6,'2026-11-23 14:04:23.759538','2026-11-23 14:04:23.759539');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','companions','high',NULL,7,'2026-11-23 14:04:23.759539','2026-11-23 14:04:23.759540');
INSERT INTO "risk_marks" VALUES(1,'2026-11-23','funding','low',NULL,8,'2026-11-23 14:04:23.759540','2026-11-23 14:04:23.759541');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-11-22','2026-11-23','assigned',5,NULL,'',2,1,'2026-11-23 14:04:23.761957','2026-11-23 14:04:23.766400');
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
INSERT INTO "rotation_turns" VALUES('2026-11-03',2,'serve',1,NULL,'',1,'2026-11-03 14:04:23.000000','2026-11-23 14:04:23.601831');
INSERT INTO "rotation_turns" VALUES('2026-11-03',4,'serve',2,NULL,'',2,'2026-11-03 15:04:23.000000','2026-11-23 14:04:23.696584');
INSERT INTO "rotation_turns" VALUES('2026-11-23',4,'skip',NULL,NULL,'',3,'2026-11-23 14:04:23.000000','2026-11-23 14:04:23.773482');
INSERT INTO "rotation_turns" VALUES('2026-11-23',2,'serve',NULL,'同行踩盘','',4,'2026-11-23 14:04:23.000000','2026-11-23 14:04:23.776447');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-11-23 14:04:23.286251','2026-11-23 14:04:23.286254');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-11-23 14:04:23.287185','2026-11-23 14:04:23.287186');
INSERT INTO "settings" VALUES('ids.key','"rngvRpx7duf7H5p3IRAjXuxYuCbqfU8BKvhaPhMgCWc="',1,3,'2026-11-23 14:04:23.896229','2026-11-23 14:04:23.896237');
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
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_unit_holds PRIMARY KEY (id), 
	CONSTRAINT fk_unit_holds_approver_id_users FOREIGN KEY(approver_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_ticket_id_queue_tickets FOREIGN KEY(ticket_id) REFERENCES queue_tickets (id) ON DELETE SET NULL, 
	CONSTRAINT fk_unit_holds_unit_id_units FOREIGN KEY(unit_id) REFERENCES units (id) ON DELETE CASCADE, 
	CONSTRAINT fk_unit_holds_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-07 01:06:00.000000','','2026-06-06 01:26:00.000000','转认购',1,'2026-06-06 01:06:00.000000','2026-11-23 14:04:23.900246');
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-07 01:12:00.000000','','2026-06-06 01:32:00.000000','转认购',2,'2026-06-06 01:12:00.000000','2026-11-23 14:04:23.913521');
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-07 01:18:00.000000','','2026-06-06 01:38:00.000000','转认购',3,'2026-06-06 01:18:00.000000','2026-11-23 14:04:23.922381');
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-07 01:24:00.000000','','2026-06-06 01:44:00.000000','转认购',4,'2026-06-06 01:24:00.000000','2026-11-23 14:04:23.930599');
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-07 01:30:00.000000','','2026-06-06 01:50:00.000000','转认购',5,'2026-06-06 01:30:00.000000','2026-11-23 14:04:23.940162');
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-07 01:36:00.000000','','2026-06-06 01:56:00.000000','转认购',6,'2026-06-06 01:36:00.000000','2026-11-23 14:04:23.948893');
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2026-12-23 16:00:00.000000','公司领导保留',NULL,'',7,'2026-11-21 14:04:23.000000','2026-11-23 14:04:24.228358');
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2026-12-23 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-11-21 14:04:23.000000','2026-11-23 14:04:24.230229');
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-11-24 12:04:23.000000','',NULL,'',9,'2026-11-23 12:04:23.000000','2026-11-23 14:04:24.231904');
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-11-24 09:04:23.000000','',NULL,'',10,'2026-11-23 09:04:23.000000','2026-11-23 14:04:24.233436');
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-11-23 18:04:23.000000','',NULL,'',11,'2026-11-22 18:04:23.000000','2026-11-23 14:04:24.234982');
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-11-22 14:04:23.000000','',NULL,'',12,'2026-11-21 14:04:23.000000','2026-11-23 14:04:24.236937');
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-11-21 14:04:23.000000','',NULL,'',13,'2026-11-20 14:04:23.000000','2026-11-23 14:04:24.238492');
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-11-23 08:04:23.000000','',NULL,'',14,'2026-11-22 08:04:23.000000','2026-11-23 14:04:24.239961');
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,1,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.234898');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'available','',1,3,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,4,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.979023');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.231812');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.176424');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'held','',2,38,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.239880');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.004961');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.999344');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.197411');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.082216');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-11-23 14:04:23.840185','2026-11-23 14:04:24.063471');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-11-23 14:04:23.840185','2026-11-23 14:04:23.840185');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-11-23 14:04:23.842083','2026-11-23 14:04:24.233354');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-11-23 14:04:23.842083','2026-11-23 14:04:24.098649');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-11-23 14:04:23.842083','2026-11-23 14:04:24.134088');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-11-23 14:04:23.842083','2026-11-23 14:04:24.191412');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-11-23 14:04:23.842083','2026-11-23 14:04:24.139702');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-11-23 14:04:23.842083','2026-11-23 14:04:23.842083');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.187126');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.145562');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.164572');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'held','',2,282,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.236846');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.015798');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.030439');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'held','',2,312,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.238409');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.158027');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.044888');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.151940');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.170098');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.108140');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.230131');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-11-23 14:04:23.844536','2026-11-23 14:04:24.227980');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-11-23 14:04:23.844536','2026-11-23 14:04:23.844536');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-11-23 14:04:23.239997','2026-11-23 14:04:23.240001');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-11-23 14:04:23.281910','2026-11-23 14:04:23.281911');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-11-23 14:04:23.284014','2026-11-23 14:04:23.284015');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-11-23 14:04:23.284016','2026-11-23 14:04:23.284016');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-11-23 14:04:23.331733','2026-11-23 14:04:23.331734');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-11-23 14:04:23.333132','2026-11-23 14:04:23.333133');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-11-23 14:04:23.333133','2026-11-23 14:04:23.333134');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-11-23 14:04:23.334531','2026-11-23 14:04:23.334532');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-11-23 14:04:23.828290','2026-11-23 14:04:23.828291');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-11-23 14:04:23.829711','2026-11-23 14:04:23.829712');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-11-23 14:04:23.830954','2026-11-23 14:04:23.830955');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-11-23 14:04:23.832096','2026-11-23 14:04:23.832096');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-11-23 14:04:23.833095','2026-11-23 14:04:23.833095');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$uP5Aes1tXgf+6Z71Yl5dnQ==$yw6pzufv7mPKaRxbjXkv0aCHhOgB4zxaG+roTnOqD1E=',1,0,NULL,1,1,'2026-11-23 14:04:23.239043','2026-11-23 14:04:23.239048');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$RNQCIAh0K70fECLAZ5+pOw==$Xl94wtzcKOzTUByccn/SNiWC1lmYSzYvh5B/RiEh6As=',1,1,NULL,1,2,'2026-11-23 14:04:23.281527','2026-11-23 14:04:23.281533');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-11-23 14:04:23.283563','2026-11-23 14:04:23.283565');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-11-23 14:04:23.331476','2026-11-23 14:04:23.331478');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-11-23 14:04:23.332937','2026-11-23 14:04:23.332938');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-11-23 14:04:23.334254','2026-11-23 14:04:23.334255');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-11-23 14:04:23.828005','2026-11-23 14:04:23.828012');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-11-23 14:04:23.829566','2026-11-23 14:04:23.829567');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-11-23 14:04:23.830810','2026-11-23 14:04:23.830811');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-11-23 14:04:23.831956','2026-11-23 14:04:23.831958');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-11-23 14:04:23.832974','2026-11-23 14:04:23.832975');
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
INSERT INTO "visits" VALUES(1,'2026-11-03 14:04:23.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-11-23 14:04:23.590862','2026-11-23 14:04:23.590864');
INSERT INTO "visits" VALUES(2,'2026-11-03 15:04:23.000000','first',1,'老带新','',4,NULL,'',2,'2026-11-23 14:04:23.693714','2026-11-23 14:04:23.693716');
INSERT INTO "visits" VALUES(3,'2026-11-03 16:04:23.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-11-23 14:04:23.706186','2026-11-23 14:04:23.706188');
INSERT INTO "visits" VALUES(1,'2026-11-21 14:04:23.000000','return',1,'自然到访','',2,NULL,'',4,'2026-11-23 14:04:23.710603','2026-11-23 14:04:23.710604');
INSERT INTO "visits" VALUES(2,'2026-11-21 14:04:23.000000','first',1,'自然到访','',4,NULL,'',5,'2026-11-23 14:04:23.716549','2026-11-23 14:04:23.737560');
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
COMMIT;
