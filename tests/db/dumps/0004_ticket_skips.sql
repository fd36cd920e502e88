BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0004_ticket_skips');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 06:35:28.260729','2026-12-06 06:35:28.260735');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 06:35:28.260737','2026-12-06 06:35:28.260753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 06:35:28.490595','2026-12-06 06:35:28.490601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 06:35:28.490603','2026-12-06 06:35:28.490604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 06:35:28.503708','2026-12-06 06:35:28.503714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 06:35:28.503715','2026-12-06 06:35:28.503716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 06:35:28.503718','2026-12-06 06:35:28.503719');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 06:35:28.526310','2026-12-06 06:35:28.526316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 06:35:28.527888','2026-12-06 06:35:28.527892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 06:35:28.552218','2026-12-06 06:35:28.552223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,11,'2026-12-06 06:35:28.563403','2026-12-06 06:35:28.563408');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-12-06 06:35:28.563409','2026-12-06 06:35:28.563410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 06:35:28.563412','2026-12-06 06:35:28.563413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 06:35:28.863149','2026-12-06 06:35:28.863155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 06:35:28.863157','2026-12-06 06:35:28.863158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 06:35:28.875156','2026-12-06 06:35:28.875161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 06:35:28.875163','2026-12-06 06:35:28.875164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 06:35:28.875166','2026-12-06 06:35:28.875167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 06:35:28.890316','2026-12-06 06:35:28.890320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 06:35:28.890321','2026-12-06 06:35:28.890322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-16；顾问=2；顺序=1',NULL,21,'2026-12-06 06:35:28.932123','2026-12-06 06:35:28.932129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-16；顾问=4；顺序=2',NULL,22,'2026-12-06 06:35:28.932131','2026-12-06 06:35:28.932132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-16；顾问=5；顺序=3',NULL,23,'2026-12-06 06:35:28.932133','2026-12-06 06:35:28.932135');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C''；备注=''''；同意告知时间=2026-11-16 06:35:28 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 06:35:30.104965','2026-12-06 06:35:30.104971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 06:35:30.378043','2026-12-06 06:35:30.378049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 06:35:28 UTC；首访/复访=''first''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 06:35:30.378050','2026-12-06 06:35:30.378051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-16',NULL,27,'2026-12-06 06:35:30.378052','2026-12-06 06:35:30.378054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-16；顾问=2；类型=''serve''；来访编号=1；备注=''''',NULL,28,'2026-12-06 06:35:30.400932','2026-12-06 06:35:30.400938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'姓名=''曾小贤''；手机号=''139****1111''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''老带新''；认知途径=''''；意向等级=''C''；推荐人=1；备注=''''；同意告知时间=2026-11-16 07:35:28 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,29,'2026-12-06 06:35:30.427542','2026-12-06 06:35:30.427547');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'客户编号=2；新顾问=4；方式=''register''；原因=''''',NULL,30,'2026-12-06 06:35:30.438959','2026-12-06 06:35:30.438964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'客户编号=2；来访时间=2026-11-16 07:35:28 UTC；首访/复访=''first''；来访人数=1；来源渠道=''老带新''；认知途径=''''；接待顾问=4；备注=''''',NULL,31,'2026-12-06 06:35:30.438965','2026-12-06 06:35:30.438966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-16',NULL,32,'2026-12-06 06:35:30.438967','2026-12-06 06:35:30.438969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-16；顾问=4；类型=''serve''；来访编号=2；备注=''''',NULL,33,'2026-12-06 06:35:30.451627','2026-12-06 06:35:30.451631');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'推荐人=1；被推荐人=2；积分=100；类型=''visit''；说明=''推荐的 曾小贤 首次到访''',NULL,34,'2026-12-06 06:35:30.451632','2026-12-06 06:35:30.451633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''masked''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-11-16 08:35:28 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-12-06 06:35:30.497165','2026-12-06 06:35:30.497170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-12-06 06:35:30.500260','2026-12-06 06:35:30.500263');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 08:35:28 UTC；首访/复访=''first''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-12-06 06:35:30.500265','2026-12-06 06:35:30.500266');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-16',NULL,38,'2026-12-06 06:35:30.500267','2026-12-06 06:35:30.500267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-16；顾问=5；类型=''serve''；来访编号=3；备注=''''',NULL,39,'2026-12-06 06:35:30.506837','2026-12-06 06:35:30.506841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 06:35:28 UTC；首访/复访=''return''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,40,'2026-12-06 06:35:30.528681','2026-12-06 06:35:30.528685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-16 → 2027-01-03',NULL,41,'2026-12-06 06:35:30.528687','2026-12-06 06:35:30.528689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C''；备注=''''；同意告知时间=2026-12-04 06:35:28 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,42,'2026-12-06 06:35:30.544072','2026-12-06 06:35:30.544076');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'客户编号=4；新顾问=4；方式=''register''；原因=''''',NULL,43,'2026-12-06 06:35:30.555382','2026-12-06 06:35:30.555386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'客户编号=4；来访时间=2026-12-04 06:35:28 UTC；首访/复访=''first''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=4；备注=''''',NULL,44,'2026-12-06 06:35:30.555387','2026-12-06 06:35:30.555388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-03',NULL,45,'2026-12-06 06:35:30.555390','2026-12-06 06:35:30.555391');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C''；新等级=''A''；原因=''预算明确，三个月内购买''',NULL,46,'2026-12-06 06:35:30.593960','2026-12-06 06:35:30.593964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 06:35:28 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C''；新等级=''A''',NULL,47,'2026-12-06 06:35:30.593966','2026-12-06 06:35:30.593967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C'' → ''A''；计划跟进日：（空） → 2026-12-09',NULL,48,'2026-12-06 06:35:30.593968','2026-12-06 06:35:30.593969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''spouse''；姓名=''李娜''；手机号=''137****2222''',NULL,49,'2026-12-06 06:35:30.606389','2026-12-06 06:35:30.606394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'客户编号=2；原号码=''139****1111''；新号码=''139****3333''；原因=''客户换号''',NULL,50,'2026-12-06 06:35:30.629643','2026-12-06 06:35:30.629648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'手机号：''139****1111'' → ''139****3333''',NULL,51,'2026-12-06 06:35:30.629650','2026-12-06 06:35:30.629651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'保留客户=2；并入的客户编号=4；并入记录=***；原因=''同一人登记了两次''',NULL,52,'2026-12-06 06:35:30.643758','2026-12-06 06:35:30.643763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'客户编号=2；原号码=''139****4444''；新号码=''139****3333''；原因=''合并客户 4：同一人登记了两次''',NULL,53,'2026-12-06 06:35:30.654182','2026-12-06 06:35:30.654188');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''mobile''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-03；意向等级=''C''；备注=''''；同意告知时间=2026-12-04 06:35:28 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,54,'2026-12-06 06:35:30.744430','2026-12-06 06:35:30.744435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'合并客户：编号 4 并入 2','同一人登记了两次',55,'2026-12-06 06:35:30.744437','2026-12-06 06:35:30.744438');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,56,'2026-12-06 06:35:30.756362','2026-12-06 06:35:30.756366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''communication''；风险=''high''',NULL,57,'2026-12-06 06:35:30.776434','2026-12-06 06:35:30.776440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''focus''；风险=''high''',NULL,58,'2026-12-06 06:35:30.776442','2026-12-06 06:35:30.776443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''companions''；风险=''low''',NULL,59,'2026-12-06 06:35:30.776444','2026-12-06 06:35:30.776445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''funding''；风险=''low''',NULL,60,'2026-12-06 06:35:30.776447','2026-12-06 06:35:30.776448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''communication''；风险=''high''',NULL,61,'2026-12-06 06:35:30.805019','2026-12-06 06:35:30.805024');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''focus''；风险=''high''',NULL,62,'2026-12-06 06:35:30.805025','2026-12-06 06:35:30.805026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''companions''；风险=''high''',NULL,63,'2026-12-06 06:35:30.805028','2026-12-06 06:35:30.805029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''funding''；风险=''low''',NULL,64,'2026-12-06 06:35:30.805030','2026-12-06 06:35:30.805031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,65,'2026-12-06 06:35:30.821557','2026-12-06 06:35:30.821562');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,66,'2026-12-06 06:35:30.838995','2026-12-06 06:35:30.839000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,67,'2026-12-06 06:35:30.848980','2026-12-06 06:35:30.848985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-06；顾问=4；顺序=1',NULL,68,'2026-12-06 06:35:30.859492','2026-12-06 06:35:30.859496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-06；顾问=2；顺序=2',NULL,69,'2026-12-06 06:35:30.859498','2026-12-06 06:35:30.859499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-06；顾问=5；顺序=3',NULL,70,'2026-12-06 06:35:30.859500','2026-12-06 06:35:30.859501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-06；顾问=4；类型=''skip''；备注=''''',NULL,71,'2026-12-06 06:35:30.871800','2026-12-06 06:35:30.871804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-06；顾问=2；类型=''serve''；备注=''''',NULL,72,'2026-12-06 06:35:30.886658','2026-12-06 06:35:30.886662');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,73,'2026-12-06 06:35:30.899159','2026-12-06 06:35:30.899164');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,74,'2026-12-06 06:35:30.921957','2026-12-06 06:35:30.921961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 06:35:28 UTC',NULL,75,'2026-12-06 06:35:30.934959','2026-12-06 06:35:30.934963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,76,'2026-12-06 06:35:31.284022','2026-12-06 06:35:31.284025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,77,'2026-12-06 06:35:31.284027','2026-12-06 06:35:31.284028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,78,'2026-12-06 06:35:31.294478','2026-12-06 06:35:31.294480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,79,'2026-12-06 06:35:31.294481','2026-12-06 06:35:31.294482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,80,'2026-12-06 06:35:31.300815','2026-12-06 06:35:31.300819');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,81,'2026-12-06 06:35:31.300820','2026-12-06 06:35:31.300821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,82,'2026-12-06 06:35:31.304146','2026-12-06 06:35:31.304150');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,83,'2026-12-06 06:35:31.304151','2026-12-06 06:35:31.304151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,84,'2026-12-06 06:35:31.306225','2026-12-06 06:35:31.306228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,85,'2026-12-06 06:35:31.306229','2026-12-06 06:35:31.306230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-20；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-19',NULL,86,'2026-12-06 06:35:31.333333','2026-12-06 06:35:31.333337');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,87,'2026-12-06 06:35:31.361406','2026-12-06 06:35:31.361410');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,88,'2026-12-06 06:35:31.361412','2026-12-06 06:35:31.361413');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,89,'2026-12-06 06:35:31.371592','2026-12-06 06:35:31.371597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 06:35:31.371599','2026-12-06 06:35:31.371600');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-12-06 06:35:31.384265','2026-12-06 06:35:31.384269');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-06 06:35:31.384270','2026-12-06 06:35:31.384270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'项目=1；排号=1；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''；过号原因=''''',NULL,93,'2026-12-06 06:35:31.417354','2026-12-06 06:35:31.417357');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-05-21；出纳=8；note=''''；作废原因=''''',NULL,94,'2026-12-06 06:35:31.436085','2026-12-06 06:35:31.436090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''；过号原因=''''',NULL,95,'2026-12-06 06:35:31.451194','2026-12-06 06:35:31.451196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-05-24；出纳=8；note=''''；作废原因=''''',NULL,96,'2026-12-06 06:35:31.462357','2026-12-06 06:35:31.462361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''；过号原因=''''',NULL,97,'2026-12-06 06:35:31.464438','2026-12-06 06:35:31.464441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-05-28；出纳=8；note=''''；作废原因=''''',NULL,98,'2026-12-06 06:35:31.475324','2026-12-06 06:35:31.475328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'项目=1；排号=4；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''；过号原因=''''',NULL,99,'2026-12-06 06:35:31.485545','2026-12-06 06:35:31.485548');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-05-31；出纳=8；note=''''；作废原因=''''',NULL,100,'2026-12-06 06:35:31.487740','2026-12-06 06:35:31.487743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''；过号原因=''''',NULL,101,'2026-12-06 06:35:31.498022','2026-12-06 06:35:31.498026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''转账''；交款日期=2026-06-04；出纳=8；note=''''；作废原因=''''',NULL,102,'2026-12-06 06:35:31.508700','2026-12-06 06:35:31.508704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'项目=1；排号=6；客户=2；认筹金=20000.00；状态=''active''；经办人=4；作废原因=''''；过号原因=''''',NULL,103,'2026-12-06 06:35:31.510904','2026-12-06 06:35:31.510907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''曾小贤''；款项性质=''queue''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-08；出纳=8；note=''''；作废原因=''''',NULL,104,'2026-12-06 06:35:31.521571','2026-12-06 06:35:31.521573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''；过号原因=''''',NULL,105,'2026-12-06 06:35:31.523531','2026-12-06 06:35:31.523533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''queue''；金额=20000；支付方式=''POS''；交款日期=2026-06-11；出纳=8；note=''''；作废原因=''''',NULL,106,'2026-12-06 06:35:31.530176','2026-12-06 06:35:31.530179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''active''；经办人=2；作废原因=''''；过号原因=''''',NULL,107,'2026-12-06 06:35:31.532194','2026-12-06 06:35:31.532197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''active'' → ''voided''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-15 07:00:00 UTC；closed_by_id：（空） → 7',NULL,108,'2026-12-06 06:35:31.554639','2026-12-06 06:35:31.554642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''active'' → ''refunded''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-16 07:04:00 UTC；closed_by_id：（空） → 8',NULL,109,'2026-12-06 06:35:31.561976','2026-12-06 06:35:31.561980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'房源=22；类型=''choice''；客户=2；认筹号=1；经办人=4；到期时间=2026-06-20 01:06:00 UTC；原因=''''；释放原因=''''',NULL,110,'2026-12-06 06:35:31.609244','2026-12-06 06:35:31.609248');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''held''',NULL,111,'2026-12-06 06:35:31.609250','2026-12-06 06:35:31.609250');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''ids.key''；值=***',NULL,112,'2026-12-06 06:35:31.647798','2026-12-06 06:35:31.647802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''曾小贤''；证件号码=''510104********8791''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-19 01:26:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,113,'2026-12-06 06:35:31.670298','2026-12-06 06:35:31.670302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'释放时间：（空） → 2026-06-19 01:26:00 UTC；释放原因：'''' → ''转认购''',NULL,114,'2026-12-06 06:35:31.670304','2026-12-06 06:35:31.670304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''subscribed''',NULL,115,'2026-12-06 06:35:31.672099','2026-12-06 06:35:31.672102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,116,'2026-12-06 06:35:31.693582','2026-12-06 06:35:31.693588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=531225.98；已付金额=0',NULL,117,'2026-12-06 06:35:31.693590','2026-12-06 06:35:31.693591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1472860.62；已付金额=0',NULL,118,'2026-12-06 06:35:31.693592','2026-12-06 06:35:31.693594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''subscribe''；完成时间=2026-06-19 01:26:00 UTC；经办人=4；说明=''''',NULL,119,'2026-12-06 06:35:31.693595','2026-12-06 06:35:31.693596');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,120,'2026-12-06 06:35:31.706494','2026-12-06 06:35:31.706499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:26:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 1',NULL,121,'2026-12-06 06:35:31.706500','2026-12-06 06:35:31.706501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'风险监测：否 → 是',NULL,122,'2026-12-06 06:35:31.706502','2026-12-06 06:35:31.706503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,123,'2026-12-06 06:35:31.706504','2026-12-06 06:35:31.706505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0602''；经办人=4',NULL,124,'2026-12-06 06:35:31.708016','2026-12-06 06:35:31.708019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''choice''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-20 01:12:00 UTC；原因=''''；释放原因=''''',NULL,125,'2026-12-06 06:35:31.728690','2026-12-06 06:35:31.728694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''held''',NULL,126,'2026-12-06 06:35:31.728696','2026-12-06 06:35:31.728697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-19 01:32:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,127,'2026-12-06 06:35:31.762768','2026-12-06 06:35:31.762773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-19 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,128,'2026-12-06 06:35:31.762774','2026-12-06 06:35:31.762776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''subscribed''',NULL,129,'2026-12-06 06:35:31.772804','2026-12-06 06:35:31.772809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,130,'2026-12-06 06:35:31.775214','2026-12-06 06:35:31.775217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=560105.60；已付金额=0',NULL,131,'2026-12-06 06:35:31.775218','2026-12-06 06:35:31.775219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1540246.40；已付金额=0',NULL,132,'2026-12-06 06:35:31.775220','2026-12-06 06:35:31.775221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''subscribe''；完成时间=2026-06-19 01:32:00 UTC；经办人=2；说明=''''',NULL,133,'2026-12-06 06:35:31.775223','2026-12-06 06:35:31.775223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,134,'2026-12-06 06:35:31.785368','2026-12-06 06:35:31.785372');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,135,'2026-12-06 06:35:31.785373','2026-12-06 06:35:31.785373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,136,'2026-12-06 06:35:31.785374','2026-12-06 06:35:31.785375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''choice''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-20 01:18:00 UTC；原因=''''；释放原因=''''',NULL,137,'2026-12-06 06:35:31.798241','2026-12-06 06:35:31.798243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''held''',NULL,138,'2026-12-06 06:35:31.798244','2026-12-06 06:35:31.798245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-19 01:38:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,139,'2026-12-06 06:35:31.821056','2026-12-06 06:35:31.821061');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-19 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,140,'2026-12-06 06:35:31.821062','2026-12-06 06:35:31.821063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''subscribed''',NULL,141,'2026-12-06 06:35:31.822413','2026-12-06 06:35:31.822416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=50000.00；已付金额=0',NULL,142,'2026-12-06 06:35:31.832804','2026-12-06 06:35:31.832809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=835230.40；已付金额=0',NULL,143,'2026-12-06 06:35:31.832811','2026-12-06 06:35:31.832812');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-17；应付金额=2065537.60；已付金额=0',NULL,144,'2026-12-06 06:35:31.832813','2026-12-06 06:35:31.832814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''subscribe''；完成时间=2026-06-19 01:38:00 UTC；经办人=2；说明=''''',NULL,145,'2026-12-06 06:35:31.832815','2026-12-06 06:35:31.832816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,146,'2026-12-06 06:35:31.835305','2026-12-06 06:35:31.835309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,147,'2026-12-06 06:35:31.835311','2026-12-06 06:35:31.835312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,148,'2026-12-06 06:35:31.835313','2026-12-06 06:35:31.835314');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'房源=283；类型=''choice''；客户=2；认筹号=4；经办人=4；到期时间=2026-06-20 01:24:00 UTC；原因=''''；释放原因=''''',NULL,149,'2026-12-06 06:35:31.852881','2026-12-06 06:35:31.852885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''held''',NULL,150,'2026-12-06 06:35:31.852886','2026-12-06 06:35:31.852886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''曾小贤''；证件号码=''440305********596X''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-19 01:44:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,151,'2026-12-06 06:35:31.871315','2026-12-06 06:35:31.871319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'释放时间：（空） → 2026-06-19 01:44:00 UTC；释放原因：'''' → ''转认购''',NULL,152,'2026-12-06 06:35:31.871321','2026-12-06 06:35:31.871321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''subscribed''',NULL,153,'2026-12-06 06:35:31.884620','2026-12-06 06:35:31.884626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0',NULL,154,'2026-12-06 06:35:31.887536','2026-12-06 06:35:31.887539');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=689500.00；已付金额=0',NULL,155,'2026-12-06 06:35:31.887540','2026-12-06 06:35:31.887541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1795500.00；已付金额=0',NULL,156,'2026-12-06 06:35:31.887541','2026-12-06 06:35:31.887542');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''subscribe''；完成时间=2026-06-19 01:44:00 UTC；经办人=4；说明=''''',NULL,157,'2026-12-06 06:35:31.887543','2026-12-06 06:35:31.887543');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:44:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 4',NULL,158,'2026-12-06 06:35:31.895977','2026-12-06 06:35:31.895980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,159,'2026-12-06 06:35:31.895981','2026-12-06 06:35:31.895981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,160,'2026-12-06 06:35:31.895982','2026-12-06 06:35:31.895983');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1105''；经办人=4',NULL,161,'2026-12-06 06:35:31.902661','2026-12-06 06:35:31.902664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'房源=292；类型=''choice''；客户=2；认筹号=6；经办人=4；到期时间=2026-06-20 01:30:00 UTC；原因=''''；释放原因=''''',NULL,162,'2026-12-06 06:35:31.916619','2026-12-06 06:35:31.916624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''held''',NULL,163,'2026-12-06 06:35:31.916625','2026-12-06 06:35:31.916626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''曾小贤''；证件号码=''330110********4890''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-19 01:50:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,164,'2026-12-06 06:35:31.931895','2026-12-06 06:35:31.931899');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'释放时间：（空） → 2026-06-19 01:50:00 UTC；释放原因：'''' → ''转认购''',NULL,165,'2026-12-06 06:35:31.931900','2026-12-06 06:35:31.931902');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''subscribed''',NULL,166,'2026-12-06 06:35:31.945925','2026-12-06 06:35:31.945929');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0',NULL,167,'2026-12-06 06:35:31.957313','2026-12-06 06:35:31.957318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=491997.76；已付金额=0',NULL,168,'2026-12-06 06:35:31.957319','2026-12-06 06:35:31.957320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1334661.44；已付金额=0',NULL,169,'2026-12-06 06:35:31.957322','2026-12-06 06:35:31.957323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''subscribe''；完成时间=2026-06-19 01:50:00 UTC；经办人=4；说明=''''',NULL,170,'2026-12-06 06:35:31.957324','2026-12-06 06:35:31.957325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,171,'2026-12-06 06:35:31.959651','2026-12-06 06:35:31.959654');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:50:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 5',NULL,172,'2026-12-06 06:35:31.959654','2026-12-06 06:35:31.959655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,173,'2026-12-06 06:35:31.959656','2026-12-06 06:35:31.959656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1304''；经办人=4',NULL,174,'2026-12-06 06:35:31.969119','2026-12-06 06:35:31.969124');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''choice''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-20 01:36:00 UTC；原因=''''；释放原因=''''',NULL,175,'2026-12-06 06:35:31.979249','2026-12-06 06:35:31.979252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''held''',NULL,176,'2026-12-06 06:35:31.979254','2026-12-06 06:35:31.979254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-19 01:56:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,177,'2026-12-06 06:35:32.002752','2026-12-06 06:35:32.002755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-19 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,178,'2026-12-06 06:35:32.002757','2026-12-06 06:35:32.002757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''subscribed''',NULL,179,'2026-12-06 06:35:32.003889','2026-12-06 06:35:32.003892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,180,'2026-12-06 06:35:32.014752','2026-12-06 06:35:32.014755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-07-04；应付金额=710000.00；已付金额=0',NULL,181,'2026-12-06 06:35:32.014757','2026-12-06 06:35:32.014758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1890000.00；已付金额=0',NULL,182,'2026-12-06 06:35:32.014759','2026-12-06 06:35:32.014761');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''subscribe''；完成时间=2026-06-19 01:56:00 UTC；经办人=2；说明=''''',NULL,183,'2026-12-06 06:35:32.014762','2026-12-06 06:35:32.014763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,184,'2026-12-06 06:35:32.021370','2026-12-06 06:35:32.021375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,185,'2026-12-06 06:35:32.021377','2026-12-06 06:35:32.021378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''active'' → ''converted''；结束时间：（空） → 2026-06-19 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,186,'2026-12-06 06:35:32.021379','2026-12-06 06:35:32.021380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,187,'2026-12-06 06:35:32.051026','2026-12-06 06:35:32.051029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''曾小贤''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,188,'2026-12-06 06:35:32.051856','2026-12-06 06:35:32.051858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-02',NULL,189,'2026-12-06 06:35:32.057614','2026-12-06 06:35:32.057618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''曾小贤''；款项性质=''down''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-02；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 06:35:32.058822','2026-12-06 06:35:32.058825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''sign''；完成时间=2026-06-25 04:46:00 UTC；经办人=7；说明=''''',NULL,191,'2026-12-06 06:35:32.071739','2026-12-06 06:35:32.071744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062513349''；签约时间：（空） → 2026-06-25 04:46:00 UTC',NULL,192,'2026-12-06 06:35:32.071746','2026-12-06 06:35:32.071747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''signed''',NULL,193,'2026-12-06 06:35:32.073744','2026-12-06 06:35:32.073747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'交易=1；客户=2；负责人=4；序号=1；计划时间=2026-06-25 04:46:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,194,'2026-12-06 06:35:32.088278','2026-12-06 06:35:32.088281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'交易=1；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,195,'2026-12-06 06:35:32.088283','2026-12-06 06:35:32.088284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'交易=1；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,196,'2026-12-06 06:35:32.088285','2026-12-06 06:35:32.088286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0001''；经办人=7',NULL,197,'2026-12-06 06:35:32.094597','2026-12-06 06:35:32.094599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''file''；完成时间=2026-07-04 02:25:00 UTC；经办人=7；说明=''''',NULL,198,'2026-12-06 06:35:32.106845','2026-12-06 06:35:32.106847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-04',NULL,199,'2026-12-06 06:35:32.106849','2026-12-06 06:35:32.106850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''documents''；完成时间=2026-07-10 01:07:00 UTC；经办人=10；说明=''''',NULL,200,'2026-12-06 06:35:32.118097','2026-12-06 06:35:32.118099');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,201,'2026-12-06 06:35:32.118101','2026-12-06 06:35:32.118102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''interview''；完成时间=2026-07-15 04:39:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 06:35:32.120458','2026-12-06 06:35:32.120460');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 06:35:32.120461','2026-12-06 06:35:32.120461');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''approval''；完成时间=2026-07-25 03:18:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 06:35:32.126940','2026-12-06 06:35:32.126943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 06:35:32.126944','2026-12-06 06:35:32.126945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''pre_registration''；完成时间=2026-08-03 03:11:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 06:35:32.138149','2026-12-06 06:35:32.138152');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 06:35:32.138153','2026-12-06 06:35:32.138154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''release''；完成时间=2026-08-19 03:26:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 06:35:32.140404','2026-12-06 06:35:32.140407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 06:35:32.140408','2026-12-06 06:35:32.140409');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-19',NULL,210,'2026-12-06 06:35:32.146229','2026-12-06 06:35:32.146232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''loan''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,211,'2026-12-06 06:35:32.147024','2026-12-06 06:35:32.147026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,212,'2026-12-06 06:35:32.169872','2026-12-06 06:35:32.169877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,213,'2026-12-06 06:35:32.169878','2026-12-06 06:35:32.169879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-18；应付金额=66278.73；已付金额=0',NULL,214,'2026-12-06 06:35:32.181225','2026-12-06 06:35:32.181229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''deliver''；完成时间=2026-11-18 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,215,'2026-12-06 06:35:32.181230','2026-12-06 06:35:32.181230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-18 01:35:00 UTC',NULL,216,'2026-12-06 06:35:32.181231','2026-12-06 06:35:32.181232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''delivered''',NULL,217,'2026-12-06 06:35:32.182786','2026-12-06 06:35:32.182788');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-24',NULL,218,'2026-12-06 06:35:32.194291','2026-12-06 06:35:32.194295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''曾小贤''；款项性质=''fees''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-24；出纳=8；note=''''；作废原因=''''',NULL,219,'2026-12-06 06:35:32.195134','2026-12-06 06:35:32.195137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,220,'2026-12-06 06:35:32.201606','2026-12-06 06:35:32.201609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 06:35:32.202461','2026-12-06 06:35:32.202464');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-03',NULL,222,'2026-12-06 06:35:32.203802','2026-12-06 06:35:32.203805');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''down''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 06:35:32.212797','2026-12-06 06:35:32.212801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''sign''；完成时间=2026-06-22 06:31:00 UTC；经办人=7；说明=''''',NULL,224,'2026-12-06 06:35:32.214370','2026-12-06 06:35:32.214372');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062299846''；签约时间：（空） → 2026-06-22 06:31:00 UTC',NULL,225,'2026-12-06 06:35:32.214373','2026-12-06 06:35:32.214374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''signed''',NULL,226,'2026-12-06 06:35:32.215805','2026-12-06 06:35:32.215807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-22 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,227,'2026-12-06 06:35:32.226954','2026-12-06 06:35:32.226957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,228,'2026-12-06 06:35:32.226958','2026-12-06 06:35:32.226958');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,229,'2026-12-06 06:35:32.226959','2026-12-06 06:35:32.226960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''file''；完成时间=2026-07-01 06:41:00 UTC；经办人=7；说明=''''',NULL,230,'2026-12-06 06:35:32.236862','2026-12-06 06:35:32.236864');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-01',NULL,231,'2026-12-06 06:35:32.236865','2026-12-06 06:35:32.236866');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''documents''；完成时间=2026-07-06 01:08:00 UTC；经办人=10；说明=''''',NULL,232,'2026-12-06 06:35:32.238973','2026-12-06 06:35:32.238976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,233,'2026-12-06 06:35:32.238978','2026-12-06 06:35:32.238979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''interview''；完成时间=2026-07-13 03:36:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 06:35:32.253461','2026-12-06 06:35:32.253464');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 06:35:32.253465','2026-12-06 06:35:32.253466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''approval''；完成时间=2026-07-27 05:58:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 06:35:32.255661','2026-12-06 06:35:32.255663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 06:35:32.255664','2026-12-06 06:35:32.255665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''pre_registration''；完成时间=2026-08-06 09:39:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 06:35:32.266114','2026-12-06 06:35:32.266116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 06:35:32.266118','2026-12-06 06:35:32.266119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''release''；完成时间=2026-08-19 05:04:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 06:35:32.268308','2026-12-06 06:35:32.268310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 06:35:32.268311','2026-12-06 06:35:32.268312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-19',NULL,242,'2026-12-06 06:35:32.276441','2026-12-06 06:35:32.276445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''loan''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,243,'2026-12-06 06:35:32.277273','2026-12-06 06:35:32.277275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,244,'2026-12-06 06:35:32.287286','2026-12-06 06:35:32.287290');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,245,'2026-12-06 06:35:32.287292','2026-12-06 06:35:32.287293');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-10-14；应付金额=69311.09；已付金额=0',NULL,246,'2026-12-06 06:35:32.297499','2026-12-06 06:35:32.297503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''deliver''；完成时间=2026-10-14 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,247,'2026-12-06 06:35:32.297504','2026-12-06 06:35:32.297505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-14 05:33:00 UTC',NULL,248,'2026-12-06 06:35:32.297505','2026-12-06 06:35:32.297506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''delivered''',NULL,249,'2026-12-06 06:35:32.298861','2026-12-06 06:35:32.298864');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-19',NULL,250,'2026-12-06 06:35:32.308853','2026-12-06 06:35:32.308859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''fees''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-19；出纳=8；note=''''；作废原因=''''',NULL,251,'2026-12-06 06:35:32.309688','2026-12-06 06:35:32.309690');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-19',NULL,252,'2026-12-06 06:35:32.311762','2026-12-06 06:35:32.311765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''deposit''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 06:35:32.320547','2026-12-06 06:35:32.320551');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-29',NULL,254,'2026-12-06 06:35:32.322204','2026-12-06 06:35:32.322206');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''down''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 06:35:32.323146','2026-12-06 06:35:32.323148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''sign''；完成时间=2026-06-24 05:15:00 UTC；经办人=7；说明=''''',NULL,256,'2026-12-06 06:35:32.331075','2026-12-06 06:35:32.331079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062487853''；签约时间：（空） → 2026-06-24 05:15:00 UTC',NULL,257,'2026-12-06 06:35:32.331080','2026-12-06 06:35:32.331081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''signed''',NULL,258,'2026-12-06 06:35:32.336867','2026-12-06 06:35:32.336871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-24 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,259,'2026-12-06 06:35:32.339935','2026-12-06 06:35:32.339938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-25 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,260,'2026-12-06 06:35:32.339939','2026-12-06 06:35:32.339940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-26 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,261,'2026-12-06 06:35:32.339941','2026-12-06 06:35:32.339941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''file''；完成时间=2026-07-03 08:30:00 UTC；经办人=7；说明=''''',NULL,262,'2026-12-06 06:35:32.346461','2026-12-06 06:35:32.346463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-03',NULL,263,'2026-12-06 06:35:32.346464','2026-12-06 06:35:32.346465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''documents''；完成时间=2026-07-08 02:50:00 UTC；经办人=10；说明=''''',NULL,264,'2026-12-06 06:35:32.352968','2026-12-06 06:35:32.352973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,265,'2026-12-06 06:35:32.352975','2026-12-06 06:35:32.352976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''interview''；完成时间=2026-07-17 01:34:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 06:35:32.355523','2026-12-06 06:35:32.355525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 06:35:32.355527','2026-12-06 06:35:32.355528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''approval''；完成时间=2026-07-30 01:54:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 06:35:32.361650','2026-12-06 06:35:32.361653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 06:35:32.361655','2026-12-06 06:35:32.361655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''pre_registration''；完成时间=2026-08-06 07:43:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 06:35:32.368913','2026-12-06 06:35:32.368916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 06:35:32.368917','2026-12-06 06:35:32.368918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,272,'2026-12-06 06:35:32.374893','2026-12-06 06:35:32.374897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''曾小贤''；款项性质=''deposit''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,273,'2026-12-06 06:35:32.375928','2026-12-06 06:35:32.375931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-28',NULL,274,'2026-12-06 06:35:32.382907','2026-12-06 06:35:32.382911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''曾小贤''；款项性质=''down''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-28；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 06:35:32.389588','2026-12-06 06:35:32.389591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''sign''；完成时间=2026-06-23 08:15:00 UTC；经办人=7；说明=''''',NULL,276,'2026-12-06 06:35:32.391808','2026-12-06 06:35:32.391811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062356438''；签约时间：（空） → 2026-06-23 08:15:00 UTC',NULL,277,'2026-12-06 06:35:32.391813','2026-12-06 06:35:32.391814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''signed''',NULL,278,'2026-12-06 06:35:32.394039','2026-12-06 06:35:32.394043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'交易=4；客户=2；负责人=4；序号=1；计划时间=2026-06-23 08:15:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,279,'2026-12-06 06:35:32.406415','2026-12-06 06:35:32.406418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'交易=4；客户=2；负责人=4；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,280,'2026-12-06 06:35:32.406419','2026-12-06 06:35:32.406421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'交易=4；客户=2；负责人=4；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,281,'2026-12-06 06:35:32.406422','2026-12-06 06:35:32.406423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0004''；经办人=7',NULL,282,'2026-12-06 06:35:32.413039','2026-12-06 06:35:32.413044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''file''；完成时间=2026-07-01 06:59:00 UTC；经办人=7；说明=''''',NULL,283,'2026-12-06 06:35:32.421246','2026-12-06 06:35:32.421249');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-01',NULL,284,'2026-12-06 06:35:32.421251','2026-12-06 06:35:32.421252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''documents''；完成时间=2026-07-08 06:50:00 UTC；经办人=10；说明=''''',NULL,285,'2026-12-06 06:35:32.429971','2026-12-06 06:35:32.429975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,286,'2026-12-06 06:35:32.429976','2026-12-06 06:35:32.429976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''interview''；完成时间=2026-07-16 07:08:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 06:35:32.438069','2026-12-06 06:35:32.438072');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 06:35:32.438073','2026-12-06 06:35:32.438074');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''approval''；完成时间=2026-07-28 05:51:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 06:35:32.443836','2026-12-06 06:35:32.443839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 06:35:32.443841','2026-12-06 06:35:32.443842');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''pre_registration''；完成时间=2026-08-06 06:33:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 06:35:32.452637','2026-12-06 06:35:32.452641');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 06:35:32.452642','2026-12-06 06:35:32.452642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''release''；完成时间=2026-08-18 04:47:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 06:35:32.455105','2026-12-06 06:35:32.455110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 06:35:32.455112','2026-12-06 06:35:32.455114');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-18',NULL,295,'2026-12-06 06:35:32.465229','2026-12-06 06:35:32.465234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''loan''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-18；出纳=8；note=''''；作废原因=''''',NULL,296,'2026-12-06 06:35:32.466640','2026-12-06 06:35:32.466645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,297,'2026-12-06 06:35:32.473882','2026-12-06 06:35:32.473886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''曾小贤''；款项性质=''deposit''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 06:35:32.481242','2026-12-06 06:35:32.481246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-20 03:00:00 UTC',NULL,299,'2026-12-06 06:35:32.483526','2026-12-06 06:35:32.483530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-03',NULL,300,'2026-12-06 06:35:32.490788','2026-12-06 06:35:32.490791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''曾小贤''；款项性质=''down''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,301,'2026-12-06 06:35:32.493409','2026-12-06 06:35:32.493412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''sign''；完成时间=2026-06-25 02:27:00 UTC；经办人=7；说明=''''',NULL,302,'2026-12-06 06:35:32.500969','2026-12-06 06:35:32.500973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062555680''；签约时间：（空） → 2026-06-25 02:27:00 UTC',NULL,303,'2026-12-06 06:35:32.500974','2026-12-06 06:35:32.500975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''signed''',NULL,304,'2026-12-06 06:35:32.502739','2026-12-06 06:35:32.502743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'交易=5；客户=2；负责人=4；序号=1；计划时间=2026-06-25 02:27:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,305,'2026-12-06 06:35:32.513856','2026-12-06 06:35:32.513859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'交易=5；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,306,'2026-12-06 06:35:32.513860','2026-12-06 06:35:32.513861');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'交易=5；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,307,'2026-12-06 06:35:32.513861','2026-12-06 06:35:32.513862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0005''；经办人=7',NULL,308,'2026-12-06 06:35:32.515226','2026-12-06 06:35:32.515228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''file''；完成时间=2026-07-04 05:56:00 UTC；经办人=7；说明=''''',NULL,309,'2026-12-06 06:35:32.521283','2026-12-06 06:35:32.521287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-04',NULL,310,'2026-12-06 06:35:32.521288','2026-12-06 06:35:32.521289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''documents''；完成时间=2026-07-11 07:20:00 UTC；经办人=10；说明=''''',NULL,311,'2026-12-06 06:35:32.523564','2026-12-06 06:35:32.523567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,312,'2026-12-06 06:35:32.523568','2026-12-06 06:35:32.523568');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''interview''；完成时间=2026-07-19 08:06:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 06:35:32.534433','2026-12-06 06:35:32.534435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 06:35:32.534436','2026-12-06 06:35:32.534437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''approval''；完成时间=2026-07-30 03:41:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 06:35:32.545360','2026-12-06 06:35:32.545363');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 06:35:32.545364','2026-12-06 06:35:32.545365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''pre_registration''；完成时间=2026-08-06 02:23:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 06:35:32.548277','2026-12-06 06:35:32.548279');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 06:35:32.548281','2026-12-06 06:35:32.548282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''release''；完成时间=2026-08-21 08:09:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 06:35:32.559282','2026-12-06 06:35:32.559285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 06:35:32.559286','2026-12-06 06:35:32.559287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-21',NULL,321,'2026-12-06 06:35:32.570338','2026-12-06 06:35:32.570342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''loan''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-21；出纳=8；note=''''；作废原因=''''',NULL,322,'2026-12-06 06:35:32.571239','2026-12-06 06:35:32.571242');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,323,'2026-12-06 06:35:32.584586','2026-12-06 06:35:32.584591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 06:35:32.585611','2026-12-06 06:35:32.585613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-04',NULL,325,'2026-12-06 06:35:32.587207','2026-12-06 06:35:32.587211');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''down''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 06:35:32.588254','2026-12-06 06:35:32.588257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''sign''；完成时间=2026-06-22 04:03:00 UTC；经办人=7；说明=''''',NULL,327,'2026-12-06 06:35:32.599759','2026-12-06 06:35:32.599762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062258361''；签约时间：（空） → 2026-06-22 04:03:00 UTC',NULL,328,'2026-12-06 06:35:32.599763','2026-12-06 06:35:32.599764');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''signed''',NULL,329,'2026-12-06 06:35:32.609720','2026-12-06 06:35:32.609723');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-22 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,330,'2026-12-06 06:35:32.621499','2026-12-06 06:35:32.621504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,331,'2026-12-06 06:35:32.621505','2026-12-06 06:35:32.621506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,332,'2026-12-06 06:35:32.621507','2026-12-06 06:35:32.621508');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''file''；完成时间=2026-06-28 08:30:00 UTC；经办人=7；说明=''''',NULL,333,'2026-12-06 06:35:32.633063','2026-12-06 06:35:32.633067');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-28',NULL,334,'2026-12-06 06:35:32.633068','2026-12-06 06:35:32.633069');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''documents''；完成时间=2026-07-02 02:50:00 UTC；经办人=10；说明=''''',NULL,335,'2026-12-06 06:35:32.635368','2026-12-06 06:35:32.635370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,336,'2026-12-06 06:35:32.635371','2026-12-06 06:35:32.635372');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''interview''；完成时间=2026-07-09 05:29:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 06:35:32.645890','2026-12-06 06:35:32.645893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 06:35:32.645894','2026-12-06 06:35:32.645895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''approval''；完成时间=2026-07-20 03:02:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 06:35:32.648033','2026-12-06 06:35:32.648037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 06:35:32.648038','2026-12-06 06:35:32.648039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''pre_registration''；完成时间=2026-07-27 01:36:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 06:35:32.654433','2026-12-06 06:35:32.654436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 06:35:32.654439','2026-12-06 06:35:32.654439');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''release''；完成时间=2026-08-09 02:39:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 06:35:32.656421','2026-12-06 06:35:32.656423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 06:35:32.656424','2026-12-06 06:35:32.656425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-09',NULL,345,'2026-12-06 06:35:32.666308','2026-12-06 06:35:32.666310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''loan''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''',NULL,346,'2026-12-06 06:35:32.667064','2026-12-06 06:35:32.667067');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********7434''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-20 04:49:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,347,'2026-12-06 06:35:32.689540','2026-12-06 06:35:32.689544');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''subscribed''',NULL,348,'2026-12-06 06:35:32.690583','2026-12-06 06:35:32.690586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-20；应付金额=50000.00；已付金额=0',NULL,349,'2026-12-06 06:35:32.696943','2026-12-06 06:35:32.696947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-05；应付金额=616235.15；已付金额=0',NULL,350,'2026-12-06 06:35:32.696948','2026-12-06 06:35:32.696949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-19；应付金额=1554548.69；已付金额=0',NULL,351,'2026-12-06 06:35:32.696950','2026-12-06 06:35:32.696950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''subscribe''；完成时间=2026-11-20 04:49:00 UTC；经办人=4；说明=''''',NULL,352,'2026-12-06 06:35:32.696951','2026-12-06 06:35:32.696952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1703''；经办人=4',NULL,353,'2026-12-06 06:35:32.698417','2026-12-06 06:35:32.698420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-20',NULL,354,'2026-12-06 06:35:32.708941','2026-12-06 06:35:32.708947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,355,'2026-12-06 06:35:32.710002','2026-12-06 06:35:32.710005');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,356,'2026-12-06 06:35:32.711736','2026-12-06 06:35:32.711740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''曾小贤''；款项性质=''down''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 06:35:32.720820','2026-12-06 06:35:32.720825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''sign''；完成时间=2026-11-21 08:53:00 UTC；经办人=7；说明=''''',NULL,358,'2026-12-06 06:35:32.722341','2026-12-06 06:35:32.722345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112181882''；签约时间：（空） → 2026-11-21 08:53:00 UTC',NULL,359,'2026-12-06 06:35:32.722346','2026-12-06 06:35:32.722347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''signed''',NULL,360,'2026-12-06 06:35:32.723798','2026-12-06 06:35:32.723800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'交易=7；客户=2；负责人=4；序号=1；计划时间=2026-11-21 08:53:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,361,'2026-12-06 06:35:32.734671','2026-12-06 06:35:32.734673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'交易=7；客户=2；负责人=4；序号=2；计划时间=2026-11-22 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,362,'2026-12-06 06:35:32.734675','2026-12-06 06:35:32.734675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'交易=7；客户=2；负责人=4；序号=3；计划时间=2026-11-23 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,363,'2026-12-06 06:35:32.734676','2026-12-06 06:35:32.734676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0007''；经办人=7',NULL,364,'2026-12-06 06:35:32.735957','2026-12-06 06:35:32.735959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''file''；完成时间=2026-12-01 06:06:00 UTC；经办人=7；说明=''''',NULL,365,'2026-12-06 06:35:32.746927','2026-12-06 06:35:32.746930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-01',NULL,366,'2026-12-06 06:35:32.746932','2026-12-06 06:35:32.746933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''documents''；完成时间=2026-12-04 04:57:00 UTC；经办人=10；说明=''''',NULL,367,'2026-12-06 06:35:32.757653','2026-12-06 06:35:32.757657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,368,'2026-12-06 06:35:32.757658','2026-12-06 06:35:32.757659');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********800X''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-02 02:43:00 UTC；签约期限=2026-11-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,369,'2026-12-06 06:35:32.771274','2026-12-06 06:35:32.771277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''subscribed''',NULL,370,'2026-12-06 06:35:32.772382','2026-12-06 06:35:32.772383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-02；应付金额=50000.00；已付金额=0',NULL,371,'2026-12-06 06:35:32.785045','2026-12-06 06:35:32.785050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-12-02；应付金额=2925436.80；已付金额=0',NULL,372,'2026-12-06 06:35:32.785052','2026-12-06 06:35:32.785053');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''subscribe''；完成时间=2026-11-02 02:43:00 UTC；经办人=4；说明=''''',NULL,373,'2026-12-06 06:35:32.785054','2026-12-06 06:35:32.785056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1604''；经办人=4',NULL,374,'2026-12-06 06:35:32.786517','2026-12-06 06:35:32.786519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-02',NULL,375,'2026-12-06 06:35:32.796862','2026-12-06 06:35:32.796868');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-02；出纳=8；note=''''；作废原因=''''',NULL,376,'2026-12-06 06:35:32.798002','2026-12-06 06:35:32.798004');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''sign''；完成时间=2026-11-06 07:03:00 UTC；经办人=7；说明=''''',NULL,377,'2026-12-06 06:35:32.799561','2026-12-06 06:35:32.799564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110650101''；签约时间：（空） → 2026-11-06 07:03:00 UTC',NULL,378,'2026-12-06 06:35:32.799565','2026-12-06 06:35:32.799566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''signed''',NULL,379,'2026-12-06 06:35:32.807690','2026-12-06 06:35:32.807694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'交易=8；客户=2；负责人=4；序号=1；计划时间=2026-11-06 07:03:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,380,'2026-12-06 06:35:32.819191','2026-12-06 06:35:32.819194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'交易=8；客户=2；负责人=4；序号=2；计划时间=2026-11-07 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,381,'2026-12-06 06:35:32.819195','2026-12-06 06:35:32.819196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'交易=8；客户=2；负责人=4；序号=3；计划时间=2026-11-08 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,382,'2026-12-06 06:35:32.819197','2026-12-06 06:35:32.819197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0008''；经办人=7',NULL,383,'2026-12-06 06:35:32.828603','2026-12-06 06:35:32.828608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''file''；完成时间=2026-11-12 04:11:00 UTC；经办人=7；说明=''''',NULL,384,'2026-12-06 06:35:32.830978','2026-12-06 06:35:32.830980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-12',NULL,385,'2026-12-06 06:35:32.830981','2026-12-06 06:35:32.830981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,386,'2026-12-06 06:35:32.842742','2026-12-06 06:35:32.842745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,387,'2026-12-06 06:35:32.842746','2026-12-06 06:35:32.842746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''area''；节点=''补差款''；应付日期=2026-12-15；应付金额=26844.16；已付金额=0',NULL,388,'2026-12-06 06:35:32.848563','2026-12-06 06:35:32.848567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-15；应付金额=93726.26；已付金额=0',NULL,389,'2026-12-06 06:35:32.848568','2026-12-06 06:35:32.848569');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''deliver''；完成时间=2026-11-15 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,390,'2026-12-06 06:35:32.848570','2026-12-06 06:35:32.848570');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-15 09:40:00 UTC',NULL,391,'2026-12-06 06:35:32.848571','2026-12-06 06:35:32.848572');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''delivered''',NULL,392,'2026-12-06 06:35:32.850026','2026-12-06 06:35:32.850029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-18',NULL,393,'2026-12-06 06:35:32.852134','2026-12-06 06:35:32.852137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''曾小贤''；款项性质=''area''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,394,'2026-12-06 06:35:32.861194','2026-12-06 06:35:32.861198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-16',NULL,395,'2026-12-06 06:35:32.863012','2026-12-06 06:35:32.863016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''曾小贤''；款项性质=''fees''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 06:35:32.863846','2026-12-06 06:35:32.863849');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-28 09:34:00 UTC；签约期限=2026-11-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,397,'2026-12-06 06:35:32.884822','2026-12-06 06:35:32.884826');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''subscribed''',NULL,398,'2026-12-06 06:35:32.886110','2026-12-06 06:35:32.886112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-10-28；应付金额=100000.00；已付金额=0',NULL,399,'2026-12-06 06:35:32.887975','2026-12-06 06:35:32.887977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-11-27；应付金额=2595921.20；已付金额=0',NULL,400,'2026-12-06 06:35:32.887979','2026-12-06 06:35:32.887979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''subscribe''；完成时间=2026-10-28 09:34:00 UTC；经办人=2；说明=''''',NULL,401,'2026-12-06 06:35:32.887980','2026-12-06 06:35:32.887980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-28',NULL,402,'2026-12-06 06:35:32.890581','2026-12-06 06:35:32.890584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-28；出纳=8；note=''''；作废原因=''''',NULL,403,'2026-12-06 06:35:32.891463','2026-12-06 06:35:32.891466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''sign''；完成时间=2026-10-31 08:14:00 UTC；经办人=7；说明=''''',NULL,404,'2026-12-06 06:35:32.901787','2026-12-06 06:35:32.901791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126103168856''；签约时间：（空） → 2026-10-31 08:14:00 UTC',NULL,405,'2026-12-06 06:35:32.901792','2026-12-06 06:35:32.901792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''signed''',NULL,406,'2026-12-06 06:35:32.903267','2026-12-06 06:35:32.903269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-31 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,407,'2026-12-06 06:35:32.922099','2026-12-06 06:35:32.922102');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,408,'2026-12-06 06:35:32.922103','2026-12-06 06:35:32.922103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,409,'2026-12-06 06:35:32.922104','2026-12-06 06:35:32.922105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''file''；完成时间=2026-11-10 02:08:00 UTC；经办人=7；说明=''''',NULL,410,'2026-12-06 06:35:32.924190','2026-12-06 06:35:32.924192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-10',NULL,411,'2026-12-06 06:35:32.924193','2026-12-06 06:35:32.924194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,412,'2026-12-06 06:35:32.944351','2026-12-06 06:35:32.944354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,413,'2026-12-06 06:35:32.944355','2026-12-06 06:35:32.944356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-13；应付金额=84921.52；已付金额=0',NULL,414,'2026-12-06 06:35:32.962391','2026-12-06 06:35:32.962396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''deliver''；完成时间=2026-11-13 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,415,'2026-12-06 06:35:32.962397','2026-12-06 06:35:32.962398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-13 08:05:00 UTC',NULL,416,'2026-12-06 06:35:32.962399','2026-12-06 06:35:32.962400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''delivered''',NULL,417,'2026-12-06 06:35:32.963886','2026-12-06 06:35:32.963888');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-19',NULL,418,'2026-12-06 06:35:32.990284','2026-12-06 06:35:32.990289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''fees''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,419,'2026-12-06 06:35:32.991287','2026-12-06 06:35:32.991289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-29 08:36:00 UTC；签约期限=2026-09-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,420,'2026-12-06 06:35:33.037492','2026-12-06 06:35:33.037497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''subscribed''',NULL,421,'2026-12-06 06:35:33.038945','2026-12-06 06:35:33.038948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-08-29；应付金额=80000.00；已付金额=0',NULL,422,'2026-12-06 06:35:33.054313','2026-12-06 06:35:33.054317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-09-28；应付金额=2588050.00；已付金额=0',NULL,423,'2026-12-06 06:35:33.054318','2026-12-06 06:35:33.054319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''subscribe''；完成时间=2026-08-29 08:36:00 UTC；经办人=2；说明=''''',NULL,424,'2026-12-06 06:35:33.054320','2026-12-06 06:35:33.054320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-29',NULL,425,'2026-12-06 06:35:33.099180','2026-12-06 06:35:33.099185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-29；出纳=8；note=''''；作废原因=''''',NULL,426,'2026-12-06 06:35:33.100081','2026-12-06 06:35:33.100083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-22',NULL,427,'2026-12-06 06:35:33.108012','2026-12-06 06:35:33.108015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''price''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-22；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 06:35:33.119323','2026-12-06 06:35:33.119326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''sign''；完成时间=2026-08-30 05:49:00 UTC；经办人=7；说明=''''',NULL,429,'2026-12-06 06:35:33.127279','2026-12-06 06:35:33.127283');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083019420''；签约时间：（空） → 2026-08-30 05:49:00 UTC',NULL,430,'2026-12-06 06:35:33.127284','2026-12-06 06:35:33.127285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''signed''',NULL,431,'2026-12-06 06:35:33.139403','2026-12-06 06:35:33.139407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-30 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,432,'2026-12-06 06:35:33.172028','2026-12-06 06:35:33.172033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-31 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,433,'2026-12-06 06:35:33.172034','2026-12-06 06:35:33.172035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-01 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,434,'2026-12-06 06:35:33.172036','2026-12-06 06:35:33.172037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''file''；完成时间=2026-09-07 07:48:00 UTC；经办人=7；说明=''''',NULL,435,'2026-12-06 06:35:33.188121','2026-12-06 06:35:33.188124');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-07',NULL,436,'2026-12-06 06:35:33.188125','2026-12-06 06:35:33.188126');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-30 06:41:00 UTC；签约期限=2026-10-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,437,'2026-12-06 06:35:33.263352','2026-12-06 06:35:33.263356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''subscribed''',NULL,438,'2026-12-06 06:35:33.273098','2026-12-06 06:35:33.273106');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-09-30；应付金额=50000.00；已付金额=0',NULL,439,'2026-12-06 06:35:33.276219','2026-12-06 06:35:33.276223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-10-15；应付金额=1152880.00；已付金额=0',NULL,440,'2026-12-06 06:35:33.276224','2026-12-06 06:35:33.276225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2026-12-29；应付金额=2806720.00；已付金额=0',NULL,441,'2026-12-06 06:35:33.276226','2026-12-06 06:35:33.276228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''subscribe''；完成时间=2026-09-30 06:41:00 UTC；经办人=2；说明=''''',NULL,442,'2026-12-06 06:35:33.276229','2026-12-06 06:35:33.276230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-30',NULL,443,'2026-12-06 06:35:33.292004','2026-12-06 06:35:33.292008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-30；出纳=8；note=''''；作废原因=''''',NULL,444,'2026-12-06 06:35:33.297563','2026-12-06 06:35:33.297567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-10',NULL,445,'2026-12-06 06:35:33.299646','2026-12-06 06:35:33.299649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''down''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-10；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 06:35:33.312869','2026-12-06 06:35:33.312874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''sign''；完成时间=2026-10-03 08:51:00 UTC；经办人=7；说明=''''',NULL,447,'2026-12-06 06:35:33.315210','2026-12-06 06:35:33.315213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100323964''；签约时间：（空） → 2026-10-03 08:51:00 UTC',NULL,448,'2026-12-06 06:35:33.315216','2026-12-06 06:35:33.315217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''signed''',NULL,449,'2026-12-06 06:35:33.326716','2026-12-06 06:35:33.326721');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-03 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,450,'2026-12-06 06:35:33.332418','2026-12-06 06:35:33.332421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-04 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,451,'2026-12-06 06:35:33.332423','2026-12-06 06:35:33.332424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-05 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,452,'2026-12-06 06:35:33.332425','2026-12-06 06:35:33.332426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''file''；完成时间=2026-10-12 09:08:00 UTC；经办人=7；说明=''''',NULL,453,'2026-12-06 06:35:33.339851','2026-12-06 06:35:33.339854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-12',NULL,454,'2026-12-06 06:35:33.339856','2026-12-06 06:35:33.339857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''documents''；完成时间=2026-10-17 02:19:00 UTC；经办人=10；说明=''''',NULL,455,'2026-12-06 06:35:33.352956','2026-12-06 06:35:33.352960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,456,'2026-12-06 06:35:33.352961','2026-12-06 06:35:33.352963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''interview''；完成时间=2026-10-23 03:16:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 06:35:33.356114','2026-12-06 06:35:33.356117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 06:35:33.356119','2026-12-06 06:35:33.356120');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''approval''；完成时间=2026-11-05 06:18:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 06:35:33.363906','2026-12-06 06:35:33.363909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 06:35:33.363911','2026-12-06 06:35:33.363912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''pre_registration''；完成时间=2026-11-11 02:34:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 06:35:33.370908','2026-12-06 06:35:33.370911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 06:35:33.370913','2026-12-06 06:35:33.370914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''release''；完成时间=2026-11-27 01:01:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 06:35:33.380458','2026-12-06 06:35:33.380461');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 06:35:33.380463','2026-12-06 06:35:33.380464');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-27',NULL,465,'2026-12-06 06:35:33.384012','2026-12-06 06:35:33.384016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''loan''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,466,'2026-12-06 06:35:33.393243','2026-12-06 06:35:33.393248');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,467,'2026-12-06 06:35:33.401944','2026-12-06 06:35:33.401949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,468,'2026-12-06 06:35:33.401950','2026-12-06 06:35:33.401951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''area''；节点=''补差款''；应付日期=2026-12-30；应付金额=44240.00；已付金额=0',NULL,469,'2026-12-06 06:35:33.412107','2026-12-06 06:35:33.412112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''fees''；节点=''代收费用''；应付日期=2026-11-30；应付金额=126302.40；已付金额=0',NULL,470,'2026-12-06 06:35:33.412114','2026-12-06 06:35:33.412115');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''deliver''；完成时间=2026-11-30 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,471,'2026-12-06 06:35:33.412116','2026-12-06 06:35:33.412117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-30 06:27:00 UTC',NULL,472,'2026-12-06 06:35:33.412118','2026-12-06 06:35:33.412119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''delivered''',NULL,473,'2026-12-06 06:35:33.414074','2026-12-06 06:35:33.414077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-30',NULL,474,'2026-12-06 06:35:33.416463','2026-12-06 06:35:33.416466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''area''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,475,'2026-12-06 06:35:33.427555','2026-12-06 06:35:33.427558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-03',NULL,476,'2026-12-06 06:35:33.433669','2026-12-06 06:35:33.433673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''fees''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 06:35:33.434762','2026-12-06 06:35:33.434765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-25 06:33:00 UTC；签约期限=2026-12-02；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,478,'2026-12-06 06:35:33.452350','2026-12-06 06:35:33.452355');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''subscribed''',NULL,479,'2026-12-06 06:35:33.455555','2026-12-06 06:35:33.455558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-25；应付金额=50000.00；已付金额=0',NULL,480,'2026-12-06 06:35:33.464130','2026-12-06 06:35:33.464133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-10；应付金额=1010494.00；已付金额=0',NULL,481,'2026-12-06 06:35:33.464135','2026-12-06 06:35:33.464136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-23；应付金额=2474486.00；已付金额=0',NULL,482,'2026-12-06 06:35:33.464137','2026-12-06 06:35:33.464138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''subscribe''；完成时间=2026-11-25 06:33:00 UTC；经办人=2；说明=''''',NULL,483,'2026-12-06 06:35:33.464139','2026-12-06 06:35:33.464140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-25',NULL,484,'2026-12-06 06:35:33.471660','2026-12-06 06:35:33.471663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,485,'2026-12-06 06:35:33.480830','2026-12-06 06:35:33.480835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''510104********0497''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-26 05:29:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,486,'2026-12-06 06:35:33.499760','2026-12-06 06:35:33.499766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''subscribed''',NULL,487,'2026-12-06 06:35:33.501364','2026-12-06 06:35:33.501367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-26；应付金额=100000.00；已付金额=0',NULL,488,'2026-12-06 06:35:33.504108','2026-12-06 06:35:33.504112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-11；应付金额=463922.81；已付金额=0',NULL,489,'2026-12-06 06:35:33.504113','2026-12-06 06:35:33.504114');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-25；应付金额=1315819.89；已付金额=0',NULL,490,'2026-12-06 06:35:33.504115','2026-12-06 06:35:33.504117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''subscribe''；完成时间=2026-11-26 05:29:00 UTC；经办人=4；说明=''''',NULL,491,'2026-12-06 06:35:33.504118','2026-12-06 06:35:33.504119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋0804''；经办人=4',NULL,492,'2026-12-06 06:35:33.515182','2026-12-06 06:35:33.515185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-26',NULL,493,'2026-12-06 06:35:33.524304','2026-12-06 06:35:33.524308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''曾小贤''；款项性质=''deposit''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,494,'2026-12-06 06:35:33.529648','2026-12-06 06:35:33.529651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-29 04:52:00 UTC；签约期限=2026-12-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,495,'2026-12-06 06:35:33.544383','2026-12-06 06:35:33.544387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''subscribed''',NULL,496,'2026-12-06 06:35:33.552063','2026-12-06 06:35:33.552067');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-29；应付金额=50000.00；已付金额=0',NULL,497,'2026-12-06 06:35:33.562884','2026-12-06 06:35:33.562889');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-14；应付金额=555122.65；已付金额=0',NULL,498,'2026-12-06 06:35:33.562892','2026-12-06 06:35:33.562893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-28；应付金额=1411952.85；已付金额=0',NULL,499,'2026-12-06 06:35:33.562894','2026-12-06 06:35:33.562895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''subscribe''；完成时间=2026-11-29 04:52:00 UTC；经办人=2；说明=''''',NULL,500,'2026-12-06 06:35:33.562896','2026-12-06 06:35:33.562897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-29',NULL,501,'2026-12-06 06:35:33.570980','2026-12-06 06:35:33.570984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-29；出纳=8；note=''''；作废原因=''''',NULL,502,'2026-12-06 06:35:33.572074','2026-12-06 06:35:33.572078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-30 06:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,503,'2026-12-06 06:35:33.595900','2026-12-06 06:35:33.595906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''subscribed''',NULL,504,'2026-12-06 06:35:33.597558','2026-12-06 06:35:33.597561');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-11-30；应付金额=80000.00；已付金额=0',NULL,505,'2026-12-06 06:35:33.609306','2026-12-06 06:35:33.609311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-15；应付金额=509247.70；已付金额=0',NULL,506,'2026-12-06 06:35:33.609312','2026-12-06 06:35:33.609313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1374911.30；已付金额=0',NULL,507,'2026-12-06 06:35:33.609315','2026-12-06 06:35:33.609316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''subscribe''；完成时间=2026-11-30 06:52:00 UTC；经办人=2；说明=''''',NULL,508,'2026-12-06 06:35:33.609317','2026-12-06 06:35:33.609318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-30',NULL,509,'2026-12-06 06:35:33.622905','2026-12-06 06:35:33.622910');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''deposit''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,510,'2026-12-06 06:35:33.624114','2026-12-06 06:35:33.624117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-01 03:00:00 UTC',NULL,511,'2026-12-06 06:35:33.627591','2026-12-06 06:35:33.627595');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-01 09:25:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,512,'2026-12-06 06:35:33.645267','2026-12-06 06:35:33.645272');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''subscribed''',NULL,513,'2026-12-06 06:35:33.646812','2026-12-06 06:35:33.646816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-01；应付金额=50000.00；已付金额=0',NULL,514,'2026-12-06 06:35:33.656789','2026-12-06 06:35:33.656794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''price''；节点=''房款''；应付日期=2026-12-31；应付金额=1624937.60；已付金额=0',NULL,515,'2026-12-06 06:35:33.656795','2026-12-06 06:35:33.656795');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''subscribe''；完成时间=2026-12-01 09:25:00 UTC；经办人=2；说明=''''',NULL,516,'2026-12-06 06:35:33.656796','2026-12-06 06:35:33.656797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-01',NULL,517,'2026-12-06 06:35:33.659178','2026-12-06 06:35:33.659181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,518,'2026-12-06 06:35:33.659876','2026-12-06 06:35:33.659878');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-02 07:30:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,519,'2026-12-06 06:35:33.668387','2026-12-06 06:35:33.668390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''subscribed''',NULL,520,'2026-12-06 06:35:33.681734','2026-12-06 06:35:33.681737');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-02；应付金额=100000.00；已付金额=0',NULL,521,'2026-12-06 06:35:33.683626','2026-12-06 06:35:33.683628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-17；应付金额=692941.25；已付金额=0',NULL,522,'2026-12-06 06:35:33.683629','2026-12-06 06:35:33.683630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-01-31；应付金额=1850196.25；已付金额=0',NULL,523,'2026-12-06 06:35:33.683631','2026-12-06 06:35:33.683632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''subscribe''；完成时间=2026-12-02 07:30:00 UTC；经办人=2；说明=''''',NULL,524,'2026-12-06 06:35:33.683632','2026-12-06 06:35:33.683633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-02',NULL,525,'2026-12-06 06:35:33.708150','2026-12-06 06:35:33.708154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,526,'2026-12-06 06:35:33.735632','2026-12-06 06:35:33.735635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''pending'' → ''approved''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-03 03:00:00 UTC',NULL,527,'2026-12-06 06:35:33.742234','2026-12-06 06:35:33.742239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********5133''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-03 02:20:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,528,'2026-12-06 06:35:33.883038','2026-12-06 06:35:33.883044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''subscribed''',NULL,529,'2026-12-06 06:35:33.892973','2026-12-06 06:35:33.892978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-03；应付金额=80000.00；已付金额=0',NULL,530,'2026-12-06 06:35:33.895459','2026-12-06 06:35:33.895461');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-18；应付金额=792151.19；已付金额=0',NULL,531,'2026-12-06 06:35:33.895462','2026-12-06 06:35:33.895463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-01；应付金额=2035019.45；已付金额=0',NULL,532,'2026-12-06 06:35:33.895464','2026-12-06 06:35:33.895464');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''subscribe''；完成时间=2026-12-03 02:20:00 UTC；经办人=4；说明=''''',NULL,533,'2026-12-06 06:35:33.895465','2026-12-06 06:35:33.895466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0901''；经办人=4',NULL,534,'2026-12-06 06:35:33.905084','2026-12-06 06:35:33.905089');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-03',NULL,535,'2026-12-06 06:35:33.914863','2026-12-06 06:35:33.914869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''曾小贤''；款项性质=''deposit''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,536,'2026-12-06 06:35:33.916164','2026-12-06 06:35:33.916168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''none''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-04 04:51:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,537,'2026-12-06 06:35:33.934664','2026-12-06 06:35:33.934669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''subscribed''',NULL,538,'2026-12-06 06:35:33.936257','2026-12-06 06:35:33.936262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-04；应付金额=100000.00；已付金额=0',NULL,539,'2026-12-06 06:35:33.947418','2026-12-06 06:35:33.947422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-19；应付金额=458772.83；已付金额=0',NULL,540,'2026-12-06 06:35:33.947423','2026-12-06 06:35:33.947424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-02；应付金额=1303803.27；已付金额=0',NULL,541,'2026-12-06 06:35:33.947425','2026-12-06 06:35:33.947426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''subscribe''；完成时间=2026-12-04 04:51:00 UTC；经办人=2；说明=''''',NULL,542,'2026-12-06 06:35:33.947427','2026-12-06 06:35:33.947428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-04',NULL,543,'2026-12-06 06:35:33.957649','2026-12-06 06:35:33.957651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''deposit''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,544,'2026-12-06 06:35:33.958517','2026-12-06 06:35:33.958519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''sign''；完成时间=2026-12-05 02:05:00 UTC；经办人=7；说明=''''',NULL,545,'2026-12-06 06:35:33.959814','2026-12-06 06:35:33.959816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120520190''；签约时间：（空） → 2026-12-05 02:05:00 UTC',NULL,546,'2026-12-06 06:35:33.959817','2026-12-06 06:35:33.959818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''signed''',NULL,547,'2026-12-06 06:35:33.973849','2026-12-06 06:35:33.973854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-05 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,548,'2026-12-06 06:35:33.982083','2026-12-06 06:35:33.982087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-06 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,549,'2026-12-06 06:35:33.982088','2026-12-06 06:35:33.982089');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-07 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,550,'2026-12-06 06:35:33.982090','2026-12-06 06:35:33.982091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''330106********7717''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-05 06:59:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,551,'2026-12-06 06:35:34.005064','2026-12-06 06:35:34.005069');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''subscribed''',NULL,552,'2026-12-06 06:35:34.006217','2026-12-06 06:35:34.006220');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-05；应付金额=50000.00；已付金额=0',NULL,553,'2026-12-06 06:35:34.008361','2026-12-06 06:35:34.008365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-20；应付金额=967475.89；已付金额=0',NULL,554,'2026-12-06 06:35:34.008367','2026-12-06 06:35:34.008368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-02-03；应付金额=2374110.41；已付金额=0',NULL,555,'2026-12-06 06:35:34.008369','2026-12-06 06:35:34.008370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''subscribe''；完成时间=2026-12-05 06:59:00 UTC；经办人=4；说明=''''',NULL,556,'2026-12-06 06:35:34.008371','2026-12-06 06:35:34.008371');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 2栋1单元1802''；经办人=4',NULL,557,'2026-12-06 06:35:34.025101','2026-12-06 06:35:34.025107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-05',NULL,558,'2026-12-06 06:35:34.036648','2026-12-06 06:35:34.036653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''曾小贤''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,559,'2026-12-06 06:35:34.037728','2026-12-06 06:35:34.037730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''pending''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 06:34:31 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,560,'2026-12-06 06:35:34.051515','2026-12-06 06:35:34.051519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''subscribed''',NULL,561,'2026-12-06 06:35:34.061114','2026-12-06 06:35:34.061119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''deposit''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0',NULL,562,'2026-12-06 06:35:34.064134','2026-12-06 06:35:34.064139');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''down''；节点=''首付款''；应付日期=2026-12-21；应付金额=616450.00；已付金额=0',NULL,563,'2026-12-06 06:35:34.064141','2026-12-06 06:35:34.064142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''loan''；节点=''按揭款''；应付日期=2027-03-06；应付金额=1555050.00；已付金额=0',NULL,564,'2026-12-06 06:35:34.064143','2026-12-06 06:35:34.064144');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''subscribe''；完成时间=2026-12-06 06:34:31 UTC；经办人=2；说明=''''',NULL,565,'2026-12-06 06:35:34.064145','2026-12-06 06:35:34.064146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,566,'2026-12-06 06:35:34.072292','2026-12-06 06:35:34.072297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''deposit''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,567,'2026-12-06 06:35:34.080913','2026-12-06 06:35:34.080919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 06:35:31 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,568,'2026-12-06 06:35:34.095239','2026-12-06 06:35:34.095244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''loan''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,569,'2026-12-06 06:35:34.096412','2026-12-06 06:35:34.096416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,570,'2026-12-06 06:35:34.102313','2026-12-06 06:35:34.102315');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-12-06 06:35:34.103373','2026-12-06 06:35:34.103374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 06:35:34.104302','2026-12-06 06:35:34.104304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 06:35:34.110113','2026-12-06 06:35:34.110116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 06:35:34.113684','2026-12-06 06:35:34.113687');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 06:35:34.122458','2026-12-06 06:35:34.122460');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 06:35:34.123574','2026-12-06 06:35:34.123576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 06:35:34.128616','2026-12-06 06:35:34.128621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 06:35:34.130437','2026-12-06 06:35:34.130441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 06:35:34.132040','2026-12-06 06:35:34.132043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 06:35:34.141811','2026-12-06 06:35:34.141816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 06:35:34.143433','2026-12-06 06:35:34.143437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 06:35:34.153219','2026-12-06 06:35:34.153223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 06:35:34.154924','2026-12-06 06:35:34.154928');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 06:35:34.165455','2026-12-06 06:35:34.165458');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 06:35:34.167109','2026-12-06 06:35:34.167113');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 06:35:34.177137','2026-12-06 06:35:34.177141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 06:35:34.178897','2026-12-06 06:35:34.178901');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 06:35:34.188541','2026-12-06 06:35:34.188546');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 06:35:34.190156','2026-12-06 06:35:34.190160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 06:35:34.191883','2026-12-06 06:35:34.191887');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 06:35:34.201794','2026-12-06 06:35:34.201798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 06:35:34.203439','2026-12-06 06:35:34.203442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 06:35:34.213197','2026-12-06 06:35:34.213201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 06:35:34.214992','2026-12-06 06:35:34.214996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 06:35:34.222287','2026-12-06 06:35:34.222291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 06:35:34.223914','2026-12-06 06:35:34.223918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 06:35:34.229423','2026-12-06 06:35:34.229425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 06:35:34.230495','2026-12-06 06:35:34.230497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 06:35:34.231471','2026-12-06 06:35:34.231472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 06:35:34.232407','2026-12-06 06:35:34.232408');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 06:35:34.241727','2026-12-06 06:35:34.241730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 06:35:34.242805','2026-12-06 06:35:34.242807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 06:35:34.243889','2026-12-06 06:35:34.243892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-11 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 06:35:34.253773','2026-12-06 06:35:34.253777');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 06:35:34.255466','2026-12-06 06:35:34.255470');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 06:35:34.265802','2026-12-06 06:35:34.265807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 06:35:34.267451','2026-12-06 06:35:34.267454');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 06:35:34.277214','2026-12-06 06:35:34.277218');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 06:35:34.278880','2026-12-06 06:35:34.288520');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 06:35:34.290026','2026-12-06 06:35:34.290029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 06:35:34.291040','2026-12-06 06:35:34.291042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 06:35:34.291948','2026-12-06 06:35:34.291949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 06:35:34.297032','2026-12-06 06:35:34.297034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 06:35:34.298054','2026-12-06 06:35:34.298056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 06:35:34.299153','2026-12-06 06:35:34.299155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''reserve''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''',NULL,616,'2026-12-06 06:35:34.315718','2026-12-06 06:35:34.315723');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''reserved''',NULL,617,'2026-12-06 06:35:34.315724','2026-12-06 06:35:34.315725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''reserve''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''',NULL,618,'2026-12-06 06:35:34.329631','2026-12-06 06:35:34.329636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''reserved''',NULL,619,'2026-12-06 06:35:34.329638','2026-12-06 06:35:34.329639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'房源=24；类型=''hold''；客户=2；经办人=4；到期时间=2026-12-07 04:35:31 UTC；原因=''''；释放原因=''''',NULL,620,'2026-12-06 06:35:34.343211','2026-12-06 06:35:34.343215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''held''',NULL,621,'2026-12-06 06:35:34.343216','2026-12-06 06:35:34.343217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''hold''；客户=1；经办人=2；到期时间=2026-12-07 01:35:31 UTC；原因=''''；释放原因=''''',NULL,622,'2026-12-06 06:35:34.356006','2026-12-06 06:35:34.356010');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''held''',NULL,623,'2026-12-06 06:35:34.356012','2026-12-06 06:35:34.356013');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''hold''；客户=1；经办人=2；到期时间=2026-12-06 10:35:31 UTC；原因=''''；释放原因=''''',NULL,624,'2026-12-06 06:35:34.377995','2026-12-06 06:35:34.378000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''held''',NULL,625,'2026-12-06 06:35:34.378002','2026-12-06 06:35:34.378003');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'房源=282；类型=''hold''；客户=2；经办人=4；到期时间=2026-12-06 00:35:31 UTC；原因=''''；释放原因=''''',NULL,626,'2026-12-06 06:35:34.382965','2026-12-06 06:35:34.382967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''held''',NULL,627,'2026-12-06 06:35:34.382968','2026-12-06 06:35:34.382969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'房源=312；类型=''hold''；客户=2；经办人=4；到期时间=2026-12-05 06:35:31 UTC；原因=''''；释放原因=''''',NULL,628,'2026-12-06 06:35:34.395191','2026-12-06 06:35:34.395196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''held''',NULL,629,'2026-12-06 06:35:34.395197','2026-12-06 06:35:34.395198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'房源=38；类型=''hold''；客户=2；经办人=4；到期时间=2026-12-04 06:35:31 UTC；原因=''''；释放原因=''''',NULL,630,'2026-12-06 06:35:34.414639','2026-12-06 06:35:34.414644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''held''',NULL,631,'2026-12-06 06:35:34.414646','2026-12-06 06:35:34.414647');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'完成时间：（空） → 2026-06-25 04:53:00 UTC；完成人：（空） → 4',NULL,632,'2026-12-06 06:35:34.433025','2026-12-06 06:35:34.433030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,633,'2026-12-06 06:35:34.434556','2026-12-06 06:35:34.434560');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,634,'2026-12-06 06:35:34.436017','2026-12-06 06:35:34.436021');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-22 06:38:00 UTC；完成人：（空） → 2',NULL,635,'2026-12-06 06:35:34.445547','2026-12-06 06:35:34.445550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,636,'2026-12-06 06:35:34.447238','2026-12-06 06:35:34.447241');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 06:35:34.456521','2026-12-06 06:35:34.456524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-24 05:22:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 06:35:34.457581','2026-12-06 06:35:34.457584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-25 02:07:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 06:35:34.458961','2026-12-06 06:35:34.458965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-26 10:37:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 06:35:34.460349','2026-12-06 06:35:34.460352');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'完成时间：（空） → 2026-06-23 08:22:00 UTC；完成人：（空） → 4',NULL,641,'2026-12-06 06:35:34.469940','2026-12-06 06:35:34.469944');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 4',NULL,642,'2026-12-06 06:35:34.471351','2026-12-06 06:35:34.471354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 4',NULL,643,'2026-12-06 06:35:34.472444','2026-12-06 06:35:34.472446');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'完成时间：（空） → 2026-06-25 02:34:00 UTC；完成人：（空） → 4',NULL,644,'2026-12-06 06:35:34.480837','2026-12-06 06:35:34.480841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,645,'2026-12-06 06:35:34.482223','2026-12-06 06:35:34.482227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,646,'2026-12-06 06:35:34.483660','2026-12-06 06:35:34.483664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-22 04:10:00 UTC；完成人：（空） → 2',NULL,647,'2026-12-06 06:35:34.493276','2026-12-06 06:35:34.493280');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,648,'2026-12-06 06:35:34.494764','2026-12-06 06:35:34.494768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 06:35:34.496187','2026-12-06 06:35:34.496191');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'完成时间：（空） → 2026-11-21 09:00:00 UTC；完成人：（空） → 4',NULL,650,'2026-12-06 06:35:34.505810','2026-12-06 06:35:34.505814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'完成时间：（空） → 2026-11-22 02:07:00 UTC；完成人：（空） → 4',NULL,651,'2026-12-06 06:35:34.513533','2026-12-06 06:35:34.513537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'完成时间：（空） → 2026-11-23 10:37:00 UTC；完成人：（空） → 4',NULL,652,'2026-12-06 06:35:34.515014','2026-12-06 06:35:34.515018');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'完成时间：（空） → 2026-11-06 07:10:00 UTC；完成人：（空） → 4',NULL,653,'2026-12-06 06:35:34.525587','2026-12-06 06:35:34.525591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'完成时间：（空） → 2026-11-07 02:07:00 UTC；完成人：（空） → 4',NULL,654,'2026-12-06 06:35:34.527091','2026-12-06 06:35:34.527094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'完成时间：（空） → 2026-11-08 10:37:00 UTC；完成人：（空） → 4',NULL,655,'2026-12-06 06:35:34.536655','2026-12-06 06:35:34.536660');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-31 08:21:00 UTC；完成人：（空） → 2',NULL,656,'2026-12-06 06:35:34.538287','2026-12-06 06:35:34.538290');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-01 02:07:00 UTC；完成人：（空） → 2',NULL,657,'2026-12-06 06:35:34.539728','2026-12-06 06:35:34.539732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-02 10:37:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 06:35:34.549364','2026-12-06 06:35:34.549367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-30 05:56:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 06:35:34.550882','2026-12-06 06:35:34.550886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-31 02:07:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 06:35:34.552382','2026-12-06 06:35:34.552385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-01 10:37:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 06:35:34.562067','2026-12-06 06:35:34.562071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-03 08:58:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 06:35:34.563535','2026-12-06 06:35:34.563539');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-04 02:07:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 06:35:34.572970','2026-12-06 06:35:34.572973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-05 10:37:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 06:35:34.573968','2026-12-06 06:35:34.573970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-05 02:12:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 06:35:34.574953','2026-12-06 06:35:34.574955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''active''；作废原因=''''；过号原因=''''',NULL,666,'2026-12-06 06:35:34.626032','2026-12-06 06:35:34.626037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',9,'过号时间：（空） → 2026-12-06 06:35:34 UTC；过号原因：'''' → ''叫号三次未到''',NULL,667,'2026-12-06 06:35:34.639681','2026-12-06 06:35:34.639706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',668,'2026-12-06 06:35:34.639707','2026-12-06 06:35:34.639708');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 06:35:31.350516','2026-12-06 06:35:31.350521');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 06:35:31.363022','2026-12-06 06:35:31.363026');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 06:35:31.381395','2026-12-06 06:35:31.381400');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 06:35:28.561969','2026-12-06 06:35:28.561975');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 06:35:28.561977','2026-12-06 06:35:28.561978');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 06:35:28.549139','2026-12-06 06:35:28.549145');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-25 04:46:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 04:53:00.000000',4,1,'2026-12-06 06:35:32.086656','2026-12-06 06:35:34.424056');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,2,'2026-12-06 06:35:32.086662','2026-12-06 06:35:34.433873');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,3,'2026-12-06 06:35:32.086664','2026-12-06 06:35:34.435371');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-22 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 06:38:00.000000',2,4,'2026-12-06 06:35:32.225957','2026-12-06 06:35:34.444879');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,5,'2026-12-06 06:35:32.225962','2026-12-06 06:35:34.446557');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,6,'2026-12-06 06:35:32.225963','2026-12-06 06:35:34.447989');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-24 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-24 05:22:00.000000',2,7,'2026-12-06 06:35:32.338958','2026-12-06 06:35:34.457096');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-25 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-25 02:07:00.000000',2,8,'2026-12-06 06:35:32.338963','2026-12-06 06:35:34.458315');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-26 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-26 10:37:00.000000',2,9,'2026-12-06 06:35:32.338966','2026-12-06 06:35:34.459736');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-23 08:15:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 08:22:00.000000',4,10,'2026-12-06 06:35:32.405072','2026-12-06 06:35:34.469271');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-24 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',4,11,'2026-12-06 06:35:32.405079','2026-12-06 06:35:34.470725');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-25 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',4,12,'2026-12-06 06:35:32.405081','2026-12-06 06:35:34.472028');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-25 02:27:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 02:34:00.000000',4,13,'2026-12-06 06:35:32.512753','2026-12-06 06:35:34.480134');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,14,'2026-12-06 06:35:32.512760','2026-12-06 06:35:34.481574');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,15,'2026-12-06 06:35:32.512761','2026-12-06 06:35:34.483016');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-22 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 04:10:00.000000',2,16,'2026-12-06 06:35:32.612054','2026-12-06 06:35:34.484429');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,17,'2026-12-06 06:35:32.612059','2026-12-06 06:35:34.494106');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,18,'2026-12-06 06:35:32.612061','2026-12-06 06:35:34.495542');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-21 08:53:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-21 09:00:00.000000',4,19,'2026-12-06 06:35:32.733727','2026-12-06 06:35:34.505117');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-22 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-22 02:07:00.000000',4,20,'2026-12-06 06:35:32.733732','2026-12-06 06:35:34.512820');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-23 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-23 10:37:00.000000',4,21,'2026-12-06 06:35:32.733733','2026-12-06 06:35:34.514333');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-06 07:03:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-06 07:10:00.000000',4,22,'2026-12-06 06:35:32.818146','2026-12-06 06:35:34.524848');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-07 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-07 02:07:00.000000',4,23,'2026-12-06 06:35:32.818151','2026-12-06 06:35:34.526403');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-08 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-08 10:37:00.000000',4,24,'2026-12-06 06:35:32.818152','2026-12-06 06:35:34.527900');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-31 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-31 08:21:00.000000',2,25,'2026-12-06 06:35:32.921269','2026-12-06 06:35:34.537587');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-01 02:07:00.000000',2,26,'2026-12-06 06:35:32.921274','2026-12-06 06:35:34.539067');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-02 10:37:00.000000',2,27,'2026-12-06 06:35:32.921275','2026-12-06 06:35:34.548546');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-30 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-30 05:56:00.000000',2,28,'2026-12-06 06:35:33.168240','2026-12-06 06:35:34.550186');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-31 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-31 02:07:00.000000',2,29,'2026-12-06 06:35:33.168245','2026-12-06 06:35:34.551670');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-01 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-01 10:37:00.000000',2,30,'2026-12-06 06:35:33.168247','2026-12-06 06:35:34.561366');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-03 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-03 08:58:00.000000',2,31,'2026-12-06 06:35:33.331183','2026-12-06 06:35:34.562885');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-04 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-04 02:07:00.000000',2,32,'2026-12-06 06:35:33.331190','2026-12-06 06:35:34.564290');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-05 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-05 10:37:00.000000',2,33,'2026-12-06 06:35:33.331193','2026-12-06 06:35:34.573514');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-05 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-05 02:12:00.000000',2,34,'2026-12-06 06:35:33.980849','2026-12-06 06:35:34.574439');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-06 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 06:35:33.980855','2026-12-06 06:35:33.980856');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-07 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 06:35:33.980857','2026-12-06 06:35:33.980858');
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
INSERT INTO "customer_merges" VALUES(2,4,'{"age_band": "", "anonymised_at": null, "area_max": null, "area_min": null, "awareness": "", "birthday": null, "budget_max": null, "budget_min": null, "buyer_type": "", "channel": "自然到访", "consent_at": "2026-12-04T06:35:28+00:00", "created_at": "2026-12-06T06:35:30.542956+00:00", "created_by_id": null, "do_not_disturb": false, "family_structure": "", "first_visit_at": "2026-12-04T06:35:28+00:00", "floor_preference": "", "focus": "", "gender": "", "grade": "C", "id": 4, "last_contact_at": "2026-12-04T06:35:28+00:00", "last_follow_up_at": null, "last_visit_at": "2026-12-04T06:35:28+00:00", "layout": "", "marketing_opt_in": false, "name": "曾晓贤", "next_follow_up_on": "2027-01-03", "notes": "", "owner_id": 4, "phone": "13900004444", "phone_kind": "mobile", "planned_follow_up_on": null, "protected_until": "2027-01-03", "purpose": "", "referrer_id": null, "risk_index": null, "risk_monitoring": false, "updated_at": "2026-12-06T06:35:30.553481+00:00", "version": 2, "visit_count": 1}','同一人登记了两次',NULL,1,'2026-12-06 06:35:30.642212','2026-12-06 06:35:30.642217');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 06:35:30.605376','2026-12-06 06:35:30.605381');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-03','A',NULL,NULL,NULL,'','2026-11-16 06:35:28.000000',1,0,2,'2026-11-16 06:35:28.000000','2026-12-04 06:35:28.000000','2026-12-05 06:35:28.000000','2026-12-05 06:35:28.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 06:35:30.094667','2026-12-06 06:35:30.807424');
INSERT INTO "customers" VALUES('曾小贤','zxx','13900003333','13900003333','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-16','C',1,NULL,NULL,'','2026-11-16 07:35:28.000000',0,0,2,'2026-11-16 07:35:28.000000','2026-12-04 06:35:28.000000',NULL,'2026-12-04 06:35:28.000000',NULL,'2027-01-03',1,NULL,NULL,NULL,6,2,'2026-12-06 06:35:30.426248','2026-12-06 06:35:31.694141');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-16','C',NULL,NULL,NULL,'','2026-11-16 08:35:28.000000',0,0,1,'2026-11-16 08:35:28.000000','2026-11-16 08:35:28.000000',NULL,'2026-11-16 08:35:28.000000',NULL,'2026-12-16',0,NULL,NULL,NULL,2,3,'2026-12-06 06:35:30.495844','2026-12-06 06:35:30.498445');
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-19 01:26:00.000000',4,'',1,'2026-12-06 06:35:31.681906','2026-12-06 06:35:31.681910');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-19 01:32:00.000000',2,'',2,'2026-12-06 06:35:31.773752','2026-12-06 06:35:31.773756');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-19 01:38:00.000000',2,'',3,'2026-12-06 06:35:31.823290','2026-12-06 06:35:31.823293');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-19 01:44:00.000000',4,'',4,'2026-12-06 06:35:31.885642','2026-12-06 06:35:31.885645');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-19 01:50:00.000000',4,'',5,'2026-12-06 06:35:31.946983','2026-12-06 06:35:31.946987');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-19 01:56:00.000000',2,'',6,'2026-12-06 06:35:32.012639','2026-12-06 06:35:32.012645');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-25 04:46:00.000000',7,'',7,'2026-12-06 06:35:32.059960','2026-12-06 06:35:32.059963');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-04 02:25:00.000000',7,'',8,'2026-12-06 06:35:32.105792','2026-12-06 06:35:32.105795');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-10 01:07:00.000000',10,'',9,'2026-12-06 06:35:32.116979','2026-12-06 06:35:32.116982');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-15 04:39:00.000000',10,'',10,'2026-12-06 06:35:32.119584','2026-12-06 06:35:32.119586');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-25 03:18:00.000000',10,'',11,'2026-12-06 06:35:32.126074','2026-12-06 06:35:32.126076');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-03 03:11:00.000000',10,'',12,'2026-12-06 06:35:32.137231','2026-12-06 06:35:32.137233');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-19 03:26:00.000000',10,'',13,'2026-12-06 06:35:32.139570','2026-12-06 06:35:32.139572');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-18 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 06:35:32.171011','2026-12-06 06:35:32.171013');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-22 06:31:00.000000',7,'',15,'2026-12-06 06:35:32.213199','2026-12-06 06:35:32.213200');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-01 06:41:00.000000',7,'',16,'2026-12-06 06:35:32.235976','2026-12-06 06:35:32.235978');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-06 01:08:00.000000',10,'',17,'2026-12-06 06:35:32.238088','2026-12-06 06:35:32.238090');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-13 03:36:00.000000',10,'',18,'2026-12-06 06:35:32.240373','2026-12-06 06:35:32.240375');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-27 05:58:00.000000',10,'',19,'2026-12-06 06:35:32.254894','2026-12-06 06:35:32.254897');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-06 09:39:00.000000',10,'',20,'2026-12-06 06:35:32.265232','2026-12-06 06:35:32.265234');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-19 05:04:00.000000',10,'',21,'2026-12-06 06:35:32.267547','2026-12-06 06:35:32.267549');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-14 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 06:35:32.287857','2026-12-06 06:35:32.287860');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-24 05:15:00.000000',7,'',23,'2026-12-06 06:35:32.323523','2026-12-06 06:35:32.323525');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-03 08:30:00.000000',7,'',24,'2026-12-06 06:35:32.345652','2026-12-06 06:35:32.345654');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-08 02:50:00.000000',10,'',25,'2026-12-06 06:35:32.347900','2026-12-06 06:35:32.347903');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-17 01:34:00.000000',10,'',26,'2026-12-06 06:35:32.354566','2026-12-06 06:35:32.354568');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-30 01:54:00.000000',10,'',27,'2026-12-06 06:35:32.358939','2026-12-06 06:35:32.358941');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-06 07:43:00.000000',10,'',28,'2026-12-06 06:35:32.368084','2026-12-06 06:35:32.368087');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-23 08:15:00.000000',7,'',29,'2026-12-06 06:35:32.390088','2026-12-06 06:35:32.390090');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-01 06:59:00.000000',7,'',30,'2026-12-06 06:35:32.417006','2026-12-06 06:35:32.417009');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-08 06:50:00.000000',10,'',31,'2026-12-06 06:35:32.425867','2026-12-06 06:35:32.425870');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-16 07:08:00.000000',10,'',32,'2026-12-06 06:35:32.437056','2026-12-06 06:35:32.437058');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-28 05:51:00.000000',10,'',33,'2026-12-06 06:35:32.441384','2026-12-06 06:35:32.441386');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-06 06:33:00.000000',10,'',34,'2026-12-06 06:35:32.449504','2026-12-06 06:35:32.449507');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-18 04:47:00.000000',10,'',35,'2026-12-06 06:35:32.454146','2026-12-06 06:35:32.454148');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-25 02:27:00.000000',7,'',36,'2026-12-06 06:35:32.493815','2026-12-06 06:35:32.493817');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-04 05:56:00.000000',7,'',37,'2026-12-06 06:35:32.516323','2026-12-06 06:35:32.516325');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-11 07:20:00.000000',10,'',38,'2026-12-06 06:35:32.522687','2026-12-06 06:35:32.522690');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-19 08:06:00.000000',10,'',39,'2026-12-06 06:35:32.533587','2026-12-06 06:35:32.533590');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-30 03:41:00.000000',10,'',40,'2026-12-06 06:35:32.542022','2026-12-06 06:35:32.542024');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-06 02:23:00.000000',10,'',41,'2026-12-06 06:35:32.547214','2026-12-06 06:35:32.547217');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-21 08:09:00.000000',10,'',42,'2026-12-06 06:35:32.558312','2026-12-06 06:35:32.558314');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-22 04:03:00.000000',7,'',43,'2026-12-06 06:35:32.596834','2026-12-06 06:35:32.596838');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-28 08:30:00.000000',7,'',44,'2026-12-06 06:35:32.623365','2026-12-06 06:35:32.623368');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-02 02:50:00.000000',10,'',45,'2026-12-06 06:35:32.634542','2026-12-06 06:35:32.634544');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-09 05:29:00.000000',10,'',46,'2026-12-06 06:35:32.644938','2026-12-06 06:35:32.644943');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-20 03:02:00.000000',10,'',47,'2026-12-06 06:35:32.647230','2026-12-06 06:35:32.647232');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-27 01:36:00.000000',10,'',48,'2026-12-06 06:35:32.653578','2026-12-06 06:35:32.653580');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-09 02:39:00.000000',10,'',49,'2026-12-06 06:35:32.655720','2026-12-06 06:35:32.655722');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-20 04:49:00.000000',4,'',50,'2026-12-06 06:35:32.691369','2026-12-06 06:35:32.691373');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-21 08:53:00.000000',7,'',51,'2026-12-06 06:35:32.721230','2026-12-06 06:35:32.721231');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-01 06:06:00.000000',7,'',52,'2026-12-06 06:35:32.745931','2026-12-06 06:35:32.745934');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-04 04:57:00.000000',10,'',53,'2026-12-06 06:35:32.748433','2026-12-06 06:35:32.748436');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-02 02:43:00.000000',4,'',54,'2026-12-06 06:35:32.779489','2026-12-06 06:35:32.779493');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-06 07:03:00.000000',7,'',55,'2026-12-06 06:35:32.798394','2026-12-06 06:35:32.798396');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-12 04:11:00.000000',7,'',56,'2026-12-06 06:35:32.830178','2026-12-06 06:35:32.830180');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-15 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 06:35:32.843237','2026-12-06 06:35:32.843239');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-28 09:34:00.000000',2,'',58,'2026-12-06 06:35:32.886855','2026-12-06 06:35:32.886858');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-31 08:14:00.000000',7,'',59,'2026-12-06 06:35:32.891854','2026-12-06 06:35:32.891856');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-10 02:08:00.000000',7,'',60,'2026-12-06 06:35:32.923538','2026-12-06 06:35:32.923540');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-13 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 06:35:32.958628','2026-12-06 06:35:32.958630');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-29 08:36:00.000000',2,'',62,'2026-12-06 06:35:33.039632','2026-12-06 06:35:33.039635');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-30 05:49:00.000000',7,'',63,'2026-12-06 06:35:33.119785','2026-12-06 06:35:33.119787');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-07 07:48:00.000000',7,'',64,'2026-12-06 06:35:33.187312','2026-12-06 06:35:33.187314');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-30 06:41:00.000000',2,'',65,'2026-12-06 06:35:33.274377','2026-12-06 06:35:33.274381');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-03 08:51:00.000000',7,'',66,'2026-12-06 06:35:33.313481','2026-12-06 06:35:33.313484');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-12 09:08:00.000000',7,'',67,'2026-12-06 06:35:33.338744','2026-12-06 06:35:33.338747');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-17 02:19:00.000000',10,'',68,'2026-12-06 06:35:33.349856','2026-12-06 06:35:33.349860');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-23 03:16:00.000000',10,'',69,'2026-12-06 06:35:33.355049','2026-12-06 06:35:33.355052');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-05 06:18:00.000000',10,'',70,'2026-12-06 06:35:33.362814','2026-12-06 06:35:33.362817');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-11 02:34:00.000000',10,'',71,'2026-12-06 06:35:33.369843','2026-12-06 06:35:33.369846');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-27 01:01:00.000000',10,'',72,'2026-12-06 06:35:33.379262','2026-12-06 06:35:33.379267');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-30 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 06:35:33.402599','2026-12-06 06:35:33.402602');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-25 06:33:00.000000',2,'',74,'2026-12-06 06:35:33.462246','2026-12-06 06:35:33.462251');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-26 05:29:00.000000',4,'',75,'2026-12-06 06:35:33.502281','2026-12-06 06:35:33.502284');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-29 04:52:00.000000',2,'',76,'2026-12-06 06:35:33.555041','2026-12-06 06:35:33.555046');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-30 06:52:00.000000',2,'',77,'2026-12-06 06:35:33.603260','2026-12-06 06:35:33.603265');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-01 09:25:00.000000',2,'',78,'2026-12-06 06:35:33.647734','2026-12-06 06:35:33.647738');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-02 07:30:00.000000',2,'',79,'2026-12-06 06:35:33.682425','2026-12-06 06:35:33.682428');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-03 02:20:00.000000',4,'',80,'2026-12-06 06:35:33.894081','2026-12-06 06:35:33.894085');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-04 04:51:00.000000',2,'',81,'2026-12-06 06:35:33.945517','2026-12-06 06:35:33.945522');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-05 02:05:00.000000',7,'',82,'2026-12-06 06:35:33.958850','2026-12-06 06:35:33.958852');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-05 06:59:00.000000',4,'',83,'2026-12-06 06:35:34.006913','2026-12-06 06:35:34.006916');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 06:34:31.000000',2,'',84,'2026-12-06 06:35:34.062230','2026-12-06 06:35:34.062235');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:wXLOnXcRqFMnpo4Jbk+8ImCzcybLUHlZHrU4JjFIV07DC+tXx/7Z6Ou1RZb3jg==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-19 01:26:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0001','330126062513349','2026-06-25 04:46:00.000000','2026-07-04',-2521134,6627873,'2026-11-18 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 06:35:31.658943','2026-12-06 06:35:32.170674');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:uccmmL1Be3BIDRK+MMMYmyKf88UTzzeSgEQkamfWBOQQwUE0TRMsPqVXRQiLAw==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-19 01:32:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0002','330126062299846','2026-06-22 06:31:00.000000','2026-07-01',-221760,6931109,'2026-10-14 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 06:35:31.752178','2026-12-06 06:35:32.287667');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:4jIfb9o2263+Jy8vx0OUSXefu7cKSl/4r1iWLEYduBZ+zNR/ILwPFyhlTnvR1A==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-19 01:38:00.000000','2026-06-26',500,90,'signed','YQF-2026-0003','330126062487853','2026-06-24 05:15:00.000000','2026-07-03',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 06:35:31.811157','2026-12-06 06:35:32.367846');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:M/OH1FZKUfVGl2WPMHaVSl9OytMCDwWiWBBI2B6ACF7QYkVf7N5O50PlMwv0+w==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-19 01:44:00.000000','2026-06-26',500,90,'signed','YQF-2026-0004','330126062356438','2026-06-23 08:15:00.000000','2026-07-01',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 06:35:31.869319','2026-12-06 06:35:32.453941');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:aP6dk4Ey5hneAhiaZxLk+ClC0zPsIdGUlY3wEG3+ickEytb9KhKKvE4uGko2VA==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-20 03:00:00.000000',190665920,216264480,8000000,'2026-06-19 01:50:00.000000','2026-06-26',500,90,'signed','YQF-2026-0005','330126062555680','2026-06-25 02:27:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 06:35:31.930111','2026-12-06 06:35:32.558102');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:bj93x1U45vYiZsT0gv4imB5UHKXj4umLdzpGBL9j4t3J0TfEM2NgX+jWV5aE0w==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-19 01:56:00.000000','2026-06-26',500,90,'signed','YQF-2026-0006','330126062258361','2026-06-22 04:03:00.000000','2026-06-28',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 06:35:32.001186','2026-12-06 06:35:32.655546');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:ZHA7KSD60BEampssuSZTIxEeMDNvIlg4dRbo72FXrb6ss1TVkvyNc6gmhY3yDg==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-20 04:49:00.000000','2026-11-27',500,90,'signed','YQF-2026-0007','330126112181882','2026-11-21 08:53:00.000000','2026-12-01',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 06:35:32.684249','2026-12-06 06:35:32.748261');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:iI9FT5oMoLc5Y8urual+7Vsmu5nlL02cjpVYJJnuNK+4qf7wxv52P6IlKBwtpA==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-02 02:43:00.000000','2026-11-09',500,90,'delivered','YQF-2026-0008','330126110650101','2026-11-06 07:03:00.000000','2026-11-12',2684416,9372626,'2026-11-15 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 06:35:32.770300','2026-12-06 06:35:32.843067');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:iuJBTTM1Fu/xko0XD//J6JF51UnOEAVrSwna32egohojZGfDM92BsX1kIENApQ==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-28 09:34:00.000000','2026-11-04',500,90,'delivered','YQF-2026-0009','330126103168856','2026-10-31 08:14:00.000000','2026-11-10',0,8492152,'2026-11-13 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 06:35:32.875557','2026-12-06 06:35:32.958411');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:nOPKVekjTWC79mnIoBbf0HyRs6yTDO8f/irs4mrxZsMBIly1mQCsxGRwL4haQA==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-29 08:36:00.000000','2026-09-05',500,90,'signed','YQF-2026-0010','330126083019420','2026-08-30 05:49:00.000000','2026-09-07',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 06:35:33.023984','2026-12-06 06:35:33.187113');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:pMcU8AcMyyrUpV0gwO/OQtv7xgYs4sTDFgTX9Pl8OzEqkJCMb9xHCAmyeKTYZQ==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-30 06:41:00.000000','2026-10-07',500,90,'delivered','YQF-2026-0011','330126100323964','2026-10-03 08:51:00.000000','2026-10-12',4424000,12630240,'2026-11-30 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 06:35:33.261856','2026-12-06 06:35:33.402376');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:MJaATdzq560fIxlSK8SBXWnXS555NmXKVHfdsKmy9tGZ9hbNr7DbnIj7wYYmnw==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-25 06:33:00.000000','2026-12-02',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 06:35:33.447674','2026-12-06 06:35:33.447679');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:woKdZvoEyO/qD5gNJhKrHZHNUzbMi9sT+argqJmeyMwh58w2y001y7r7V9mqwQ==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-26 05:29:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 06:35:33.491285','2026-12-06 06:35:33.491290');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:DeCAT0I8GPlhzPGPtq0iRRmRK1uA9LOauC8RWZ5ojM3tXtQN2a5juworjC2imw==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-29 04:52:00.000000','2026-12-06',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 06:35:33.542991','2026-12-06 06:35:33.542997');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:G7poJM4A1NdVzdwwctmbrts4XpzPGwFn++WR7l9P6QkMiukPfKyrDWr1VOvHCQ==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-01 03:00:00.000000',196415900,221466480,8000000,'2026-11-30 06:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 06:35:33.587261','2026-12-06 06:35:33.626679');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:jsB8PSXnWgrfq5HMB+M7uLsqRqbEaGsnSyYDRmy3y5Jpmlf9fTCdpYOr/BxlYw==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-01 09:25:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 06:35:33.636356','2026-12-06 06:35:33.636361');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:pJBPoXtE3UaZqueKtAhlqoyz1nnJyAJ6UlyVSADkg99LgOBIJZP54UPGo8uyLQ==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-03 03:00:00.000000',264313750,300555000,10000000,'2026-12-02 07:30:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 06:35:33.667476','2026-12-06 06:35:33.736386');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:v7mqXvAwkXJhWUMdznhyAbZ2JaeQY+D4VlYLiEua3U+eMJ69yodW8r7cQM1kIg==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-03 02:20:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 06:35:33.881071','2026-12-06 06:35:33.881077');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:Eq8qk4RNi3yL0F1E0jk/2aCyJOf49yf43Pzl7CE47hWa0HdigvPmsZMLYjSQUA==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-04 04:51:00.000000','2026-12-11',500,90,'signed','YQF-2026-0019','330126120520190','2026-12-05 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 06:35:33.933062','2026-12-06 06:35:33.958685');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:boD5KOGlbok0uELu7e3q3cPchW1zr7Ebo85DN+O751ae+zFTYeK/Lje8Bb/wiw==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-05 06:59:00.000000','2026-12-12',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 06:35:33.999821','2026-12-06 06:35:33.999825');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:nV0T4pEL2hp1TuRZeDyAdkikkjKu5yw86w92vFG1VCvRPZBqsT53un1YsRRX8g==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 06:34:31.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 06:35:34.050176','2026-12-06 06:35:34.050181');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 06:35:28.000000',2,1,'2026-12-06 06:35:30.920820','2026-12-06 06:35:30.934103');
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
INSERT INTO "duty_roster" VALUES('2026-11-16',2,1,1,'2026-12-06 06:35:28.922412','2026-12-06 06:35:28.922417');
INSERT INTO "duty_roster" VALUES('2026-11-16',4,2,2,'2026-12-06 06:35:28.922419','2026-12-06 06:35:28.922420');
INSERT INTO "duty_roster" VALUES('2026-11-16',5,3,3,'2026-12-06 06:35:28.922421','2026-12-06 06:35:28.922422');
INSERT INTO "duty_roster" VALUES('2026-12-06',4,1,4,'2026-12-06 06:35:30.858210','2026-12-06 06:35:30.858215');
INSERT INTO "duty_roster" VALUES('2026-12-06',2,2,5,'2026-12-06 06:35:30.858217','2026-12-06 06:35:30.858218');
INSERT INTO "duty_roster" VALUES('2026-12-06',5,3,6,'2026-12-06 06:35:30.858219','2026-12-06 06:35:30.858220');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 06:35:28.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 06:35:30.578907','2026-12-06 06:35:30.578912');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 06:35:28.000000','2026-12-06 06:35:30.580084');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,1,'2026-12-06 06:35:31.683162','2026-12-06 06:35:32.050063');
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-04',53122598,53122598,'2026-07-02',2,2,'2026-12-06 06:35:31.683167','2026-12-06 06:35:32.056792');
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-18',147286062,147286062,'2026-08-19',2,3,'2026-12-06 06:35:31.683168','2026-12-06 06:35:32.145489');
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,4,'2026-12-06 06:35:31.774064','2026-12-06 06:35:32.200822');
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-04',56010560,56010560,'2026-07-03',2,5,'2026-12-06 06:35:31.774067','2026-12-06 06:35:32.203172');
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-17',154024640,154024640,'2026-08-19',2,6,'2026-12-06 06:35:31.774068','2026-12-06 06:35:32.275591');
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-19',5000000,5000000,'2026-06-19',3,7,'2026-12-06 06:35:31.823565','2026-12-06 06:35:32.311118');
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-04',83523040,83523040,'2026-06-29',2,8,'2026-12-06 06:35:31.823567','2026-12-06 06:35:32.321454');
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-17',206553760,0,NULL,1,9,'2026-12-06 06:35:31.823569','2026-12-06 06:35:31.823569');
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,10,'2026-12-06 06:35:31.885920','2026-12-06 06:35:32.373952');
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-04',68950000,68950000,'2026-06-28',2,11,'2026-12-06 06:35:31.885923','2026-12-06 06:35:32.381881');
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-17',179550000,179550000,'2026-08-18',2,12,'2026-12-06 06:35:31.885924','2026-12-06 06:35:32.456078');
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,13,'2026-12-06 06:35:31.947362','2026-12-06 06:35:32.473008');
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-04',49199776,49199776,'2026-07-03',2,14,'2026-12-06 06:35:31.947367','2026-12-06 06:35:32.489871');
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-18',133466144,133466144,'2026-08-21',2,15,'2026-12-06 06:35:31.947369','2026-12-06 06:35:32.569393');
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,16,'2026-12-06 06:35:32.013124','2026-12-06 06:35:32.579700');
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-04',71000000,71000000,'2026-07-04',2,17,'2026-12-06 06:35:32.013129','2026-12-06 06:35:32.586375');
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-17',189000000,189000000,'2026-08-09',2,18,'2026-12-06 06:35:32.013132','2026-12-06 06:35:32.665611');
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-18',6627873,6627873,'2026-11-24',2,19,'2026-12-06 06:35:32.171659','2026-12-06 06:35:32.193422');
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-14',6931109,6931109,'2026-10-19',2,20,'2026-12-06 06:35:32.288048','2026-12-06 06:35:32.299984');
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-20',5000000,5000000,'2026-11-20',2,21,'2026-12-06 06:35:32.691625','2026-12-06 06:35:32.699985');
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-05',61623515,36974109,NULL,2,22,'2026-12-06 06:35:32.691628','2026-12-06 06:35:32.710845');
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-19',155454869,0,NULL,1,23,'2026-12-06 06:35:32.691630','2026-12-06 06:35:32.691630');
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-02',5000000,5000000,'2026-11-02',2,24,'2026-12-06 06:35:32.779772','2026-12-06 06:35:32.787958');
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-02',292543680,0,NULL,1,25,'2026-12-06 06:35:32.779775','2026-12-06 06:35:32.779776');
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-15',2684416,2684416,'2026-11-18',2,26,'2026-12-06 06:35:32.843448','2026-12-06 06:35:32.851376');
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-15',9372626,9372626,'2026-11-16',2,27,'2026-12-06 06:35:32.843451','2026-12-06 06:35:32.862094');
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-28',10000000,10000000,'2026-10-28',2,28,'2026-12-06 06:35:32.887092','2026-12-06 06:35:32.889904');
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-27',259592120,0,NULL,1,29,'2026-12-06 06:35:32.887094','2026-12-06 06:35:32.887095');
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-13',8492152,8492152,'2026-11-19',2,30,'2026-12-06 06:35:32.958864','2026-12-06 06:35:32.975856');
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-29',8000000,8000000,'2026-08-29',2,31,'2026-12-06 06:35:33.039895','2026-12-06 06:35:33.056274');
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-28',258805000,258805000,'2026-09-22',2,32,'2026-12-06 06:35:33.039898','2026-12-06 06:35:33.107130');
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-30',5000000,5000000,'2026-09-30',2,33,'2026-12-06 06:35:33.274782','2026-12-06 06:35:33.290954');
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-15',115288000,115288000,'2026-10-10',2,34,'2026-12-06 06:35:33.274787','2026-12-06 06:35:33.298719');
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-29',280672000,280672000,'2026-11-27',2,35,'2026-12-06 06:35:33.274789','2026-12-06 06:35:33.383041');
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-30',4424000,4424000,'2026-11-30',2,36,'2026-12-06 06:35:33.402917','2026-12-06 06:35:33.415571');
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-30',12630240,12630240,'2026-12-03',2,37,'2026-12-06 06:35:33.402922','2026-12-06 06:35:33.432613');
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-25',5000000,5000000,'2026-11-25',2,38,'2026-12-06 06:35:33.462732','2026-12-06 06:35:33.470785');
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-10',101049400,0,NULL,1,39,'2026-12-06 06:35:33.462737','2026-12-06 06:35:33.462738');
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-23',247448600,0,NULL,1,40,'2026-12-06 06:35:33.462740','2026-12-06 06:35:33.462741');
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-26',10000000,10000000,'2026-11-26',2,41,'2026-12-06 06:35:33.502615','2026-12-06 06:35:33.523264');
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-11',46392281,0,NULL,1,42,'2026-12-06 06:35:33.502618','2026-12-06 06:35:33.502619');
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-25',131581989,0,NULL,1,43,'2026-12-06 06:35:33.502621','2026-12-06 06:35:33.502622');
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-29',5000000,5000000,'2026-11-29',2,44,'2026-12-06 06:35:33.555447','2026-12-06 06:35:33.569945');
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-14',55512265,0,NULL,1,45,'2026-12-06 06:35:33.555451','2026-12-06 06:35:33.555452');
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-28',141195285,0,NULL,1,46,'2026-12-06 06:35:33.555454','2026-12-06 06:35:33.555455');
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-30',8000000,8000000,'2026-11-30',2,47,'2026-12-06 06:35:33.603679','2026-12-06 06:35:33.611946');
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-15',50924770,0,NULL,1,48,'2026-12-06 06:35:33.603684','2026-12-06 06:35:33.603685');
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-29',137491130,0,NULL,1,49,'2026-12-06 06:35:33.603686','2026-12-06 06:35:33.603687');
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-01',5000000,5000000,'2026-12-01',2,50,'2026-12-06 06:35:33.648042','2026-12-06 06:35:33.658537');
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-31',162493760,0,NULL,1,51,'2026-12-06 06:35:33.648046','2026-12-06 06:35:33.648047');
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-02',10000000,10000000,'2026-12-02',2,52,'2026-12-06 06:35:33.682690','2026-12-06 06:35:33.707397');
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-17',69294125,0,NULL,1,53,'2026-12-06 06:35:33.682715','2026-12-06 06:35:33.682715');
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-31',185019625,0,NULL,1,54,'2026-12-06 06:35:33.682716','2026-12-06 06:35:33.682717');
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-03',8000000,8000000,'2026-12-03',2,55,'2026-12-06 06:35:33.894375','2026-12-06 06:35:33.907506');
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-18',79215119,0,NULL,1,56,'2026-12-06 06:35:33.894378','2026-12-06 06:35:33.894378');
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-01',203501945,0,NULL,1,57,'2026-12-06 06:35:33.894379','2026-12-06 06:35:33.894380');
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-04',10000000,10000000,'2026-12-04',2,58,'2026-12-06 06:35:33.945949','2026-12-06 06:35:33.957013');
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-19',45877283,0,NULL,1,59,'2026-12-06 06:35:33.945955','2026-12-06 06:35:33.945956');
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-02',130380327,0,NULL,1,60,'2026-12-06 06:35:33.945957','2026-12-06 06:35:33.945958');
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-05',5000000,5000000,'2026-12-05',2,61,'2026-12-06 06:35:34.007161','2026-12-06 06:35:34.027480');
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-20',96747589,0,NULL,1,62,'2026-12-06 06:35:34.007164','2026-12-06 06:35:34.007165');
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-03',237411041,0,NULL,1,63,'2026-12-06 06:35:34.007166','2026-12-06 06:35:34.007166');
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,64,'2026-12-06 06:35:34.062614','2026-12-06 06:35:34.071229');
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-21',61645000,0,NULL,1,65,'2026-12-06 06:35:34.062619','2026-12-06 06:35:34.062620');
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-06',155505000,0,NULL,1,66,'2026-12-06 06:35:34.062621','2026-12-06 06:35:34.062622');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 06:35:30.366556','2026-12-06 06:35:30.366561');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 06:35:30.437364','2026-12-06 06:35:30.437368');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 06:35:30.498791','2026-12-06 06:35:30.498794');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 06:35:30.553863','2026-12-06 06:35:30.676904');
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
INSERT INTO "phone_changes" VALUES(2,NULL,'13900001111','13900003333','客户换号',1,'2026-12-06 06:35:30.620134','2026-12-06 06:35:30.620139');
INSERT INTO "phone_changes" VALUES(2,NULL,'13900004444','13900003333','合并客户 4：同一人登记了两次',2,'2026-12-06 06:35:30.644009','2026-12-06 06:35:30.644011');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-20','杭州市余杭区文一西路 2688 号','2026-06-19',1,1,'2026-12-06 06:35:31.324146','2026-12-06 06:35:31.324150');
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
	updated_at DATETIME NOT NULL, skipped_at DATETIME, skip_reason VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_queue_tickets PRIMARY KEY (id), 
	CONSTRAINT fk_queue_tickets_closed_by_id_users FOREIGN KEY(closed_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_queue_tickets_deal_id_deals FOREIGN KEY(deal_id) REFERENCES deals (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_issued_by_id_users FOREIGN KEY(issued_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT fk_queue_tickets_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_queue_tickets_project_id UNIQUE (project_id, number)
);
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-19 01:26:00.000000',4,1,2,1,'2026-05-21 02:18:00.000000','2026-12-06 06:35:31.695688',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-19 01:32:00.000000',2,2,2,2,'2026-05-24 05:39:00.000000','2026-12-06 06:35:31.775923',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-19 01:38:00.000000',2,3,2,3,'2026-05-28 02:29:00.000000','2026-12-06 06:35:31.833604',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-19 01:44:00.000000',4,4,2,4,'2026-05-31 05:43:00.000000','2026-12-06 06:35:31.894298',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-16 07:04:00.000000',8,NULL,2,5,'2026-06-04 02:02:00.000000','2026-12-06 06:35:31.555872',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-19 01:50:00.000000',4,5,2,6,'2026-06-08 05:35:00.000000','2026-12-06 06:35:31.958286',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-19 01:56:00.000000',2,6,2,7,'2026-06-11 02:56:00.000000','2026-12-06 06:35:32.015601',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-15 07:00:00.000000',7,NULL,2,8,'2026-06-15 05:00:00.000000','2026-12-06 06:35:31.553882',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 06:35:34.000000','2026-12-06 06:35:34.637745','2026-12-06 06:35:34.000000','叫号三次未到');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-21',8,'',NULL,'',NULL,NULL,'2026-05-22 08:00:00.000000',9,1,'2026-05-21 02:33:00.000000','2026-12-06 06:35:34.101603');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-24',8,'',NULL,'',NULL,NULL,'2026-05-25 08:00:00.000000',9,2,'2026-05-24 05:54:00.000000','2026-12-06 06:35:34.102932');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-28',8,'',NULL,'',NULL,NULL,'2026-05-29 08:00:00.000000',9,3,'2026-05-28 02:44:00.000000','2026-12-06 06:35:34.103868');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-31',8,'',NULL,'',NULL,NULL,'2026-06-01 08:00:00.000000',9,4,'2026-05-31 05:58:00.000000','2026-12-06 06:35:34.109483');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-04',8,'',NULL,'',NULL,NULL,'2026-06-05 08:00:00.000000',9,5,'2026-06-04 02:17:00.000000','2026-12-06 06:35:34.113084');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-08',8,'',NULL,'',NULL,NULL,'2026-06-09 08:00:00.000000',9,6,'2026-06-08 05:50:00.000000','2026-12-06 06:35:34.114550');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-11',8,'',NULL,'',NULL,NULL,'2026-06-12 08:00:00.000000',9,7,'2026-06-11 03:11:00.000000','2026-12-06 06:35:34.123110');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,8,'2026-06-19 01:04:00.000000','2026-12-06 06:35:34.124092');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-02',8,'',NULL,'',NULL,NULL,'2026-07-03 08:00:00.000000',9,9,'2026-07-02 02:50:00.000000','2026-12-06 06:35:34.129658');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,10,'2026-08-19 02:39:00.000000','2026-12-06 06:35:34.131285');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-24',8,'',NULL,'',NULL,NULL,'2026-11-25 08:00:00.000000',9,11,'2026-11-24 05:03:00.000000','2026-12-06 06:35:34.141018');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,12,'2026-06-19 07:56:00.000000','2026-12-06 06:35:34.142669');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,13,'2026-07-03 01:27:00.000000','2026-12-06 06:35:34.144305');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,14,'2026-08-19 05:53:00.000000','2026-12-06 06:35:34.154147');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-19',8,'',NULL,'',NULL,NULL,'2026-10-20 08:00:00.000000',9,15,'2026-10-19 07:11:00.000000','2026-12-06 06:35:34.164531');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,16,'2026-06-19 06:05:00.000000','2026-12-06 06:35:34.166348');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,17,'2026-06-29 01:05:00.000000','2026-12-06 06:35:34.168220');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,18,'2026-06-19 02:58:00.000000','2026-12-06 06:35:34.178077');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-28',8,'',NULL,'',NULL,NULL,'2026-06-29 08:00:00.000000',9,19,'2026-06-28 04:08:00.000000','2026-12-06 06:35:34.179778');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-18',8,'',NULL,'',NULL,NULL,'2026-08-19 08:00:00.000000',9,20,'2026-08-18 07:04:00.000000','2026-12-06 06:35:34.189373');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,21,'2026-06-19 01:11:00.000000','2026-12-06 06:35:34.191081');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,22,'2026-07-03 01:31:00.000000','2026-12-06 06:35:34.200909');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-21',8,'',NULL,'',NULL,NULL,'2026-08-22 08:00:00.000000',9,23,'2026-08-21 02:17:00.000000','2026-12-06 06:35:34.202716');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,24,'2026-06-19 05:43:00.000000','2026-12-06 06:35:34.204273');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,25,'2026-07-04 08:57:00.000000','2026-12-06 06:35:34.214174');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'','2026-12-03 06:35:31.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-09 06:43:00.000000','2026-12-06 06:35:34.093753');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,27,'2026-11-20 05:00:00.000000','2026-12-06 06:35:34.221493');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-04 07:10:00.000000','2026-12-04 07:10:00.000000');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-02',8,'',NULL,'',NULL,NULL,'2026-11-03 08:00:00.000000',9,29,'2026-11-02 01:03:00.000000','2026-12-06 06:35:34.223163');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,30,'2026-11-18 06:50:00.000000','2026-12-06 06:35:34.228853');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,31,'2026-11-16 03:38:00.000000','2026-12-06 06:35:34.230031');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-28',8,'',NULL,'',NULL,NULL,'2026-10-29 08:00:00.000000',9,32,'2026-10-28 03:46:00.000000','2026-12-06 06:35:34.231041');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,33,'2026-11-19 03:34:00.000000','2026-12-06 06:35:34.231972');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-29',8,'',NULL,'',NULL,NULL,'2026-08-30 08:00:00.000000',9,34,'2026-08-29 04:03:00.000000','2026-12-06 06:35:34.241193');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-22',8,'',NULL,'',NULL,NULL,'2026-09-23 08:00:00.000000',9,35,'2026-09-22 05:56:00.000000','2026-12-06 06:35:34.242316');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-30',8,'',NULL,'',NULL,NULL,'2026-10-01 08:00:00.000000',9,36,'2026-09-30 03:52:00.000000','2026-12-06 06:35:34.243324');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-10',8,'',NULL,'',NULL,NULL,'2026-10-11 08:00:00.000000',9,37,'2026-10-10 01:44:00.000000','2026-12-06 06:35:34.252916');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,38,'2026-11-27 01:08:00.000000','2026-12-06 06:35:34.254680');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,39,'2026-11-30 07:08:00.000000','2026-12-06 06:35:34.264967');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,40,'2026-12-03 01:10:00.000000','2026-12-06 06:35:34.266686');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,41,'2026-11-25 07:50:00.000000','2026-12-06 06:35:34.268291');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,42,'2026-11-26 03:34:00.000000','2026-12-06 06:35:34.278123');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-29',8,'',NULL,'',NULL,NULL,'2026-11-30 08:00:00.000000',9,43,'2026-11-29 04:30:00.000000','2026-12-06 06:35:34.289481');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,44,'2026-11-30 04:23:00.000000','2026-12-06 06:35:34.290578');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,45,'2026-12-01 03:25:00.000000','2026-12-06 06:35:34.291521');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,46,'2026-12-02 01:06:00.000000','2026-12-06 06:35:34.292410');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,47,'2026-12-03 07:28:00.000000','2026-12-06 06:35:34.297569');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-04 09:13:00.000000','2026-12-04 09:13:00.000000');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-05 05:57:00.000000','2026-12-05 05:57:00.000000');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 06:34:31.000000','2026-12-06 06:34:31.000000');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'',NULL,'',NULL,26,'2026-12-04 08:00:00.000000',9,51,'2026-12-03 06:35:31.000000','2026-12-06 06:35:34.298548');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','推荐的 曾小贤 首次到访',NULL,NULL,1,'2026-12-06 06:35:30.450200','2026-12-06 06:35:30.450206');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 06:35:28.000000','2026-12-06 06:35:30.848089');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0602',4,NULL,3,'2026-12-06 06:35:31.707022','2026-12-06 06:35:31.707025');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1105',4,NULL,4,'2026-12-06 06:35:31.896297','2026-12-06 06:35:31.896299');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1304',4,NULL,5,'2026-12-06 06:35:31.960019','2026-12-06 06:35:31.960022');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0001',7,NULL,6,'2026-12-06 06:35:32.093860','2026-12-06 06:35:32.093865');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0004',7,NULL,7,'2026-12-06 06:35:32.409214','2026-12-06 06:35:32.409218');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0005',7,NULL,8,'2026-12-06 06:35:32.514637','2026-12-06 06:35:32.514640');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1703',4,NULL,9,'2026-12-06 06:35:32.697925','2026-12-06 06:35:32.697928');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0007',7,NULL,10,'2026-12-06 06:35:32.735431','2026-12-06 06:35:32.735434');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1604',4,NULL,11,'2026-12-06 06:35:32.786024','2026-12-06 06:35:32.786028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0008',7,NULL,12,'2026-12-06 06:35:32.819963','2026-12-06 06:35:32.819966');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋0804',4,NULL,13,'2026-12-06 06:35:33.514435','2026-12-06 06:35:33.514440');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0901',4,NULL,14,'2026-12-06 06:35:33.896290','2026-12-06 06:35:33.896292');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 2栋1单元1802',4,NULL,15,'2026-12-06 06:35:34.016185','2026-12-06 06:35:34.016190');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 06:35:30.767366','2026-12-06 06:35:30.767371');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 06:35:30.767373','2026-12-06 06:35:30.767374');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 06:35:30.767375','2026-12-06 06:35:30.767376');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 06:35:30.767377','2026-12-06 06:35:30.767378');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 06:35:30.795413','2026-12-06 06:35:30.795418');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 06:35:30.795420','2026-12-06 06:35:30.795421');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 06:35:30.795422','2026-12-06 06:35:30.795423');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 06:35:30.795424','2026-12-06 06:35:30.795425');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 06:35:30.816281','2026-12-06 06:35:30.837315');
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
INSERT INTO "rotation_turns" VALUES('2026-11-16',2,'serve',1,NULL,'',1,'2026-11-16 06:35:28.000000','2026-12-06 06:35:30.391812');
INSERT INTO "rotation_turns" VALUES('2026-11-16',4,'serve',2,NULL,'',2,'2026-11-16 07:35:28.000000','2026-12-06 06:35:30.450639');
INSERT INTO "rotation_turns" VALUES('2026-11-16',5,'serve',3,NULL,'',3,'2026-11-16 08:35:28.000000','2026-12-06 06:35:30.506263');
INSERT INTO "rotation_turns" VALUES('2026-12-06',4,'skip',NULL,NULL,'',4,'2026-12-06 06:35:28.000000','2026-12-06 06:35:30.871004');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 06:35:28.000000','2026-12-06 06:35:30.898395');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 06:35:28.515965','2026-12-06 06:35:28.515970');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 06:35:28.526827','2026-12-06 06:35:28.526831');
INSERT INTO "settings" VALUES('ids.key','"xVJ2jKng6sxt1xjpB+57Z9AC2SU+zdfgjRiAxfWmHaU="',1,3,'2026-12-06 06:35:31.646095','2026-12-06 06:35:31.646100');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-20 01:06:00.000000','','2026-06-19 01:26:00.000000','转认购',1,'2026-06-19 01:06:00.000000','2026-12-06 06:35:31.659961');
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-20 01:12:00.000000','','2026-06-19 01:32:00.000000','转认购',2,'2026-06-19 01:12:00.000000','2026-12-06 06:35:31.760906');
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-20 01:18:00.000000','','2026-06-19 01:38:00.000000','转认购',3,'2026-06-19 01:18:00.000000','2026-12-06 06:35:31.811566');
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-20 01:24:00.000000','','2026-06-19 01:44:00.000000','转认购',4,'2026-06-19 01:24:00.000000','2026-12-06 06:35:31.869881');
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-20 01:30:00.000000','','2026-06-19 01:50:00.000000','转认购',5,'2026-06-19 01:30:00.000000','2026-12-06 06:35:31.930434');
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-20 01:36:00.000000','','2026-06-19 01:56:00.000000','转认购',6,'2026-06-19 01:36:00.000000','2026-12-06 06:35:32.001530');
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 06:35:31.000000','2026-12-06 06:35:34.307963');
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 06:35:31.000000','2026-12-06 06:35:34.320424');
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 04:35:31.000000','',NULL,'',9,'2026-12-06 04:35:31.000000','2026-12-06 06:35:34.342227');
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 01:35:31.000000','',NULL,'',10,'2026-12-06 01:35:31.000000','2026-12-06 06:35:34.355047');
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 10:35:31.000000','',NULL,'',11,'2026-12-05 10:35:31.000000','2026-12-06 06:35:34.377009');
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 00:35:31.000000','',NULL,'',12,'2026-12-05 00:35:31.000000','2026-12-06 06:35:34.382344');
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 06:35:31.000000','',NULL,'',13,'2026-12-04 06:35:31.000000','2026-12-06 06:35:34.394261');
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 06:35:31.000000','',NULL,'',14,'2026-12-03 06:35:31.000000','2026-12-06 06:35:34.403547');
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,1,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 06:35:31.351166','2026-12-06 06:35:34.376675');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'available','',1,3,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,4,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 06:35:31.351166','2026-12-06 06:35:32.182098');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 06:35:31.351166','2026-12-06 06:35:34.341950');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 06:35:31.351166','2026-12-06 06:35:33.883967');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'held','',2,38,'2026-12-06 06:35:31.351166','2026-12-06 06:35:34.403303');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 06:35:31.351166','2026-12-06 06:35:32.332196');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 06:35:31.351166','2026-12-06 06:35:32.298212');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 06:35:31.351166','2026-12-06 06:35:34.052232');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 06:35:31.351166','2026-12-06 06:35:32.849419');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 06:35:31.351166','2026-12-06 06:35:32.723292');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 06:35:31.351166','2026-12-06 06:35:31.351166');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 06:35:31.363378','2026-12-06 06:35:34.354780');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 06:35:31.363378','2026-12-06 06:35:32.963283');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 06:35:31.363378','2026-12-06 06:35:33.413275');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 06:35:31.363378','2026-12-06 06:35:34.005722');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 06:35:31.363378','2026-12-06 06:35:33.454885');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 06:35:31.363378','2026-12-06 06:35:31.363378');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.972916');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.500617');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.646088');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'held','',2,282,'2026-12-06 06:35:31.381702','2026-12-06 06:35:34.382168');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 06:35:31.381702','2026-12-06 06:35:32.393375');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 06:35:31.381702','2026-12-06 06:35:32.502153');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'held','',2,312,'2026-12-06 06:35:31.381702','2026-12-06 06:35:34.394005');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.596837');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 06:35:31.381702','2026-12-06 06:35:32.609115');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.551296');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.681183');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 06:35:31.381702','2026-12-06 06:35:33.128354');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 06:35:31.381702','2026-12-06 06:35:34.320148');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 06:35:31.381702','2026-12-06 06:35:34.307405');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 06:35:31.381702','2026-12-06 06:35:31.381702');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 06:35:28.249594','2026-12-06 06:35:28.249603');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 06:35:28.488944','2026-12-06 06:35:28.488951');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 06:35:28.501973','2026-12-06 06:35:28.501978');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 06:35:28.501980','2026-12-06 06:35:28.501981');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 06:35:28.861831','2026-12-06 06:35:28.861835');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 06:35:28.873668','2026-12-06 06:35:28.873671');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 06:35:28.873673','2026-12-06 06:35:28.873674');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 06:35:28.889335','2026-12-06 06:35:28.889338');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 06:35:31.283200','2026-12-06 06:35:31.283202');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 06:35:31.293695','2026-12-06 06:35:31.293697');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 06:35:31.295883','2026-12-06 06:35:31.295885');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 06:35:31.302511','2026-12-06 06:35:31.302512');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 06:35:31.305657','2026-12-06 06:35:31.305659');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$A7rjK7fOKrc8LSD/gVR5aA==$Tj5wt4EmSIaiG6DMS+qOKBhR6GSeUPu3LOpLbXH7mDc=',1,0,NULL,1,1,'2026-12-06 06:35:28.239501','2026-12-06 06:35:28.239508');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$TASKTspLOTrAJ2KoDymBEA==$0m/fNp7Alt70ISGx6YQld0AEALXzjjQVcTgSg4gXd5Y=',1,1,NULL,1,2,'2026-12-06 06:35:28.475986','2026-12-06 06:35:28.475993');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 06:35:28.500703','2026-12-06 06:35:28.500708');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 06:35:28.861225','2026-12-06 06:35:28.861232');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 06:35:28.873110','2026-12-06 06:35:28.873116');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 06:35:28.888914','2026-12-06 06:35:28.888919');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 06:35:31.282875','2026-12-06 06:35:31.282879');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 06:35:31.293378','2026-12-06 06:35:31.293382');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 06:35:31.295597','2026-12-06 06:35:31.295600');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 06:35:31.302253','2026-12-06 06:35:31.302256');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 06:35:31.305393','2026-12-06 06:35:31.305396');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 06:35:28.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 06:35:30.367874','2026-12-06 06:35:30.367879');
INSERT INTO "visits" VALUES(2,'2026-11-16 07:35:28.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 06:35:30.437595','2026-12-06 06:35:30.437597');
INSERT INTO "visits" VALUES(3,'2026-11-16 08:35:28.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 06:35:30.499011','2026-12-06 06:35:30.499014');
INSERT INTO "visits" VALUES(1,'2026-12-04 06:35:28.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 06:35:30.524289','2026-12-06 06:35:30.524293');
INSERT INTO "visits" VALUES(2,'2026-12-04 06:35:28.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 06:35:30.554084','2026-12-06 06:35:30.665064');
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
