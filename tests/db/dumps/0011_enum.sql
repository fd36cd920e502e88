BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0011_enum');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 12:35:45.325314','2026-12-06 12:35:45.325976');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 12:35:45.325979','2026-12-06 12:35:45.325981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 12:35:45.454696','2026-12-06 12:35:45.454700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 12:35:45.454702','2026-12-06 12:35:45.454704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 12:35:45.462974','2026-12-06 12:35:45.462978');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 12:35:45.462980','2026-12-06 12:35:45.462981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 12:35:45.462982','2026-12-06 12:35:45.462983');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 12:35:45.478187','2026-12-06 12:35:45.478192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 12:35:45.479554','2026-12-06 12:35:45.479557');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 12:35:45.494151','2026-12-06 12:35:45.494156');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,11,'2026-12-06 12:35:45.501109','2026-12-06 12:35:45.501114');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-12-06 12:35:45.501116','2026-12-06 12:35:45.501117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 12:35:45.501118','2026-12-06 12:35:45.501119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 12:35:45.833784','2026-12-06 12:35:45.833790');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 12:35:45.833792','2026-12-06 12:35:45.833793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 12:35:45.841668','2026-12-06 12:35:45.841673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 12:35:45.841674','2026-12-06 12:35:45.841675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 12:35:45.841677','2026-12-06 12:35:45.841678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 12:35:45.848836','2026-12-06 12:35:45.848840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 12:35:45.848842','2026-12-06 12:35:45.848843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-16；顾问=2；顺序=1',NULL,21,'2026-12-06 12:35:45.884337','2026-12-06 12:35:45.884340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-16；顾问=4；顺序=2',NULL,22,'2026-12-06 12:35:45.884342','2026-12-06 12:35:45.884343');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-16；顾问=5；顺序=3',NULL,23,'2026-12-06 12:35:45.884344','2026-12-06 12:35:45.884345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 12:35:45 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 12:35:46.706938','2026-12-06 12:35:46.706945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 12:35:46.725160','2026-12-06 12:35:46.725166');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 12:35:45 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 12:35:46.725167','2026-12-06 12:35:46.725168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-16',NULL,27,'2026-12-06 12:35:46.725169','2026-12-06 12:35:46.725170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-16；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 12:35:46.736166','2026-12-06 12:35:46.736171');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'姓名=''曾小贤''；手机号=''139****1111''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''老带新''；认知途径=''''；意向等级=''C 低意向''；推荐人=1；备注=''''；同意告知时间=2026-11-16 13:35:45 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,29,'2026-12-06 12:35:46.770498','2026-12-06 12:35:46.770504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'客户编号=2；新顾问=4；方式=''register''；原因=''''',NULL,30,'2026-12-06 12:35:46.778057','2026-12-06 12:35:46.778062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'客户编号=2；来访时间=2026-11-16 13:35:45 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''老带新''；认知途径=''''；接待顾问=4；备注=''''',NULL,31,'2026-12-06 12:35:46.778064','2026-12-06 12:35:46.778066');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-16',NULL,32,'2026-12-06 12:35:46.778067','2026-12-06 12:35:46.778068');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-16；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,33,'2026-12-06 12:35:46.786684','2026-12-06 12:35:46.786687');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'推荐人=1；被推荐人=2；积分=100；类型=''visit''；说明=''推荐的 曾小贤 首次到访''',NULL,34,'2026-12-06 12:35:46.786689','2026-12-06 12:35:46.786690');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 14:35:45 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-12-06 12:35:46.819957','2026-12-06 12:35:46.819963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-12-06 12:35:46.827486','2026-12-06 12:35:46.827490');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 14:35:45 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-12-06 12:35:46.827491','2026-12-06 12:35:46.827493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-16',NULL,38,'2026-12-06 12:35:46.827494','2026-12-06 12:35:46.827495');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-16；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,39,'2026-12-06 12:35:46.858319','2026-12-06 12:35:46.858322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 12:35:45 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,40,'2026-12-06 12:35:46.872126','2026-12-06 12:35:46.872129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-16 → 2027-01-03',NULL,41,'2026-12-06 12:35:46.872131','2026-12-06 12:35:46.872132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 12:35:45 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,42,'2026-12-06 12:35:46.895693','2026-12-06 12:35:46.895698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'客户编号=4；新顾问=4；方式=''register''；原因=''''',NULL,43,'2026-12-06 12:35:46.903228','2026-12-06 12:35:46.903232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'客户编号=4；来访时间=2026-12-04 12:35:45 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=4；备注=''''',NULL,44,'2026-12-06 12:35:46.903233','2026-12-06 12:35:46.903235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-03',NULL,45,'2026-12-06 12:35:46.903236','2026-12-06 12:35:46.903236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,46,'2026-12-06 12:35:46.928953','2026-12-06 12:35:46.928959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 12:35:45 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,47,'2026-12-06 12:35:46.928960','2026-12-06 12:35:46.928961');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,48,'2026-12-06 12:35:46.928962','2026-12-06 12:35:46.928963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,49,'2026-12-06 12:35:46.937587','2026-12-06 12:35:46.937592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'客户编号=2；原号码=''139****1111''；新号码=''139****3333''；原因=''客户换号''',NULL,50,'2026-12-06 12:35:46.948268','2026-12-06 12:35:46.948273');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'手机号：''139****1111'' → ''139****3333''',NULL,51,'2026-12-06 12:35:46.948274','2026-12-06 12:35:46.948275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'保留客户=2；并入的客户编号=4；并入记录=***；原因=''同一人登记了两次''',NULL,52,'2026-12-06 12:35:46.965332','2026-12-06 12:35:46.965335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'客户编号=2；原号码=''139****4444''；新号码=''139****3333''；原因=''合并客户 4：同一人登记了两次''',NULL,53,'2026-12-06 12:35:46.967393','2026-12-06 12:35:46.967397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-03；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 12:35:45 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,54,'2026-12-06 12:35:47.042675','2026-12-06 12:35:47.042680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'合并客户：编号 4 并入 2','同一人登记了两次',55,'2026-12-06 12:35:47.042682','2026-12-06 12:35:47.042683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,56,'2026-12-06 12:35:47.050615','2026-12-06 12:35:47.050619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,57,'2026-12-06 12:35:47.059335','2026-12-06 12:35:47.059340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,58,'2026-12-06 12:35:47.059342','2026-12-06 12:35:47.059343');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,59,'2026-12-06 12:35:47.059344','2026-12-06 12:35:47.059346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,60,'2026-12-06 12:35:47.059347','2026-12-06 12:35:47.059348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,61,'2026-12-06 12:35:47.075377','2026-12-06 12:35:47.075381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,62,'2026-12-06 12:35:47.075383','2026-12-06 12:35:47.075384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,63,'2026-12-06 12:35:47.075386','2026-12-06 12:35:47.075387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,64,'2026-12-06 12:35:47.075388','2026-12-06 12:35:47.075390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,65,'2026-12-06 12:35:47.089795','2026-12-06 12:35:47.089801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,66,'2026-12-06 12:35:47.100188','2026-12-06 12:35:47.100193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,67,'2026-12-06 12:35:47.107895','2026-12-06 12:35:47.107899');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-06；顾问=4；顺序=1',NULL,68,'2026-12-06 12:35:47.121067','2026-12-06 12:35:47.121071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-06；顾问=2；顺序=2',NULL,69,'2026-12-06 12:35:47.121073','2026-12-06 12:35:47.121074');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-06；顾问=5；顺序=3',NULL,70,'2026-12-06 12:35:47.121075','2026-12-06 12:35:47.121076');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-06；顾问=4；类型=''跳过''；备注=''''',NULL,71,'2026-12-06 12:35:47.130116','2026-12-06 12:35:47.130119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-06；顾问=2；类型=''接待''；备注=''''',NULL,72,'2026-12-06 12:35:47.136909','2026-12-06 12:35:47.136913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,73,'2026-12-06 12:35:47.147555','2026-12-06 12:35:47.147559');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,74,'2026-12-06 12:35:47.162025','2026-12-06 12:35:47.162028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 12:35:45 UTC',NULL,75,'2026-12-06 12:35:47.174281','2026-12-06 12:35:47.174285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,76,'2026-12-06 12:35:47.517563','2026-12-06 12:35:47.517568');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,77,'2026-12-06 12:35:47.517570','2026-12-06 12:35:47.517571');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,78,'2026-12-06 12:35:47.525416','2026-12-06 12:35:47.525421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,79,'2026-12-06 12:35:47.525423','2026-12-06 12:35:47.525424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,80,'2026-12-06 12:35:47.528347','2026-12-06 12:35:47.528350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,81,'2026-12-06 12:35:47.528352','2026-12-06 12:35:47.528353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,82,'2026-12-06 12:35:47.535444','2026-12-06 12:35:47.535447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,83,'2026-12-06 12:35:47.535449','2026-12-06 12:35:47.535450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,84,'2026-12-06 12:35:47.542226','2026-12-06 12:35:47.542229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,85,'2026-12-06 12:35:47.542231','2026-12-06 12:35:47.542232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-20；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-19',NULL,86,'2026-12-06 12:35:47.563953','2026-12-06 12:35:47.563957');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,87,'2026-12-06 12:35:47.589762','2026-12-06 12:35:47.589767');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,88,'2026-12-06 12:35:47.589769','2026-12-06 12:35:47.589770');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,89,'2026-12-06 12:35:47.604142','2026-12-06 12:35:47.604146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 12:35:47.604148','2026-12-06 12:35:47.604149');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-12-06 12:35:47.622585','2026-12-06 12:35:47.622590');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-06 12:35:47.622591','2026-12-06 12:35:47.622592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'项目=1；排号=1；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,93,'2026-12-06 12:35:47.650756','2026-12-06 12:35:47.650760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-21；出纳=8；note=''''；作废原因=''''',NULL,94,'2026-12-06 12:35:47.678990','2026-12-06 12:35:47.678996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,95,'2026-12-06 12:35:47.697766','2026-12-06 12:35:47.697770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-24；出纳=8；note=''''；作废原因=''''',NULL,96,'2026-12-06 12:35:47.709018','2026-12-06 12:35:47.709024');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,97,'2026-12-06 12:35:47.718179','2026-12-06 12:35:47.718183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-28；出纳=8；note=''''；作废原因=''''',NULL,98,'2026-12-06 12:35:47.725646','2026-12-06 12:35:47.725651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'项目=1；排号=4；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,99,'2026-12-06 12:35:47.734626','2026-12-06 12:35:47.734630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-31；出纳=8；note=''''；作废原因=''''',NULL,100,'2026-12-06 12:35:47.745777','2026-12-06 12:35:47.745782');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,101,'2026-12-06 12:35:47.754817','2026-12-06 12:35:47.754821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-04；出纳=8；note=''''；作废原因=''''',NULL,102,'2026-12-06 12:35:47.770132','2026-12-06 12:35:47.770137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'项目=1；排号=6；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,103,'2026-12-06 12:35:47.779251','2026-12-06 12:35:47.779255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-08；出纳=8；note=''''；作废原因=''''',NULL,104,'2026-12-06 12:35:47.790521','2026-12-06 12:35:47.790526');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,105,'2026-12-06 12:35:47.795527','2026-12-06 12:35:47.795531');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-11；出纳=8；note=''''；作废原因=''''',NULL,106,'2026-12-06 12:35:47.806764','2026-12-06 12:35:47.806769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,107,'2026-12-06 12:35:47.815751','2026-12-06 12:35:47.815755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-15 07:00:00 UTC；closed_by_id：（空） → 7',NULL,108,'2026-12-06 12:35:47.835650','2026-12-06 12:35:47.835654');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-16 07:04:00 UTC；closed_by_id：（空） → 8',NULL,109,'2026-12-06 12:35:47.848282','2026-12-06 12:35:47.848287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'房源=22；类型=''选房''；客户=2；认筹号=1；经办人=4；到期时间=2026-06-20 01:06:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,110,'2026-12-06 12:35:47.891381','2026-12-06 12:35:47.891385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,111,'2026-12-06 12:35:47.891387','2026-12-06 12:35:47.891388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,112,'2026-12-06 12:35:47.921509','2026-12-06 12:35:47.921514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,113,'2026-12-06 12:35:47.932843','2026-12-06 12:35:47.932848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''曾小贤''；证件号码=''510104********8791''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-19 01:26:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,114,'2026-12-06 12:35:47.952885','2026-12-06 12:35:47.952891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'释放时间：（空） → 2026-06-19 01:26:00 UTC；释放原因：'''' → ''转认购''',NULL,115,'2026-12-06 12:35:47.952893','2026-12-06 12:35:47.952894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,116,'2026-12-06 12:35:47.955332','2026-12-06 12:35:47.955336');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,117,'2026-12-06 12:35:47.977691','2026-12-06 12:35:47.977694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,118,'2026-12-06 12:35:47.977696','2026-12-06 12:35:47.977697');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,119,'2026-12-06 12:35:47.977698','2026-12-06 12:35:47.977700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-19 01:26:00 UTC；经办人=4；说明=''''',NULL,120,'2026-12-06 12:35:47.977701','2026-12-06 12:35:47.977702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:26:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 1',NULL,121,'2026-12-06 12:35:47.990869','2026-12-06 12:35:47.990874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,122,'2026-12-06 12:35:47.990875','2026-12-06 12:35:47.990876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'风险监测：否 → 是',NULL,123,'2026-12-06 12:35:47.990878','2026-12-06 12:35:47.990879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,124,'2026-12-06 12:35:47.990880','2026-12-06 12:35:47.990881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0602''；经办人=4',NULL,125,'2026-12-06 12:35:47.992449','2026-12-06 12:35:47.992452');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-20 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,126,'2026-12-06 12:35:48.011770','2026-12-06 12:35:48.011774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,127,'2026-12-06 12:35:48.011775','2026-12-06 12:35:48.011776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-19 01:32:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,128,'2026-12-06 12:35:48.040344','2026-12-06 12:35:48.040347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-19 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,129,'2026-12-06 12:35:48.040349','2026-12-06 12:35:48.040350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,130,'2026-12-06 12:35:48.050388','2026-12-06 12:35:48.050392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,131,'2026-12-06 12:35:48.057982','2026-12-06 12:35:48.057987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,132,'2026-12-06 12:35:48.057988','2026-12-06 12:35:48.057989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,133,'2026-12-06 12:35:48.057991','2026-12-06 12:35:48.057992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-19 01:32:00 UTC；经办人=2；说明=''''',NULL,134,'2026-12-06 12:35:48.057993','2026-12-06 12:35:48.057994');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,135,'2026-12-06 12:35:48.068647','2026-12-06 12:35:48.068653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,136,'2026-12-06 12:35:48.068655','2026-12-06 12:35:48.068656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,137,'2026-12-06 12:35:48.068658','2026-12-06 12:35:48.068659');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-20 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,138,'2026-12-06 12:35:48.086401','2026-12-06 12:35:48.086405');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,139,'2026-12-06 12:35:48.086407','2026-12-06 12:35:48.086408');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-19 01:38:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,140,'2026-12-06 12:35:48.112793','2026-12-06 12:35:48.112799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-19 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,141,'2026-12-06 12:35:48.112801','2026-12-06 12:35:48.112802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,142,'2026-12-06 12:35:48.114600','2026-12-06 12:35:48.114603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,143,'2026-12-06 12:35:48.126131','2026-12-06 12:35:48.126135');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,144,'2026-12-06 12:35:48.126137','2026-12-06 12:35:48.126138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,145,'2026-12-06 12:35:48.126139','2026-12-06 12:35:48.126140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-19 01:38:00 UTC；经办人=2；说明=''''',NULL,146,'2026-12-06 12:35:48.126141','2026-12-06 12:35:48.126142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,147,'2026-12-06 12:35:48.132844','2026-12-06 12:35:48.132850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,148,'2026-12-06 12:35:48.132851','2026-12-06 12:35:48.132852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,149,'2026-12-06 12:35:48.132853','2026-12-06 12:35:48.132855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'房源=283；类型=''选房''；客户=2；认筹号=4；经办人=4；到期时间=2026-06-20 01:24:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,150,'2026-12-06 12:35:48.148009','2026-12-06 12:35:48.148013');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,151,'2026-12-06 12:35:48.148014','2026-12-06 12:35:48.148015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''曾小贤''；证件号码=''440305********596X''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-19 01:44:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,152,'2026-12-06 12:35:48.174861','2026-12-06 12:35:48.174865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'释放时间：（空） → 2026-06-19 01:44:00 UTC；释放原因：'''' → ''转认购''',NULL,153,'2026-12-06 12:35:48.174866','2026-12-06 12:35:48.174868');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,154,'2026-12-06 12:35:48.178653','2026-12-06 12:35:48.178658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,155,'2026-12-06 12:35:48.186506','2026-12-06 12:35:48.186510');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,156,'2026-12-06 12:35:48.186512','2026-12-06 12:35:48.186513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,157,'2026-12-06 12:35:48.186514','2026-12-06 12:35:48.186515');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-19 01:44:00 UTC；经办人=4；说明=''''',NULL,158,'2026-12-06 12:35:48.186516','2026-12-06 12:35:48.186517');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,159,'2026-12-06 12:35:48.197328','2026-12-06 12:35:48.197333');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,160,'2026-12-06 12:35:48.197334','2026-12-06 12:35:48.197335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:44:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 4',NULL,161,'2026-12-06 12:35:48.197337','2026-12-06 12:35:48.197338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1105''；经办人=4',NULL,162,'2026-12-06 12:35:48.198794','2026-12-06 12:35:48.198797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'房源=292；类型=''选房''；客户=2；认筹号=6；经办人=4；到期时间=2026-06-20 01:30:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,163,'2026-12-06 12:35:48.217823','2026-12-06 12:35:48.217827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,164,'2026-12-06 12:35:48.217829','2026-12-06 12:35:48.217830');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''曾小贤''；证件号码=''330110********4890''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-19 01:50:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,165,'2026-12-06 12:35:48.240274','2026-12-06 12:35:48.240278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'释放时间：（空） → 2026-06-19 01:50:00 UTC；释放原因：'''' → ''转认购''',NULL,166,'2026-12-06 12:35:48.240280','2026-12-06 12:35:48.240281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,167,'2026-12-06 12:35:48.246201','2026-12-06 12:35:48.246205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,168,'2026-12-06 12:35:48.257828','2026-12-06 12:35:48.257833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,169,'2026-12-06 12:35:48.257834','2026-12-06 12:35:48.257836');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,170,'2026-12-06 12:35:48.257837','2026-12-06 12:35:48.257838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-19 01:50:00 UTC；经办人=4；说明=''''',NULL,171,'2026-12-06 12:35:48.257839','2026-12-06 12:35:48.257840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,172,'2026-12-06 12:35:48.260408','2026-12-06 12:35:48.260412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,173,'2026-12-06 12:35:48.260413','2026-12-06 12:35:48.260414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:50:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 5',NULL,174,'2026-12-06 12:35:48.260415','2026-12-06 12:35:48.260416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1304''；经办人=4',NULL,175,'2026-12-06 12:35:48.266041','2026-12-06 12:35:48.266045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-20 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,176,'2026-12-06 12:35:48.283040','2026-12-06 12:35:48.283044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,177,'2026-12-06 12:35:48.283046','2026-12-06 12:35:48.283047');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-19 01:56:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,178,'2026-12-06 12:35:48.313361','2026-12-06 12:35:48.313367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-19 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,179,'2026-12-06 12:35:48.313369','2026-12-06 12:35:48.313370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,180,'2026-12-06 12:35:48.315076','2026-12-06 12:35:48.315079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,181,'2026-12-06 12:35:48.322549','2026-12-06 12:35:48.322552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,182,'2026-12-06 12:35:48.322554','2026-12-06 12:35:48.322555');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,183,'2026-12-06 12:35:48.322556','2026-12-06 12:35:48.322557');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-19 01:56:00 UTC；经办人=2；说明=''''',NULL,184,'2026-12-06 12:35:48.322558','2026-12-06 12:35:48.322559');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,185,'2026-12-06 12:35:48.333122','2026-12-06 12:35:48.333127');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,186,'2026-12-06 12:35:48.333129','2026-12-06 12:35:48.333130');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,187,'2026-12-06 12:35:48.333131','2026-12-06 12:35:48.333132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,188,'2026-12-06 12:35:48.353167','2026-12-06 12:35:48.353172');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''曾小贤''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,189,'2026-12-06 12:35:48.354279','2026-12-06 12:35:48.354282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-02',NULL,190,'2026-12-06 12:35:48.363671','2026-12-06 12:35:48.363675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''曾小贤''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-02；出纳=8；note=''''；作废原因=''''',NULL,191,'2026-12-06 12:35:48.372829','2026-12-06 12:35:48.372834');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-25 04:46:00 UTC；经办人=7；说明=''''',NULL,192,'2026-12-06 12:35:48.383679','2026-12-06 12:35:48.383683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062513349''；签约时间：（空） → 2026-06-25 04:46:00 UTC',NULL,193,'2026-12-06 12:35:48.383684','2026-12-06 12:35:48.383685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,194,'2026-12-06 12:35:48.392006','2026-12-06 12:35:48.392011');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'交易=1；客户=2；负责人=4；序号=1；计划时间=2026-06-25 04:46:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,195,'2026-12-06 12:35:48.411520','2026-12-06 12:35:48.411524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'交易=1；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,196,'2026-12-06 12:35:48.411525','2026-12-06 12:35:48.411526');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'交易=1；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,197,'2026-12-06 12:35:48.411527','2026-12-06 12:35:48.411528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0001''；经办人=7',NULL,198,'2026-12-06 12:35:48.421696','2026-12-06 12:35:48.421700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-04 02:25:00 UTC；经办人=7；说明=''''',NULL,199,'2026-12-06 12:35:48.430922','2026-12-06 12:35:48.430926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-04',NULL,200,'2026-12-06 12:35:48.430928','2026-12-06 12:35:48.430930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-10 01:07:00 UTC；经办人=10；说明=''''',NULL,201,'2026-12-06 12:35:48.442813','2026-12-06 12:35:48.442817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,202,'2026-12-06 12:35:48.442818','2026-12-06 12:35:48.442819');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-15 04:39:00 UTC；经办人=10；说明=''''',NULL,203,'2026-12-06 12:35:48.450005','2026-12-06 12:35:48.450009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,204,'2026-12-06 12:35:48.450010','2026-12-06 12:35:48.450011');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-25 03:18:00 UTC；经办人=10；说明=''''',NULL,205,'2026-12-06 12:35:48.458088','2026-12-06 12:35:48.458091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,206,'2026-12-06 12:35:48.458093','2026-12-06 12:35:48.458094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-03 03:11:00 UTC；经办人=10；说明=''''',NULL,207,'2026-12-06 12:35:48.469207','2026-12-06 12:35:48.469211');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,208,'2026-12-06 12:35:48.469212','2026-12-06 12:35:48.469213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-19 03:26:00 UTC；经办人=10；说明=''''',NULL,209,'2026-12-06 12:35:48.472178','2026-12-06 12:35:48.472181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,210,'2026-12-06 12:35:48.472182','2026-12-06 12:35:48.472184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-19',NULL,211,'2026-12-06 12:35:48.478610','2026-12-06 12:35:48.478614');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,212,'2026-12-06 12:35:48.479670','2026-12-06 12:35:48.479674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,213,'2026-12-06 12:35:48.516620','2026-12-06 12:35:48.516626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,214,'2026-12-06 12:35:48.516628','2026-12-06 12:35:48.516629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-18；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,215,'2026-12-06 12:35:48.519844','2026-12-06 12:35:48.519848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-18 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,216,'2026-12-06 12:35:48.519850','2026-12-06 12:35:48.519851');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-18 01:35:00 UTC',NULL,217,'2026-12-06 12:35:48.519853','2026-12-06 12:35:48.519854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,218,'2026-12-06 12:35:48.530061','2026-12-06 12:35:48.530065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-24',NULL,219,'2026-12-06 12:35:48.538332','2026-12-06 12:35:48.538336');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''曾小贤''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-24；出纳=8；note=''''；作废原因=''''',NULL,220,'2026-12-06 12:35:48.539370','2026-12-06 12:35:48.539373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,221,'2026-12-06 12:35:48.557622','2026-12-06 12:35:48.557627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,222,'2026-12-06 12:35:48.558687','2026-12-06 12:35:48.558690');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-03',NULL,223,'2026-12-06 12:35:48.572024','2026-12-06 12:35:48.572028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,224,'2026-12-06 12:35:48.581289','2026-12-06 12:35:48.581294');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-22 06:31:00 UTC；经办人=7；说明=''''',NULL,225,'2026-12-06 12:35:48.598074','2026-12-06 12:35:48.598078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062299846''；签约时间：（空） → 2026-06-22 06:31:00 UTC',NULL,226,'2026-12-06 12:35:48.598080','2026-12-06 12:35:48.598082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,227,'2026-12-06 12:35:48.609192','2026-12-06 12:35:48.609198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-22 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,228,'2026-12-06 12:35:48.617916','2026-12-06 12:35:48.617920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,229,'2026-12-06 12:35:48.617922','2026-12-06 12:35:48.617923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,230,'2026-12-06 12:35:48.617924','2026-12-06 12:35:48.617925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-01 06:41:00 UTC；经办人=7；说明=''''',NULL,231,'2026-12-06 12:35:48.629399','2026-12-06 12:35:48.629403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-01',NULL,232,'2026-12-06 12:35:48.629405','2026-12-06 12:35:48.629406');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-06 01:08:00 UTC；经办人=10；说明=''''',NULL,233,'2026-12-06 12:35:48.632320','2026-12-06 12:35:48.632323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,234,'2026-12-06 12:35:48.632325','2026-12-06 12:35:48.632326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-13 03:36:00 UTC；经办人=10；说明=''''',NULL,235,'2026-12-06 12:35:48.640366','2026-12-06 12:35:48.640370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,236,'2026-12-06 12:35:48.640372','2026-12-06 12:35:48.640373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-27 05:58:00 UTC；经办人=10；说明=''''',NULL,237,'2026-12-06 12:35:48.647468','2026-12-06 12:35:48.647471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,238,'2026-12-06 12:35:48.647473','2026-12-06 12:35:48.647474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-06 09:39:00 UTC；经办人=10；说明=''''',NULL,239,'2026-12-06 12:35:48.654522','2026-12-06 12:35:48.654525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,240,'2026-12-06 12:35:48.654527','2026-12-06 12:35:48.654528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-19 05:04:00 UTC；经办人=10；说明=''''',NULL,241,'2026-12-06 12:35:48.665582','2026-12-06 12:35:48.665586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,242,'2026-12-06 12:35:48.665588','2026-12-06 12:35:48.665589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-19',NULL,243,'2026-12-06 12:35:48.667834','2026-12-06 12:35:48.667838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,244,'2026-12-06 12:35:48.673025','2026-12-06 12:35:48.673030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,245,'2026-12-06 12:35:48.693343','2026-12-06 12:35:48.693345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,246,'2026-12-06 12:35:48.693347','2026-12-06 12:35:48.693348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-14；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,247,'2026-12-06 12:35:48.695619','2026-12-06 12:35:48.695624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-14 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,248,'2026-12-06 12:35:48.695625','2026-12-06 12:35:48.695626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-14 05:33:00 UTC',NULL,249,'2026-12-06 12:35:48.695628','2026-12-06 12:35:48.695629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,250,'2026-12-06 12:35:48.701652','2026-12-06 12:35:48.701655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-19',NULL,251,'2026-12-06 12:35:48.704241','2026-12-06 12:35:48.704245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-19；出纳=8；note=''''；作废原因=''''',NULL,252,'2026-12-06 12:35:48.713520','2026-12-06 12:35:48.713524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-19',NULL,253,'2026-12-06 12:35:48.727494','2026-12-06 12:35:48.727498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,254,'2026-12-06 12:35:48.736619','2026-12-06 12:35:48.736625');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-29',NULL,255,'2026-12-06 12:35:48.751232','2026-12-06 12:35:48.751236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,256,'2026-12-06 12:35:48.752258','2026-12-06 12:35:48.752273');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-24 05:15:00 UTC；经办人=7；说明=''''',NULL,257,'2026-12-06 12:35:48.770600','2026-12-06 12:35:48.770604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062487853''；签约时间：（空） → 2026-06-24 05:15:00 UTC',NULL,258,'2026-12-06 12:35:48.770605','2026-12-06 12:35:48.770606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,259,'2026-12-06 12:35:48.781757','2026-12-06 12:35:48.781760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-24 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,260,'2026-12-06 12:35:48.794409','2026-12-06 12:35:48.794412');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-25 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,261,'2026-12-06 12:35:48.794414','2026-12-06 12:35:48.794415');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-26 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,262,'2026-12-06 12:35:48.794416','2026-12-06 12:35:48.794417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-03 08:30:00 UTC；经办人=7；说明=''''',NULL,263,'2026-12-06 12:35:48.801721','2026-12-06 12:35:48.801725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-03',NULL,264,'2026-12-06 12:35:48.801727','2026-12-06 12:35:48.801728');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-08 02:50:00 UTC；经办人=10；说明=''''',NULL,265,'2026-12-06 12:35:48.804376','2026-12-06 12:35:48.804379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,266,'2026-12-06 12:35:48.804381','2026-12-06 12:35:48.804382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-17 01:34:00 UTC；经办人=10；说明=''''',NULL,267,'2026-12-06 12:35:48.820676','2026-12-06 12:35:48.820681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,268,'2026-12-06 12:35:48.820683','2026-12-06 12:35:48.820684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-30 01:54:00 UTC；经办人=10；说明=''''',NULL,269,'2026-12-06 12:35:48.823915','2026-12-06 12:35:48.823920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,270,'2026-12-06 12:35:48.823921','2026-12-06 12:35:48.823922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-06 07:43:00 UTC；经办人=10；说明=''''',NULL,271,'2026-12-06 12:35:48.831101','2026-12-06 12:35:48.831105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,272,'2026-12-06 12:35:48.831107','2026-12-06 12:35:48.831109');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,273,'2026-12-06 12:35:48.839109','2026-12-06 12:35:48.839113');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''曾小贤''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,274,'2026-12-06 12:35:48.840178','2026-12-06 12:35:48.840182');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-28',NULL,275,'2026-12-06 12:35:48.858283','2026-12-06 12:35:48.858289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''曾小贤''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-28；出纳=8；note=''''；作废原因=''''',NULL,276,'2026-12-06 12:35:48.859481','2026-12-06 12:35:48.859486');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-23 08:15:00 UTC；经办人=7；说明=''''',NULL,277,'2026-12-06 12:35:48.877591','2026-12-06 12:35:48.877595');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062356438''；签约时间：（空） → 2026-06-23 08:15:00 UTC',NULL,278,'2026-12-06 12:35:48.877597','2026-12-06 12:35:48.877598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,279,'2026-12-06 12:35:48.880354','2026-12-06 12:35:48.880358');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'交易=4；客户=2；负责人=4；序号=1；计划时间=2026-06-23 08:15:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,280,'2026-12-06 12:35:48.896328','2026-12-06 12:35:48.896333');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'交易=4；客户=2；负责人=4；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,281,'2026-12-06 12:35:48.896334','2026-12-06 12:35:48.896335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'交易=4；客户=2；负责人=4；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,282,'2026-12-06 12:35:48.896337','2026-12-06 12:35:48.896338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0004''；经办人=7',NULL,283,'2026-12-06 12:35:48.898195','2026-12-06 12:35:48.898198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-01 06:59:00 UTC；经办人=7；说明=''''',NULL,284,'2026-12-06 12:35:48.909145','2026-12-06 12:35:48.909151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-01',NULL,285,'2026-12-06 12:35:48.909152','2026-12-06 12:35:48.909154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-08 06:50:00 UTC；经办人=10；说明=''''',NULL,286,'2026-12-06 12:35:48.917299','2026-12-06 12:35:48.917304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,287,'2026-12-06 12:35:48.917306','2026-12-06 12:35:48.917307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-16 07:08:00 UTC；经办人=10；说明=''''',NULL,288,'2026-12-06 12:35:48.928660','2026-12-06 12:35:48.928665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,289,'2026-12-06 12:35:48.928667','2026-12-06 12:35:48.928668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-28 05:51:00 UTC；经办人=10；说明=''''',NULL,290,'2026-12-06 12:35:48.931914','2026-12-06 12:35:48.931918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,291,'2026-12-06 12:35:48.931919','2026-12-06 12:35:48.931920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-06 06:33:00 UTC；经办人=10；说明=''''',NULL,292,'2026-12-06 12:35:48.939279','2026-12-06 12:35:48.939283');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,293,'2026-12-06 12:35:48.939284','2026-12-06 12:35:48.939286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-18 04:47:00 UTC；经办人=10；说明=''''',NULL,294,'2026-12-06 12:35:48.950488','2026-12-06 12:35:48.950492');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,295,'2026-12-06 12:35:48.950493','2026-12-06 12:35:48.950494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-18',NULL,296,'2026-12-06 12:35:48.956881','2026-12-06 12:35:48.956886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-18；出纳=8；note=''''；作废原因=''''',NULL,297,'2026-12-06 12:35:48.958031','2026-12-06 12:35:48.958035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,298,'2026-12-06 12:35:48.980616','2026-12-06 12:35:48.980621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''曾小贤''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,299,'2026-12-06 12:35:48.981807','2026-12-06 12:35:48.981811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-20 03:00:00 UTC',NULL,300,'2026-12-06 12:35:48.991762','2026-12-06 12:35:48.991766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-03',NULL,301,'2026-12-06 12:35:49.002147','2026-12-06 12:35:49.002151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''曾小贤''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,302,'2026-12-06 12:35:49.003241','2026-12-06 12:35:49.003244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-25 02:27:00 UTC；经办人=7；说明=''''',NULL,303,'2026-12-06 12:35:49.016570','2026-12-06 12:35:49.016576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062555680''；签约时间：（空） → 2026-06-25 02:27:00 UTC',NULL,304,'2026-12-06 12:35:49.016578','2026-12-06 12:35:49.016579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,305,'2026-12-06 12:35:49.020058','2026-12-06 12:35:49.020063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'交易=5；客户=2；负责人=4；序号=1；计划时间=2026-06-25 02:27:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,306,'2026-12-06 12:35:49.029385','2026-12-06 12:35:49.029390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'交易=5；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,307,'2026-12-06 12:35:49.029392','2026-12-06 12:35:49.029393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'交易=5；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,308,'2026-12-06 12:35:49.029394','2026-12-06 12:35:49.029395');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0005''；经办人=7',NULL,309,'2026-12-06 12:35:49.031528','2026-12-06 12:35:49.031533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-04 05:56:00 UTC；经办人=7；说明=''''',NULL,310,'2026-12-06 12:35:49.042732','2026-12-06 12:35:49.042736');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-04',NULL,311,'2026-12-06 12:35:49.042738','2026-12-06 12:35:49.042739');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-11 07:20:00 UTC；经办人=10；说明=''''',NULL,312,'2026-12-06 12:35:49.054249','2026-12-06 12:35:49.054253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,313,'2026-12-06 12:35:49.054255','2026-12-06 12:35:49.054257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-19 08:06:00 UTC；经办人=10；说明=''''',NULL,314,'2026-12-06 12:35:49.065675','2026-12-06 12:35:49.065680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,315,'2026-12-06 12:35:49.065681','2026-12-06 12:35:49.065683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-30 03:41:00 UTC；经办人=10；说明=''''',NULL,316,'2026-12-06 12:35:49.077197','2026-12-06 12:35:49.077202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,317,'2026-12-06 12:35:49.077204','2026-12-06 12:35:49.077205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-06 02:23:00 UTC；经办人=10；说明=''''',NULL,318,'2026-12-06 12:35:49.080164','2026-12-06 12:35:49.080168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,319,'2026-12-06 12:35:49.080169','2026-12-06 12:35:49.080171');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-21 08:09:00 UTC；经办人=10；说明=''''',NULL,320,'2026-12-06 12:35:49.091600','2026-12-06 12:35:49.091603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,321,'2026-12-06 12:35:49.091605','2026-12-06 12:35:49.091606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-21',NULL,322,'2026-12-06 12:35:49.106168','2026-12-06 12:35:49.106173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-21；出纳=8；note=''''；作废原因=''''',NULL,323,'2026-12-06 12:35:49.107278','2026-12-06 12:35:49.107282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,324,'2026-12-06 12:35:49.130606','2026-12-06 12:35:49.130610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,325,'2026-12-06 12:35:49.131692','2026-12-06 12:35:49.131696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-04',NULL,326,'2026-12-06 12:35:49.144921','2026-12-06 12:35:49.144927');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,327,'2026-12-06 12:35:49.146005','2026-12-06 12:35:49.146008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-22 04:03:00 UTC；经办人=7；说明=''''',NULL,328,'2026-12-06 12:35:49.155515','2026-12-06 12:35:49.155518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062258361''；签约时间：（空） → 2026-06-22 04:03:00 UTC',NULL,329,'2026-12-06 12:35:49.155520','2026-12-06 12:35:49.155522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,330,'2026-12-06 12:35:49.162671','2026-12-06 12:35:49.162675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-22 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,331,'2026-12-06 12:35:49.171085','2026-12-06 12:35:49.171088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,332,'2026-12-06 12:35:49.171090','2026-12-06 12:35:49.171091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,333,'2026-12-06 12:35:49.171092','2026-12-06 12:35:49.171094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-28 08:30:00 UTC；经办人=7；说明=''''',NULL,334,'2026-12-06 12:35:49.178321','2026-12-06 12:35:49.178325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-28',NULL,335,'2026-12-06 12:35:49.178326','2026-12-06 12:35:49.178328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-02 02:50:00 UTC；经办人=10；说明=''''',NULL,336,'2026-12-06 12:35:49.185657','2026-12-06 12:35:49.185662');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,337,'2026-12-06 12:35:49.185664','2026-12-06 12:35:49.185665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-09 05:29:00 UTC；经办人=10；说明=''''',NULL,338,'2026-12-06 12:35:49.188411','2026-12-06 12:35:49.188414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,339,'2026-12-06 12:35:49.188416','2026-12-06 12:35:49.188417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-20 03:02:00 UTC；经办人=10；说明=''''',NULL,340,'2026-12-06 12:35:49.195297','2026-12-06 12:35:49.195300');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,341,'2026-12-06 12:35:49.195301','2026-12-06 12:35:49.195303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-27 01:36:00 UTC；经办人=10；说明=''''',NULL,342,'2026-12-06 12:35:49.198302','2026-12-06 12:35:49.198304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,343,'2026-12-06 12:35:49.198306','2026-12-06 12:35:49.198308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-09 02:39:00 UTC；经办人=10；说明=''''',NULL,344,'2026-12-06 12:35:49.209042','2026-12-06 12:35:49.209047');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,345,'2026-12-06 12:35:49.209049','2026-12-06 12:35:49.209051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-09',NULL,346,'2026-12-06 12:35:49.211135','2026-12-06 12:35:49.211138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''',NULL,347,'2026-12-06 12:35:49.212094','2026-12-06 12:35:49.212097');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********7434''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-20 04:49:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,348,'2026-12-06 12:35:49.230793','2026-12-06 12:35:49.230797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,349,'2026-12-06 12:35:49.232171','2026-12-06 12:35:49.232174');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,350,'2026-12-06 12:35:49.239588','2026-12-06 12:35:49.239592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-05；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,351,'2026-12-06 12:35:49.239594','2026-12-06 12:35:49.239595');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-19；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,352,'2026-12-06 12:35:49.239596','2026-12-06 12:35:49.239597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-20 04:49:00 UTC；经办人=4；说明=''''',NULL,353,'2026-12-06 12:35:49.239599','2026-12-06 12:35:49.239600');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1703''；经办人=4',NULL,354,'2026-12-06 12:35:49.249589','2026-12-06 12:35:49.249592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-20',NULL,355,'2026-12-06 12:35:49.260561','2026-12-06 12:35:49.260566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,356,'2026-12-06 12:35:49.261797','2026-12-06 12:35:49.261800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,357,'2026-12-06 12:35:49.281342','2026-12-06 12:35:49.281346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''曾小贤''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,358,'2026-12-06 12:35:49.282406','2026-12-06 12:35:49.282409');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-21 08:53:00 UTC；经办人=7；说明=''''',NULL,359,'2026-12-06 12:35:49.300383','2026-12-06 12:35:49.300388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112181882''；签约时间：（空） → 2026-11-21 08:53:00 UTC',NULL,360,'2026-12-06 12:35:49.300391','2026-12-06 12:35:49.300392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,361,'2026-12-06 12:35:49.312181','2026-12-06 12:35:49.312186');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'交易=7；客户=2；负责人=4；序号=1；计划时间=2026-11-21 08:53:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,362,'2026-12-06 12:35:49.333598','2026-12-06 12:35:49.333604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'交易=7；客户=2；负责人=4；序号=2；计划时间=2026-11-22 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,363,'2026-12-06 12:35:49.333605','2026-12-06 12:35:49.333606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'交易=7；客户=2；负责人=4；序号=3；计划时间=2026-11-23 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,364,'2026-12-06 12:35:49.333608','2026-12-06 12:35:49.333609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0007''；经办人=7',NULL,365,'2026-12-06 12:35:49.335797','2026-12-06 12:35:49.335802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-01 06:06:00 UTC；经办人=7；说明=''''',NULL,366,'2026-12-06 12:35:49.343070','2026-12-06 12:35:49.343075');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-01',NULL,367,'2026-12-06 12:35:49.343076','2026-12-06 12:35:49.343078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-04 04:57:00 UTC；经办人=10；说明=''''',NULL,368,'2026-12-06 12:35:49.348088','2026-12-06 12:35:49.348093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,369,'2026-12-06 12:35:49.348094','2026-12-06 12:35:49.348095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********800X''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-02 02:43:00 UTC；签约期限=2026-11-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,370,'2026-12-06 12:35:49.368924','2026-12-06 12:35:49.368930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,371,'2026-12-06 12:35:49.370532','2026-12-06 12:35:49.370534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,372,'2026-12-06 12:35:49.377871','2026-12-06 12:35:49.377876');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-02；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,373,'2026-12-06 12:35:49.377878','2026-12-06 12:35:49.377879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-02 02:43:00 UTC；经办人=4；说明=''''',NULL,374,'2026-12-06 12:35:49.377880','2026-12-06 12:35:49.377881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1604''；经办人=4',NULL,375,'2026-12-06 12:35:49.379804','2026-12-06 12:35:49.379807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-02',NULL,376,'2026-12-06 12:35:49.387193','2026-12-06 12:35:49.387197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-02；出纳=8；note=''''；作废原因=''''',NULL,377,'2026-12-06 12:35:49.388265','2026-12-06 12:35:49.388269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-06 07:03:00 UTC；经办人=7；说明=''''',NULL,378,'2026-12-06 12:35:49.402865','2026-12-06 12:35:49.402869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110650101''；签约时间：（空） → 2026-11-06 07:03:00 UTC',NULL,379,'2026-12-06 12:35:49.402871','2026-12-06 12:35:49.402872');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,380,'2026-12-06 12:35:49.410134','2026-12-06 12:35:49.410138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'交易=8；客户=2；负责人=4；序号=1；计划时间=2026-11-06 07:03:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,381,'2026-12-06 12:35:49.419389','2026-12-06 12:35:49.419393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'交易=8；客户=2；负责人=4；序号=2；计划时间=2026-11-07 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,382,'2026-12-06 12:35:49.419395','2026-12-06 12:35:49.419396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'交易=8；客户=2；负责人=4；序号=3；计划时间=2026-11-08 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,383,'2026-12-06 12:35:49.419397','2026-12-06 12:35:49.419399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0008''；经办人=7',NULL,384,'2026-12-06 12:35:49.429678','2026-12-06 12:35:49.429681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-12 04:11:00 UTC；经办人=7；说明=''''',NULL,385,'2026-12-06 12:35:49.440846','2026-12-06 12:35:49.440851');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-12',NULL,386,'2026-12-06 12:35:49.440853','2026-12-06 12:35:49.440854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,387,'2026-12-06 12:35:49.449451','2026-12-06 12:35:49.449456');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,388,'2026-12-06 12:35:49.449458','2026-12-06 12:35:49.449459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-15；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,389,'2026-12-06 12:35:49.472904','2026-12-06 12:35:49.472911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-15；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,390,'2026-12-06 12:35:49.472913','2026-12-06 12:35:49.472914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-15 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,391,'2026-12-06 12:35:49.472915','2026-12-06 12:35:49.472916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-15 09:40:00 UTC',NULL,392,'2026-12-06 12:35:49.472917','2026-12-06 12:35:49.472918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,393,'2026-12-06 12:35:49.475273','2026-12-06 12:35:49.475279');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-18',NULL,394,'2026-12-06 12:35:49.482646','2026-12-06 12:35:49.482651');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''曾小贤''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,395,'2026-12-06 12:35:49.483790','2026-12-06 12:35:49.483794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-16',NULL,396,'2026-12-06 12:35:49.488132','2026-12-06 12:35:49.488136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''曾小贤''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,397,'2026-12-06 12:35:49.493422','2026-12-06 12:35:49.493427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-28 09:34:00 UTC；签约期限=2026-11-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,398,'2026-12-06 12:35:49.517962','2026-12-06 12:35:49.517968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,399,'2026-12-06 12:35:49.519736','2026-12-06 12:35:49.519741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-28；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,400,'2026-12-06 12:35:49.527183','2026-12-06 12:35:49.527188');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-27；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,401,'2026-12-06 12:35:49.527189','2026-12-06 12:35:49.527190');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-28 09:34:00 UTC；经办人=2；说明=''''',NULL,402,'2026-12-06 12:35:49.527192','2026-12-06 12:35:49.527193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-28',NULL,403,'2026-12-06 12:35:49.535437','2026-12-06 12:35:49.535442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-28；出纳=8；note=''''；作废原因=''''',NULL,404,'2026-12-06 12:35:49.540766','2026-12-06 12:35:49.540770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-10-31 08:14:00 UTC；经办人=7；说明=''''',NULL,405,'2026-12-06 12:35:49.547131','2026-12-06 12:35:49.547134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126103168856''；签约时间：（空） → 2026-10-31 08:14:00 UTC',NULL,406,'2026-12-06 12:35:49.547136','2026-12-06 12:35:49.547137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,407,'2026-12-06 12:35:49.550087','2026-12-06 12:35:49.550091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-31 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,408,'2026-12-06 12:35:49.558600','2026-12-06 12:35:49.558603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,409,'2026-12-06 12:35:49.558604','2026-12-06 12:35:49.558605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,410,'2026-12-06 12:35:49.558607','2026-12-06 12:35:49.558607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-10 02:08:00 UTC；经办人=7；说明=''''',NULL,411,'2026-12-06 12:35:49.573585','2026-12-06 12:35:49.573590');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-10',NULL,412,'2026-12-06 12:35:49.573592','2026-12-06 12:35:49.573593');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,413,'2026-12-06 12:35:49.587583','2026-12-06 12:35:49.587587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,414,'2026-12-06 12:35:49.587588','2026-12-06 12:35:49.587589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-13；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,415,'2026-12-06 12:35:49.598317','2026-12-06 12:35:49.598323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-13 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,416,'2026-12-06 12:35:49.598324','2026-12-06 12:35:49.598326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-13 08:05:00 UTC',NULL,417,'2026-12-06 12:35:49.598327','2026-12-06 12:35:49.598328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,418,'2026-12-06 12:35:49.600439','2026-12-06 12:35:49.600443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-19',NULL,419,'2026-12-06 12:35:49.611548','2026-12-06 12:35:49.611552');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,420,'2026-12-06 12:35:49.612410','2026-12-06 12:35:49.612413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-29 08:36:00 UTC；签约期限=2026-09-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,421,'2026-12-06 12:35:49.640962','2026-12-06 12:35:49.640968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,422,'2026-12-06 12:35:49.642503','2026-12-06 12:35:49.642506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-29；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,423,'2026-12-06 12:35:49.653605','2026-12-06 12:35:49.653609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-28；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,424,'2026-12-06 12:35:49.653611','2026-12-06 12:35:49.653612');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-29 08:36:00 UTC；经办人=2；说明=''''',NULL,425,'2026-12-06 12:35:49.653614','2026-12-06 12:35:49.653615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-29',NULL,426,'2026-12-06 12:35:49.665382','2026-12-06 12:35:49.665387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-29；出纳=8；note=''''；作废原因=''''',NULL,427,'2026-12-06 12:35:49.666518','2026-12-06 12:35:49.666522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-22',NULL,428,'2026-12-06 12:35:49.680129','2026-12-06 12:35:49.680133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-22；出纳=8；note=''''；作废原因=''''',NULL,429,'2026-12-06 12:35:49.689448','2026-12-06 12:35:49.689453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-30 05:49:00 UTC；经办人=7；说明=''''',NULL,430,'2026-12-06 12:35:49.703378','2026-12-06 12:35:49.703381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083019420''；签约时间：（空） → 2026-08-30 05:49:00 UTC',NULL,431,'2026-12-06 12:35:49.703383','2026-12-06 12:35:49.703384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,432,'2026-12-06 12:35:49.710687','2026-12-06 12:35:49.710691');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-30 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,433,'2026-12-06 12:35:49.719470','2026-12-06 12:35:49.719474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-31 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,434,'2026-12-06 12:35:49.719475','2026-12-06 12:35:49.719476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-01 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,435,'2026-12-06 12:35:49.719477','2026-12-06 12:35:49.719479');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-07 07:48:00 UTC；经办人=7；说明=''''',NULL,436,'2026-12-06 12:35:49.726844','2026-12-06 12:35:49.726847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-07',NULL,437,'2026-12-06 12:35:49.726849','2026-12-06 12:35:49.726850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-30 06:41:00 UTC；签约期限=2026-10-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,438,'2026-12-06 12:35:49.747479','2026-12-06 12:35:49.747483');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,439,'2026-12-06 12:35:49.757192','2026-12-06 12:35:49.757197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-09-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,440,'2026-12-06 12:35:49.760413','2026-12-06 12:35:49.760417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-15；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,441,'2026-12-06 12:35:49.760419','2026-12-06 12:35:49.760420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-29；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,442,'2026-12-06 12:35:49.760421','2026-12-06 12:35:49.760422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-09-30 06:41:00 UTC；经办人=2；说明=''''',NULL,443,'2026-12-06 12:35:49.760423','2026-12-06 12:35:49.760424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-30',NULL,444,'2026-12-06 12:35:49.772291','2026-12-06 12:35:49.772294');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-30；出纳=8；note=''''；作废原因=''''',NULL,445,'2026-12-06 12:35:49.781603','2026-12-06 12:35:49.781608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-10',NULL,446,'2026-12-06 12:35:49.794942','2026-12-06 12:35:49.794945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-10；出纳=8；note=''''；作废原因=''''',NULL,447,'2026-12-06 12:35:49.795947','2026-12-06 12:35:49.795950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-03 08:51:00 UTC；经办人=7；说明=''''',NULL,448,'2026-12-06 12:35:49.819413','2026-12-06 12:35:49.819417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100323964''；签约时间：（空） → 2026-10-03 08:51:00 UTC',NULL,449,'2026-12-06 12:35:49.819418','2026-12-06 12:35:49.819419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,450,'2026-12-06 12:35:49.830618','2026-12-06 12:35:49.830621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-03 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,451,'2026-12-06 12:35:49.845240','2026-12-06 12:35:49.845244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-04 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,452,'2026-12-06 12:35:49.845246','2026-12-06 12:35:49.845247');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-05 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,453,'2026-12-06 12:35:49.845248','2026-12-06 12:35:49.845249');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-12 09:08:00 UTC；经办人=7；说明=''''',NULL,454,'2026-12-06 12:35:49.848421','2026-12-06 12:35:49.848424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-12',NULL,455,'2026-12-06 12:35:49.848426','2026-12-06 12:35:49.848427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-17 02:19:00 UTC；经办人=10；说明=''''',NULL,456,'2026-12-06 12:35:49.855431','2026-12-06 12:35:49.855434');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,457,'2026-12-06 12:35:49.855436','2026-12-06 12:35:49.855437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-23 03:16:00 UTC；经办人=10；说明=''''',NULL,458,'2026-12-06 12:35:49.862385','2026-12-06 12:35:49.862388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,459,'2026-12-06 12:35:49.862390','2026-12-06 12:35:49.862391');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-05 06:18:00 UTC；经办人=10；说明=''''',NULL,460,'2026-12-06 12:35:49.869356','2026-12-06 12:35:49.869360');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,461,'2026-12-06 12:35:49.869361','2026-12-06 12:35:49.869362');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-11 02:34:00 UTC；经办人=10；说明=''''',NULL,462,'2026-12-06 12:35:49.872212','2026-12-06 12:35:49.872215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,463,'2026-12-06 12:35:49.872217','2026-12-06 12:35:49.872218');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-27 01:01:00 UTC；经办人=10；说明=''''',NULL,464,'2026-12-06 12:35:49.879237','2026-12-06 12:35:49.879240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,465,'2026-12-06 12:35:49.879242','2026-12-06 12:35:49.879243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-27',NULL,466,'2026-12-06 12:35:49.885628','2026-12-06 12:35:49.885633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,467,'2026-12-06 12:35:49.886684','2026-12-06 12:35:49.886688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,468,'2026-12-06 12:35:49.902099','2026-12-06 12:35:49.902104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,469,'2026-12-06 12:35:49.902106','2026-12-06 12:35:49.902107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-30；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,470,'2026-12-06 12:35:49.910191','2026-12-06 12:35:49.910196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-30；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,471,'2026-12-06 12:35:49.910197','2026-12-06 12:35:49.910198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-11-30 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,472,'2026-12-06 12:35:49.910200','2026-12-06 12:35:49.910201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-30 06:27:00 UTC',NULL,473,'2026-12-06 12:35:49.910202','2026-12-06 12:35:49.910203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,474,'2026-12-06 12:35:49.912120','2026-12-06 12:35:49.912123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-30',NULL,475,'2026-12-06 12:35:49.922869','2026-12-06 12:35:49.922873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,476,'2026-12-06 12:35:49.923901','2026-12-06 12:35:49.923904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-03',NULL,477,'2026-12-06 12:35:49.949106','2026-12-06 12:35:49.949111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,478,'2026-12-06 12:35:49.950206','2026-12-06 12:35:49.950209');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-25 06:33:00 UTC；签约期限=2026-12-02；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,479,'2026-12-06 12:35:49.983106','2026-12-06 12:35:49.983110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,480,'2026-12-06 12:35:49.990484','2026-12-06 12:35:49.990489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-25；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,481,'2026-12-06 12:35:49.998033','2026-12-06 12:35:49.998037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-10；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,482,'2026-12-06 12:35:49.998039','2026-12-06 12:35:49.998040');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-23；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,483,'2026-12-06 12:35:49.998041','2026-12-06 12:35:49.998042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-25 06:33:00 UTC；经办人=2；说明=''''',NULL,484,'2026-12-06 12:35:49.998043','2026-12-06 12:35:49.998044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-25',NULL,485,'2026-12-06 12:35:50.005862','2026-12-06 12:35:50.005867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,486,'2026-12-06 12:35:50.006919','2026-12-06 12:35:50.006922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''510104********0497''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-26 05:29:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,487,'2026-12-06 12:35:50.030030','2026-12-06 12:35:50.030035');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,488,'2026-12-06 12:35:50.031486','2026-12-06 12:35:50.031489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,489,'2026-12-06 12:35:50.047044','2026-12-06 12:35:50.047048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,490,'2026-12-06 12:35:50.047049','2026-12-06 12:35:50.047050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-25；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,491,'2026-12-06 12:35:50.047052','2026-12-06 12:35:50.047053');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-26 05:29:00 UTC；经办人=4；说明=''''',NULL,492,'2026-12-06 12:35:50.047054','2026-12-06 12:35:50.047055');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋0804''；经办人=4',NULL,493,'2026-12-06 12:35:50.057077','2026-12-06 12:35:50.057082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-26',NULL,494,'2026-12-06 12:35:50.060185','2026-12-06 12:35:50.060189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''曾小贤''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,495,'2026-12-06 12:35:50.069480','2026-12-06 12:35:50.069485');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-29 04:52:00 UTC；签约期限=2026-12-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,496,'2026-12-06 12:35:50.096439','2026-12-06 12:35:50.096444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,497,'2026-12-06 12:35:50.106211','2026-12-06 12:35:50.106215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-29；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,498,'2026-12-06 12:35:50.117632','2026-12-06 12:35:50.117636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-14；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,499,'2026-12-06 12:35:50.117638','2026-12-06 12:35:50.117639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-28；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,500,'2026-12-06 12:35:50.117640','2026-12-06 12:35:50.117642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-29 04:52:00 UTC；经办人=2；说明=''''',NULL,501,'2026-12-06 12:35:50.117643','2026-12-06 12:35:50.117644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-29',NULL,502,'2026-12-06 12:35:50.129499','2026-12-06 12:35:50.129504');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-29；出纳=8；note=''''；作废原因=''''',NULL,503,'2026-12-06 12:35:50.130588','2026-12-06 12:35:50.130591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-30 06:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,504,'2026-12-06 12:35:50.147200','2026-12-06 12:35:50.147203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,505,'2026-12-06 12:35:50.148218','2026-12-06 12:35:50.148220');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,506,'2026-12-06 12:35:50.157812','2026-12-06 12:35:50.157815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,507,'2026-12-06 12:35:50.157817','2026-12-06 12:35:50.157817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,508,'2026-12-06 12:35:50.157818','2026-12-06 12:35:50.157819');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-11-30 06:52:00 UTC；经办人=2；说明=''''',NULL,509,'2026-12-06 12:35:50.157819','2026-12-06 12:35:50.157820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-30',NULL,510,'2026-12-06 12:35:50.160307','2026-12-06 12:35:50.160310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,511,'2026-12-06 12:35:50.168030','2026-12-06 12:35:50.168034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-01 03:00:00 UTC',NULL,512,'2026-12-06 12:35:50.171754','2026-12-06 12:35:50.171756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-01 09:25:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,513,'2026-12-06 12:35:50.181430','2026-12-06 12:35:50.181433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,514,'2026-12-06 12:35:50.182439','2026-12-06 12:35:50.182441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,515,'2026-12-06 12:35:50.184359','2026-12-06 12:35:50.184362');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-31；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,516,'2026-12-06 12:35:50.184363','2026-12-06 12:35:50.184363');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-01 09:25:00 UTC；经办人=2；说明=''''',NULL,517,'2026-12-06 12:35:50.184364','2026-12-06 12:35:50.184365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-01',NULL,518,'2026-12-06 12:35:50.199241','2026-12-06 12:35:50.199243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,519,'2026-12-06 12:35:50.199977','2026-12-06 12:35:50.199979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-02 07:30:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,520,'2026-12-06 12:35:50.221287','2026-12-06 12:35:50.221293');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,521,'2026-12-06 12:35:50.222999','2026-12-06 12:35:50.223004');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,522,'2026-12-06 12:35:50.234663','2026-12-06 12:35:50.234667');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-17；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,523,'2026-12-06 12:35:50.234669','2026-12-06 12:35:50.234670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-31；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,524,'2026-12-06 12:35:50.234671','2026-12-06 12:35:50.234672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-02 07:30:00 UTC；经办人=2；说明=''''',NULL,525,'2026-12-06 12:35:50.234674','2026-12-06 12:35:50.234675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-02',NULL,526,'2026-12-06 12:35:50.242922','2026-12-06 12:35:50.242927');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,527,'2026-12-06 12:35:50.244086','2026-12-06 12:35:50.244090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-03 03:00:00 UTC',NULL,528,'2026-12-06 12:35:50.267869','2026-12-06 12:35:50.267874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********5133''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-03 02:20:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,529,'2026-12-06 12:35:50.292614','2026-12-06 12:35:50.292620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,530,'2026-12-06 12:35:50.294470','2026-12-06 12:35:50.294475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,531,'2026-12-06 12:35:50.302366','2026-12-06 12:35:50.302373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,532,'2026-12-06 12:35:50.302377','2026-12-06 12:35:50.302379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,533,'2026-12-06 12:35:50.302381','2026-12-06 12:35:50.302382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-03 02:20:00 UTC；经办人=4；说明=''''',NULL,534,'2026-12-06 12:35:50.302383','2026-12-06 12:35:50.302384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0901''；经办人=4',NULL,535,'2026-12-06 12:35:50.304420','2026-12-06 12:35:50.304424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-03',NULL,536,'2026-12-06 12:35:50.312011','2026-12-06 12:35:50.312016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''曾小贤''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,537,'2026-12-06 12:35:50.317339','2026-12-06 12:35:50.317344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-04 04:51:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,538,'2026-12-06 12:35:50.341422','2026-12-06 12:35:50.341428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,539,'2026-12-06 12:35:50.343091','2026-12-06 12:35:50.343096');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,540,'2026-12-06 12:35:50.350671','2026-12-06 12:35:50.350676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,541,'2026-12-06 12:35:50.350678','2026-12-06 12:35:50.350679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,542,'2026-12-06 12:35:50.350680','2026-12-06 12:35:50.350681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-04 04:51:00 UTC；经办人=2；说明=''''',NULL,543,'2026-12-06 12:35:50.350683','2026-12-06 12:35:50.350684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-04',NULL,544,'2026-12-06 12:35:50.359615','2026-12-06 12:35:50.359619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,545,'2026-12-06 12:35:50.364946','2026-12-06 12:35:50.364951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-05 02:05:00 UTC；经办人=7；说明=''''',NULL,546,'2026-12-06 12:35:50.371307','2026-12-06 12:35:50.371312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120520190''；签约时间：（空） → 2026-12-05 02:05:00 UTC',NULL,547,'2026-12-06 12:35:50.371314','2026-12-06 12:35:50.371315');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,548,'2026-12-06 12:35:50.380390','2026-12-06 12:35:50.380396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-05 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,549,'2026-12-06 12:35:50.386303','2026-12-06 12:35:50.386309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-06 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,550,'2026-12-06 12:35:50.386311','2026-12-06 12:35:50.386312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-07 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,551,'2026-12-06 12:35:50.386313','2026-12-06 12:35:50.386314');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''330106********7717''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-05 06:59:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,552,'2026-12-06 12:35:50.399263','2026-12-06 12:35:50.399268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,553,'2026-12-06 12:35:50.413038','2026-12-06 12:35:50.413043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,554,'2026-12-06 12:35:50.424833','2026-12-06 12:35:50.424839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,555,'2026-12-06 12:35:50.424840','2026-12-06 12:35:50.424842');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,556,'2026-12-06 12:35:50.424843','2026-12-06 12:35:50.424844');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-05 06:59:00 UTC；经办人=4；说明=''''',NULL,557,'2026-12-06 12:35:50.424846','2026-12-06 12:35:50.424847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 2栋1单元1802''；经办人=4',NULL,558,'2026-12-06 12:35:50.426994','2026-12-06 12:35:50.426999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-05',NULL,559,'2026-12-06 12:35:50.438707','2026-12-06 12:35:50.438714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,560,'2026-12-06 12:35:50.439900','2026-12-06 12:35:50.439905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 09:33:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,561,'2026-12-06 12:35:50.471972','2026-12-06 12:35:50.471977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,562,'2026-12-06 12:35:50.485887','2026-12-06 12:35:50.485891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,563,'2026-12-06 12:35:50.497300','2026-12-06 12:35:50.497306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,564,'2026-12-06 12:35:50.497308','2026-12-06 12:35:50.497309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-06；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,565,'2026-12-06 12:35:50.497310','2026-12-06 12:35:50.497311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 09:33:00 UTC；经办人=2；说明=''''',NULL,566,'2026-12-06 12:35:50.497313','2026-12-06 12:35:50.497313');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,567,'2026-12-06 12:35:50.509148','2026-12-06 12:35:50.509154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,568,'2026-12-06 12:35:50.510266','2026-12-06 12:35:50.510269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 12:35:47 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,569,'2026-12-06 12:35:50.535964','2026-12-06 12:35:50.535970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,570,'2026-12-06 12:35:50.545287','2026-12-06 12:35:50.545292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-12-06 12:35:50.569666','2026-12-06 12:35:50.569670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 12:35:50.571461','2026-12-06 12:35:50.571465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 12:35:50.581334','2026-12-06 12:35:50.581338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 12:35:50.583059','2026-12-06 12:35:50.583062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 12:35:50.592982','2026-12-06 12:35:50.592988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 12:35:50.594745','2026-12-06 12:35:50.594749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 12:35:50.600603','2026-12-06 12:35:50.600608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 12:35:50.604791','2026-12-06 12:35:50.604796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 12:35:50.606585','2026-12-06 12:35:50.606589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 12:35:50.608228','2026-12-06 12:35:50.608233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 12:35:50.614162','2026-12-06 12:35:50.614166');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 12:35:50.615880','2026-12-06 12:35:50.615884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 12:35:50.621787','2026-12-06 12:35:50.621792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 12:35:50.623546','2026-12-06 12:35:50.623550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 12:35:50.629411','2026-12-06 12:35:50.629416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 12:35:50.631163','2026-12-06 12:35:50.631167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 12:35:50.641326','2026-12-06 12:35:50.641330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 12:35:50.643074','2026-12-06 12:35:50.643078');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 12:35:50.652913','2026-12-06 12:35:50.652918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 12:35:50.654726','2026-12-06 12:35:50.654729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 12:35:50.656395','2026-12-06 12:35:50.656398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 12:35:50.666300','2026-12-06 12:35:50.666304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 12:35:50.672570','2026-12-06 12:35:50.672576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 12:35:50.674518','2026-12-06 12:35:50.674521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 12:35:50.676170','2026-12-06 12:35:50.676173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 12:35:50.686038','2026-12-06 12:35:50.686042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 12:35:50.687762','2026-12-06 12:35:50.687766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 12:35:50.697572','2026-12-06 12:35:50.697576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 12:35:50.699312','2026-12-06 12:35:50.699316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 12:35:50.705169','2026-12-06 12:35:50.705173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 12:35:50.706958','2026-12-06 12:35:50.706962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 12:35:50.716774','2026-12-06 12:35:50.716779');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 12:35:50.721061','2026-12-06 12:35:50.721065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 12:35:50.723401','2026-12-06 12:35:50.723406');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-11 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 12:35:50.729535','2026-12-06 12:35:50.729540');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 12:35:50.731369','2026-12-06 12:35:50.731373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 12:35:50.737193','2026-12-06 12:35:50.737197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 12:35:50.739044','2026-12-06 12:35:50.739047');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 12:35:50.744891','2026-12-06 12:35:50.744896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 12:35:50.746664','2026-12-06 12:35:50.746668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 12:35:50.748431','2026-12-06 12:35:50.748435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 12:35:50.754379','2026-12-06 12:35:50.754382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 12:35:50.756136','2026-12-06 12:35:50.756140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 12:35:50.761981','2026-12-06 12:35:50.761985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 12:35:50.763663','2026-12-06 12:35:50.763666');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-06 12:35:50.769625','2026-12-06 12:35:50.769630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,617,'2026-12-06 12:35:50.779666','2026-12-06 12:35:50.779671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,618,'2026-12-06 12:35:50.779673','2026-12-06 12:35:50.779674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,619,'2026-12-06 12:35:50.802247','2026-12-06 12:35:50.802252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,620,'2026-12-06 12:35:50.802254','2026-12-06 12:35:50.802255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'房源=24；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-07 10:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,621,'2026-12-06 12:35:50.822605','2026-12-06 12:35:50.822610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,622,'2026-12-06 12:35:50.822612','2026-12-06 12:35:50.822613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 07:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,623,'2026-12-06 12:35:50.844934','2026-12-06 12:35:50.844940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,624,'2026-12-06 12:35:50.844941','2026-12-06 12:35:50.844942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 16:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,625,'2026-12-06 12:35:50.859412','2026-12-06 12:35:50.859418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,626,'2026-12-06 12:35:50.859420','2026-12-06 12:35:50.859421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'房源=282；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-06 06:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,627,'2026-12-06 12:35:50.881317','2026-12-06 12:35:50.881324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,628,'2026-12-06 12:35:50.881327','2026-12-06 12:35:50.881328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'房源=312；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-05 12:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,629,'2026-12-06 12:35:50.894874','2026-12-06 12:35:50.894878');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,630,'2026-12-06 12:35:50.894880','2026-12-06 12:35:50.894881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'房源=38；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-04 12:35:47 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,631,'2026-12-06 12:35:50.908266','2026-12-06 12:35:50.908269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,632,'2026-12-06 12:35:50.908271','2026-12-06 12:35:50.908272');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'完成时间：（空） → 2026-06-25 04:53:00 UTC；完成人：（空） → 4',NULL,633,'2026-12-06 12:35:50.930586','2026-12-06 12:35:50.930590');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,634,'2026-12-06 12:35:50.932366','2026-12-06 12:35:50.932370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,635,'2026-12-06 12:35:50.942093','2026-12-06 12:35:50.942096');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-22 06:38:00 UTC；完成人：（空） → 2',NULL,636,'2026-12-06 12:35:50.943484','2026-12-06 12:35:50.943487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 12:35:50.953073','2026-12-06 12:35:50.953077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 12:35:50.954574','2026-12-06 12:35:50.954576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-24 05:22:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 12:35:50.955988','2026-12-06 12:35:50.955991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-25 02:07:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 12:35:50.965653','2026-12-06 12:35:50.965656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-26 10:37:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-06 12:35:50.967090','2026-12-06 12:35:50.967093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'完成时间：（空） → 2026-06-23 08:22:00 UTC；完成人：（空） → 4',NULL,642,'2026-12-06 12:35:50.968469','2026-12-06 12:35:50.968472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 4',NULL,643,'2026-12-06 12:35:50.978232','2026-12-06 12:35:50.978235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 4',NULL,644,'2026-12-06 12:35:50.979602','2026-12-06 12:35:50.979605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'完成时间：（空） → 2026-06-25 02:34:00 UTC；完成人：（空） → 4',NULL,645,'2026-12-06 12:35:50.985195','2026-12-06 12:35:50.985199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,646,'2026-12-06 12:35:50.986740','2026-12-06 12:35:50.986743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,647,'2026-12-06 12:35:50.988132','2026-12-06 12:35:50.988135');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-22 04:10:00 UTC；完成人：（空） → 2',NULL,648,'2026-12-06 12:35:50.992222','2026-12-06 12:35:50.992225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 12:35:50.997840','2026-12-06 12:35:50.997843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-06 12:35:50.999203','2026-12-06 12:35:50.999206');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'完成时间：（空） → 2026-11-21 09:00:00 UTC；完成人：（空） → 4',NULL,651,'2026-12-06 12:35:51.004634','2026-12-06 12:35:51.004638');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'完成时间：（空） → 2026-11-22 02:07:00 UTC；完成人：（空） → 4',NULL,652,'2026-12-06 12:35:51.006160','2026-12-06 12:35:51.006162');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'完成时间：（空） → 2026-11-23 10:37:00 UTC；完成人：（空） → 4',NULL,653,'2026-12-06 12:35:51.007503','2026-12-06 12:35:51.007506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'完成时间：（空） → 2026-11-06 07:10:00 UTC；完成人：（空） → 4',NULL,654,'2026-12-06 12:35:51.013043','2026-12-06 12:35:51.013048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'完成时间：（空） → 2026-11-07 02:07:00 UTC；完成人：（空） → 4',NULL,655,'2026-12-06 12:35:51.014534','2026-12-06 12:35:51.014537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'完成时间：（空） → 2026-11-08 10:37:00 UTC；完成人：（空） → 4',NULL,656,'2026-12-06 12:35:51.015941','2026-12-06 12:35:51.015945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-31 08:21:00 UTC；完成人：（空） → 2',NULL,657,'2026-12-06 12:35:51.021508','2026-12-06 12:35:51.021511');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-01 02:07:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 12:35:51.022927','2026-12-06 12:35:51.022930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-02 10:37:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 12:35:51.024285','2026-12-06 12:35:51.024288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-30 05:56:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 12:35:51.029888','2026-12-06 12:35:51.029892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-31 02:07:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 12:35:51.031478','2026-12-06 12:35:51.031480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-01 10:37:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 12:35:51.037003','2026-12-06 12:35:51.037007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-03 08:58:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 12:35:51.038444','2026-12-06 12:35:51.038447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-04 02:07:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 12:35:51.039812','2026-12-06 12:35:51.039816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-05 10:37:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 12:35:51.044684','2026-12-06 12:35:51.044703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-05 02:12:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-06 12:35:51.046265','2026-12-06 12:35:51.046269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,667,'2026-12-06 12:35:51.083132','2026-12-06 12:35:51.083136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',668,'2026-12-06 12:35:51.096257','2026-12-06 12:35:51.096262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'1栋1002 的锁定到期，到期自动释放',NULL,669,'2026-12-06 12:35:51.142926','2026-12-06 12:35:51.142932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'3栋1704 的锁定到期，到期自动释放',NULL,670,'2026-12-06 12:35:51.145567','2026-12-06 12:35:51.145577');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'3栋1104 的锁定到期，到期自动释放',NULL,671,'2026-12-06 12:35:51.147506','2026-12-06 12:35:51.147510');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 12:35:51 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,672,'2026-12-06 12:35:51.151595','2026-12-06 12:35:51.151599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,673,'2026-12-06 12:35:51.151601','2026-12-06 12:35:51.151603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-07 20:35 → 12-08 20:35（第 1 次，上限 2 次）','客户周末来签',674,'2026-12-06 12:35:51.170301','2026-12-06 12:35:51.170305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,675,'2026-12-06 12:35:51.176848','2026-12-06 12:35:51.176853');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',676,'2026-12-06 12:35:51.185118','2026-12-06 12:35:51.185123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,677,'2026-12-06 12:35:51.192594','2026-12-06 12:35:51.192598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 12:35:51 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,678,'2026-12-06 12:35:51.223951','2026-12-06 12:35:51.223955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,679,'2026-12-06 12:35:51.229764','2026-12-06 12:35:51.229768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,680,'2026-12-06 12:35:51.237376','2026-12-06 12:35:51.237380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,681,'2026-12-06 12:35:51.237381','2026-12-06 12:35:51.237383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,682,'2026-12-06 12:35:51.237384','2026-12-06 12:35:51.237385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 12:35:51 UTC；说明=''''',NULL,683,'2026-12-06 12:35:51.237386','2026-12-06 12:35:51.237387');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,684,'2026-12-06 12:35:51.238810','2026-12-06 12:35:51.238814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''330106********0011''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 12:35:51 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,685,'2026-12-06 12:35:51.254100','2026-12-06 12:35:51.254104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,686,'2026-12-06 12:35:51.255563','2026-12-06 12:35:51.255566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,687,'2026-12-06 12:35:51.263107','2026-12-06 12:35:51.263111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,688,'2026-12-06 12:35:51.263112','2026-12-06 12:35:51.263113');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,689,'2026-12-06 12:35:51.263114','2026-12-06 12:35:51.263116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 12:35:51 UTC；说明=''''',NULL,690,'2026-12-06 12:35:51.263117','2026-12-06 12:35:51.263118');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0104''',NULL,691,'2026-12-06 12:35:51.269137','2026-12-06 12:35:51.269142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 12:35:51 UTC；说明=''''',NULL,692,'2026-12-06 12:35:51.272167','2026-12-06 12:35:51.272170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 12:35:51 UTC',NULL,693,'2026-12-06 12:35:51.272172','2026-12-06 12:35:51.272173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-06',NULL,694,'2026-12-06 12:35:51.280136','2026-12-06 12:35:51.280140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-05',NULL,695,'2026-12-06 12:35:51.280142','2026-12-06 12:35:51.280143');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,696,'2026-12-06 12:35:51.286049','2026-12-06 12:35:51.286052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'交易=23；客户=2；负责人=4；序号=1；计划时间=2026-12-06 12:35:51 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,697,'2026-12-06 12:35:51.294812','2026-12-06 12:35:51.294815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'交易=23；客户=2；负责人=4；序号=2；计划时间=2026-12-07 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,698,'2026-12-06 12:35:51.294817','2026-12-06 12:35:51.294818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'交易=23；客户=2；负责人=4；序号=3；计划时间=2026-12-08 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,699,'2026-12-06 12:35:51.294819','2026-12-06 12:35:51.294820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同HT-DUMP-1''',NULL,700,'2026-12-06 12:35:51.296365','2026-12-06 12:35:51.296367');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,701,'2026-12-06 12:35:51.451070','2026-12-06 12:35:51.451077');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,702,'2026-12-06 12:35:51.578246','2026-12-06 12:35:51.578253');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,703,'2026-12-06 12:35:51.717472','2026-12-06 12:35:51.717479');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,704,'2026-12-06 12:35:51.845895','2026-12-06 12:35:51.845902');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,705,'2026-12-06 12:35:51.981665','2026-12-06 12:35:51.981673');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,706,'2026-12-06 12:35:51.983896','2026-12-06 12:35:51.983899');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,707,'2026-12-06 12:35:51.990436','2026-12-06 12:35:51.990441');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,708,'2026-12-06 12:35:51.993922','2026-12-06 12:35:51.993926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,709,'2026-12-06 12:35:52.006058','2026-12-06 12:35:52.006062');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,710,'2026-12-06 12:35:52.029178','2026-12-06 12:35:52.029184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 12:30:51 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,711,'2026-12-06 12:35:52.058088','2026-12-06 12:35:52.058094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,712,'2026-12-06 12:35:52.065625','2026-12-06 12:35:52.065630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 12:30:51 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,713,'2026-12-06 12:35:52.065632','2026-12-06 12:35:52.065633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-05',NULL,714,'2026-12-06 12:35:52.065634','2026-12-06 12:35:52.065635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',6,'日期=2026-12-06；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,715,'2026-12-06 12:35:52.072725','2026-12-06 12:35:52.072729');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,716,'2026-12-06 12:35:52.088439','2026-12-06 12:35:52.088444');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,717,'2026-12-06 12:35:52.096931','2026-12-06 12:35:52.096937');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,718,'2026-12-06 12:35:52.104390','2026-12-06 12:35:52.104395');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,719,'2026-12-06 12:35:52.119277','2026-12-06 12:35:52.119282');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 12:35:47.582159','2026-12-06 12:35:47.582165');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 12:35:47.591533','2026-12-06 12:35:47.591537');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 12:35:47.610165','2026-12-06 12:35:47.610169');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 12:35:45.495648','2026-12-06 12:35:45.495652');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 12:35:45.495653','2026-12-06 12:35:45.495654');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 12:35:45.487540','2026-12-06 12:35:45.487545');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-25 04:46:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 04:53:00.000000',4,1,'2026-12-06 12:35:48.409661','2026-12-06 12:35:50.929681');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,2,'2026-12-06 12:35:48.409668','2026-12-06 12:35:50.931672');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,3,'2026-12-06 12:35:48.409670','2026-12-06 12:35:50.941360');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-22 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 06:38:00.000000',2,4,'2026-12-06 12:35:48.612414','2026-12-06 12:35:50.942848');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,5,'2026-12-06 12:35:48.612419','2026-12-06 12:35:50.944222');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,6,'2026-12-06 12:35:48.612421','2026-12-06 12:35:50.953911');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-24 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-24 05:22:00.000000',2,7,'2026-12-06 12:35:48.793070','2026-12-06 12:35:50.955327');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-25 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-25 02:07:00.000000',2,8,'2026-12-06 12:35:48.793076','2026-12-06 12:35:50.964900');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-26 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-26 10:37:00.000000',2,9,'2026-12-06 12:35:48.793079','2026-12-06 12:35:50.966444');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-23 08:15:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 08:22:00.000000',4,10,'2026-12-06 12:35:48.887796','2026-12-06 12:35:50.967838');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-24 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',4,11,'2026-12-06 12:35:48.887802','2026-12-06 12:35:50.977516');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-25 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',4,12,'2026-12-06 12:35:48.887804','2026-12-06 12:35:50.978974');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-25 02:27:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 02:34:00.000000',4,13,'2026-12-06 12:35:49.023629','2026-12-06 12:35:50.980338');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,14,'2026-12-06 12:35:49.023635','2026-12-06 12:35:50.986063');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,15,'2026-12-06 12:35:49.023637','2026-12-06 12:35:50.987480');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-22 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 04:10:00.000000',2,16,'2026-12-06 12:35:49.169873','2026-12-06 12:35:50.991494');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,17,'2026-12-06 12:35:49.169879','2026-12-06 12:35:50.997145');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,18,'2026-12-06 12:35:49.169882','2026-12-06 12:35:50.998562');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-21 08:53:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-21 09:00:00.000000',4,19,'2026-12-06 12:35:49.323877','2026-12-06 12:35:50.999924');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-22 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-22 02:07:00.000000',4,20,'2026-12-06 12:35:49.323884','2026-12-06 12:35:51.005487');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-23 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-23 10:37:00.000000',4,21,'2026-12-06 12:35:49.323886','2026-12-06 12:35:51.006879');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-06 07:03:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-06 07:10:00.000000',4,22,'2026-12-06 12:35:49.417872','2026-12-06 12:35:51.008229');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-07 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-07 02:07:00.000000',4,23,'2026-12-06 12:35:49.417878','2026-12-06 12:35:51.013866');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-08 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-08 10:37:00.000000',4,24,'2026-12-06 12:35:49.417881','2026-12-06 12:35:51.015285');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-31 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-31 08:21:00.000000',2,25,'2026-12-06 12:35:49.557508','2026-12-06 12:35:51.020788');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-01 02:07:00.000000',2,26,'2026-12-06 12:35:49.557513','2026-12-06 12:35:51.022281');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-02 10:37:00.000000',2,27,'2026-12-06 12:35:49.557514','2026-12-06 12:35:51.023636');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-30 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-30 05:56:00.000000',2,28,'2026-12-06 12:35:49.718180','2026-12-06 12:35:51.029185');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-31 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-31 02:07:00.000000',2,29,'2026-12-06 12:35:49.718186','2026-12-06 12:35:51.030836');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-01 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-01 10:37:00.000000',2,30,'2026-12-06 12:35:49.718188','2026-12-06 12:35:51.032215');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-03 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-03 08:58:00.000000',2,31,'2026-12-06 12:35:49.835761','2026-12-06 12:35:51.037791');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-04 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-04 02:07:00.000000',2,32,'2026-12-06 12:35:49.835767','2026-12-06 12:35:51.039167');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-05 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-05 10:37:00.000000',2,33,'2026-12-06 12:35:49.835769','2026-12-06 12:35:51.043905');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-05 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-05 02:12:00.000000',2,34,'2026-12-06 12:35:50.384935','2026-12-06 12:35:51.045456');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-06 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 12:35:50.384941','2026-12-06 12:35:50.384942');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-07 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 12:35:50.384943','2026-12-06 12:35:50.384945');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-06 12:35:51.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。',NULL,NULL,37,'2026-12-06 12:35:51.293386','2026-12-06 12:35:51.293390');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-07 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,38,'2026-12-06 12:35:51.293392','2026-12-06 12:35:51.293393');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-08 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,39,'2026-12-06 12:35:51.293394','2026-12-06 12:35:51.293395');
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
INSERT INTO "customer_merges" VALUES(2,4,'{"age_band": "", "anonymised_at": null, "area_max": null, "area_min": null, "awareness": "", "birthday": null, "budget_max": null, "budget_min": null, "buyer_type": "", "channel": "自然到访", "consent_at": "2026-12-04T12:35:45+00:00", "created_at": "2026-12-06T12:35:46.888146+00:00", "created_by_id": null, "do_not_disturb": false, "family_structure": "", "first_visit_at": "2026-12-04T12:35:45+00:00", "floor_preference": "", "focus": "", "gender": "", "grade": "C", "id": 4, "last_contact_at": "2026-12-04T12:35:45+00:00", "last_follow_up_at": null, "last_visit_at": "2026-12-04T12:35:45+00:00", "layout": "", "marketing_opt_in": false, "name": "曾晓贤", "next_follow_up_on": "2027-01-03", "notes": "", "owner_id": 4, "phone": "13900004444", "phone_kind": "mobile", "planned_follow_up_on": null, "protected_until": "2027-01-03", "purpose": "", "referrer_id": null, "risk_index": null, "risk_monitoring": false, "updated_at": "2026-12-06T12:35:46.901192+00:00", "version": 2, "visit_count": 1}','同一人登记了两次',NULL,1,'2026-12-06 12:35:46.959184','2026-12-06 12:35:46.959188');
CREATE TABLE customer_name_grams (
	gram VARCHAR(2) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	CONSTRAINT pk_customer_name_grams PRIMARY KEY (gram, customer_id)
)
 WITHOUT ROWID

;
INSERT INTO "customer_name_grams" VALUES('张伟',1);
INSERT INTO "customer_name_grams" VALUES('小贤',2);
INSERT INTO "customer_name_grams" VALUES('曾小',2);
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 12:35:46.932399','2026-12-06 12:35:46.932404');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-03','A',NULL,NULL,NULL,'','2026-11-16 12:35:45.000000',1,0,2,'2026-11-16 12:35:45.000000','2026-12-04 12:35:45.000000','2026-12-05 12:35:45.000000','2026-12-05 12:35:45.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 12:35:46.682655','2026-12-06 12:35:47.082122');
INSERT INTO "customers" VALUES('曾小贤','zxx','13900003333','13900003333','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-16','C',1,NULL,NULL,'','2026-11-16 13:35:45.000000',0,0,2,'2026-11-16 13:35:45.000000','2026-12-04 12:35:45.000000',NULL,'2026-12-04 12:35:45.000000',NULL,'2027-01-03',1,NULL,NULL,NULL,6,2,'2026-12-06 12:35:46.760980','2026-12-06 12:35:47.977253');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-16','C',NULL,NULL,NULL,'','2026-11-16 14:35:45.000000',0,0,1,'2026-11-16 14:35:45.000000','2026-11-16 14:35:45.000000',NULL,'2026-11-16 14:35:45.000000',NULL,'2026-12-16',1,NULL,NULL,NULL,3,3,'2026-12-06 12:35:46.812279','2026-12-06 12:35:51.236925');
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-05','C',NULL,NULL,NULL,'','2026-12-06 12:30:51.000000',0,0,1,'2026-12-06 12:30:51.000000','2026-12-06 12:30:51.000000',NULL,'2026-12-06 12:30:51.000000',NULL,'2027-01-05',0,NULL,NULL,6,2,4,'2026-12-06 12:35:52.049799','2026-12-06 12:35:52.059247');
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-19 01:26:00.000000',4,'',1,'2026-12-06 12:35:47.960400','2026-12-06 12:35:47.960405');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-19 01:32:00.000000',2,'',2,'2026-12-06 12:35:48.051484','2026-12-06 12:35:48.051487');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-19 01:38:00.000000',2,'',3,'2026-12-06 12:35:48.115630','2026-12-06 12:35:48.115634');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-19 01:44:00.000000',4,'',4,'2026-12-06 12:35:48.179872','2026-12-06 12:35:48.179876');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-19 01:50:00.000000',4,'',5,'2026-12-06 12:35:48.247234','2026-12-06 12:35:48.247238');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-19 01:56:00.000000',2,'',6,'2026-12-06 12:35:48.316102','2026-12-06 12:35:48.316106');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-25 04:46:00.000000',7,'',7,'2026-12-06 12:35:48.381899','2026-12-06 12:35:48.381903');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-04 02:25:00.000000',7,'',8,'2026-12-06 12:35:48.429646','2026-12-06 12:35:48.429649');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-10 01:07:00.000000',10,'',9,'2026-12-06 12:35:48.441536','2026-12-06 12:35:48.441540');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-15 04:39:00.000000',10,'',10,'2026-12-06 12:35:48.448735','2026-12-06 12:35:48.448740');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-25 03:18:00.000000',10,'',11,'2026-12-06 12:35:48.456877','2026-12-06 12:35:48.456881');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-03 03:11:00.000000',10,'',12,'2026-12-06 12:35:48.459914','2026-12-06 12:35:48.459917');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-19 03:26:00.000000',10,'',13,'2026-12-06 12:35:48.471073','2026-12-06 12:35:48.471076');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-18 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 12:35:48.512172','2026-12-06 12:35:48.512176');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-22 06:31:00.000000',7,'',15,'2026-12-06 12:35:48.593939','2026-12-06 12:35:48.593942');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-01 06:41:00.000000',7,'',16,'2026-12-06 12:35:48.620032','2026-12-06 12:35:48.620035');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-06 01:08:00.000000',10,'',17,'2026-12-06 12:35:48.631220','2026-12-06 12:35:48.631223');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-13 03:36:00.000000',10,'',18,'2026-12-06 12:35:48.639186','2026-12-06 12:35:48.639189');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-27 05:58:00.000000',10,'',19,'2026-12-06 12:35:48.646355','2026-12-06 12:35:48.646357');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-06 09:39:00.000000',10,'',20,'2026-12-06 12:35:48.653402','2026-12-06 12:35:48.653404');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-19 05:04:00.000000',10,'',21,'2026-12-06 12:35:48.656304','2026-12-06 12:35:48.656307');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-14 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 12:35:48.692960','2026-12-06 12:35:48.692964');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-24 05:15:00.000000',7,'',23,'2026-12-06 12:35:48.768971','2026-12-06 12:35:48.768975');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-03 08:30:00.000000',7,'',24,'2026-12-06 12:35:48.796432','2026-12-06 12:35:48.796435');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-08 02:50:00.000000',10,'',25,'2026-12-06 12:35:48.803321','2026-12-06 12:35:48.803324');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-17 01:34:00.000000',10,'',26,'2026-12-06 12:35:48.810501','2026-12-06 12:35:48.810505');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-30 01:54:00.000000',10,'',27,'2026-12-06 12:35:48.822668','2026-12-06 12:35:48.822671');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-06 07:43:00.000000',10,'',28,'2026-12-06 12:35:48.829982','2026-12-06 12:35:48.829985');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-23 08:15:00.000000',7,'',29,'2026-12-06 12:35:48.871901','2026-12-06 12:35:48.871905');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-01 06:59:00.000000',7,'',30,'2026-12-06 12:35:48.899699','2026-12-06 12:35:48.899723');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-08 06:50:00.000000',10,'',31,'2026-12-06 12:35:48.911234','2026-12-06 12:35:48.911237');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-16 07:08:00.000000',10,'',32,'2026-12-06 12:35:48.919352','2026-12-06 12:35:48.919355');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-28 05:51:00.000000',10,'',33,'2026-12-06 12:35:48.930651','2026-12-06 12:35:48.930654');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-06 06:33:00.000000',10,'',34,'2026-12-06 12:35:48.938101','2026-12-06 12:35:48.938105');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-18 04:47:00.000000',10,'',35,'2026-12-06 12:35:48.949320','2026-12-06 12:35:48.949323');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-25 02:27:00.000000',7,'',36,'2026-12-06 12:35:49.007167','2026-12-06 12:35:49.007170');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-04 05:56:00.000000',7,'',37,'2026-12-06 12:35:49.041503','2026-12-06 12:35:49.041506');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-11 07:20:00.000000',10,'',38,'2026-12-06 12:35:49.052911','2026-12-06 12:35:49.052917');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-19 08:06:00.000000',10,'',39,'2026-12-06 12:35:49.056148','2026-12-06 12:35:49.056151');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-30 03:41:00.000000',10,'',40,'2026-12-06 12:35:49.067839','2026-12-06 12:35:49.067843');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-06 02:23:00.000000',10,'',41,'2026-12-06 12:35:49.079103','2026-12-06 12:35:49.079106');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-21 08:09:00.000000',10,'',42,'2026-12-06 12:35:49.090373','2026-12-06 12:35:49.090377');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-22 04:03:00.000000',7,'',43,'2026-12-06 12:35:49.154028','2026-12-06 12:35:49.154031');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-28 08:30:00.000000',7,'',44,'2026-12-06 12:35:49.177178','2026-12-06 12:35:49.177181');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-02 02:50:00.000000',10,'',45,'2026-12-06 12:35:49.180274','2026-12-06 12:35:49.180277');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-09 05:29:00.000000',10,'',46,'2026-12-06 12:35:49.187363','2026-12-06 12:35:49.187366');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-20 03:02:00.000000',10,'',47,'2026-12-06 12:35:49.194251','2026-12-06 12:35:49.194253');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-27 01:36:00.000000',10,'',48,'2026-12-06 12:35:49.197282','2026-12-06 12:35:49.197284');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-09 02:39:00.000000',10,'',49,'2026-12-06 12:35:49.199890','2026-12-06 12:35:49.199892');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-20 04:49:00.000000',4,'',50,'2026-12-06 12:35:49.237332','2026-12-06 12:35:49.237338');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-21 08:53:00.000000',7,'',51,'2026-12-06 12:35:49.298464','2026-12-06 12:35:49.298468');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-01 06:06:00.000000',7,'',52,'2026-12-06 12:35:49.341777','2026-12-06 12:35:49.341781');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-04 04:57:00.000000',10,'',53,'2026-12-06 12:35:49.346835','2026-12-06 12:35:49.346840');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-02 02:43:00.000000',4,'',54,'2026-12-06 12:35:49.371514','2026-12-06 12:35:49.371518');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-06 07:03:00.000000',7,'',55,'2026-12-06 12:35:49.401225','2026-12-06 12:35:49.401228');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-12 04:11:00.000000',7,'',56,'2026-12-06 12:35:49.431564','2026-12-06 12:35:49.431569');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-15 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 12:35:49.451276','2026-12-06 12:35:49.451280');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-28 09:34:00.000000',2,'',58,'2026-12-06 12:35:49.525032','2026-12-06 12:35:49.525037');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-31 08:14:00.000000',7,'',59,'2026-12-06 12:35:49.543811','2026-12-06 12:35:49.543813');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-10 02:08:00.000000',7,'',60,'2026-12-06 12:35:49.560258','2026-12-06 12:35:49.560260');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-13 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 12:35:49.587212','2026-12-06 12:35:49.587216');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-29 08:36:00.000000',2,'',62,'2026-12-06 12:35:49.643465','2026-12-06 12:35:49.643469');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-30 05:49:00.000000',7,'',63,'2026-12-06 12:35:49.701833','2026-12-06 12:35:49.701837');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-07 07:48:00.000000',7,'',64,'2026-12-06 12:35:49.725772','2026-12-06 12:35:49.725776');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-30 06:41:00.000000',2,'',65,'2026-12-06 12:35:49.758293','2026-12-06 12:35:49.758297');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-03 08:51:00.000000',7,'',66,'2026-12-06 12:35:49.817878','2026-12-06 12:35:49.817882');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-12 09:08:00.000000',7,'',67,'2026-12-06 12:35:49.847311','2026-12-06 12:35:49.847314');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-17 02:19:00.000000',10,'',68,'2026-12-06 12:35:49.854335','2026-12-06 12:35:49.854338');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-23 03:16:00.000000',10,'',69,'2026-12-06 12:35:49.861278','2026-12-06 12:35:49.861281');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-05 06:18:00.000000',10,'',70,'2026-12-06 12:35:49.864100','2026-12-06 12:35:49.864103');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-11 02:34:00.000000',10,'',71,'2026-12-06 12:35:49.871133','2026-12-06 12:35:49.871136');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-27 01:01:00.000000',10,'',72,'2026-12-06 12:35:49.878175','2026-12-06 12:35:49.878177');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-30 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 12:35:49.903687','2026-12-06 12:35:49.903690');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-25 06:33:00.000000',2,'',74,'2026-12-06 12:35:49.991730','2026-12-06 12:35:49.991734');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-26 05:29:00.000000',4,'',75,'2026-12-06 12:35:50.032474','2026-12-06 12:35:50.044507');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-29 04:52:00.000000',2,'',76,'2026-12-06 12:35:50.107241','2026-12-06 12:35:50.107245');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-30 06:52:00.000000',2,'',77,'2026-12-06 12:35:50.152064','2026-12-06 12:35:50.152068');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-01 09:25:00.000000',2,'',78,'2026-12-06 12:35:50.183090','2026-12-06 12:35:50.183092');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-02 07:30:00.000000',2,'',79,'2026-12-06 12:35:50.224122','2026-12-06 12:35:50.224127');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-03 02:20:00.000000',4,'',80,'2026-12-06 12:35:50.295646','2026-12-06 12:35:50.295651');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-04 04:51:00.000000',2,'',81,'2026-12-06 12:35:50.344255','2026-12-06 12:35:50.344260');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-05 02:05:00.000000',7,'',82,'2026-12-06 12:35:50.369585','2026-12-06 12:35:50.369589');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-05 06:59:00.000000',4,'',83,'2026-12-06 12:35:50.414253','2026-12-06 12:35:50.414258');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 09:33:00.000000',2,'',84,'2026-12-06 12:35:50.486955','2026-12-06 12:35:50.486959');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 12:35:51.000000',NULL,'',85,'2026-12-06 12:35:51.230923','2026-12-06 12:35:51.230927');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 12:35:51.000000',NULL,'',86,'2026-12-06 12:35:51.260750','2026-12-06 12:35:51.260755');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 12:35:51.000000',NULL,'',87,'2026-12-06 12:35:51.270646','2026-12-06 12:35:51.270649');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:v3b6+YWLsSwWzjpp1PdMSWD1Tvg+eOzyG/enuFwAgWuOiCX+BuDub4KbrLoGXg==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-19 01:26:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0001','330126062513349','2026-06-25 04:46:00.000000','2026-07-04',-2521134,6627873,'2026-11-18 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 12:35:47.936404','2026-12-06 12:35:48.511762');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:YhaNgU8ehSvySVbiDMfhJq+S7Mc4gxtzGqpUZdrGRBbG1VhRNwMjTY4Mm8tnsw==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-19 01:32:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0002','330126062299846','2026-06-22 06:31:00.000000','2026-07-01',-221760,6931109,'2026-10-14 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 12:35:48.038279','2026-12-06 12:35:48.692582');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:xpxhSRE6YnTJqR4S7OtgJ7PxBiVJPG5zaMTww9bcShZq16oJ6uMmdwJuWcWrCQ==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-19 01:38:00.000000','2026-06-26',500,90,'signed','YQF-2026-0003','330126062487853','2026-06-24 05:15:00.000000','2026-07-03',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 12:35:48.106618','2026-12-06 12:35:48.829692');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:L7HlLldckyu/g1bcDKeObp3yMr27hmxhqAo/EE0E9dTlVkzxIUCRAInu/w7jXg==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-19 01:44:00.000000','2026-06-26',500,90,'signed','YQF-2026-0004','330126062356438','2026-06-23 08:15:00.000000','2026-07-01',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 12:35:48.172683','2026-12-06 12:35:48.949063');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:e4djx9dT3IF/Tw2tGeAXdgB8+WynTq54I25vFtZ182I50JQlpzn5rRQ+pDExlg==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-20 03:00:00.000000',190665920,216264480,8000000,'2026-06-19 01:50:00.000000','2026-06-26',500,90,'signed','YQF-2026-0005','330126062555680','2026-06-25 02:27:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 12:35:48.238013','2026-12-06 12:35:49.090111');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:Alt8Z9MxgFJjH1dLLfpsWuQPZFjbMslJBDTN/Lg6qFUQcEMCs/ey1VtwofH6hA==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-19 01:56:00.000000','2026-06-26',500,90,'signed','YQF-2026-0006','330126062258361','2026-06-22 04:03:00.000000','2026-06-28',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 12:35:48.303138','2026-12-06 12:35:49.199672');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:5f9T6daJoAnuBMsRw5LjirIixTncNstJS43yWgV9GKI6pziNEjPy4pT0DBLRKg==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-20 04:49:00.000000','2026-11-27',500,90,'signed','YQF-2026-0007','330126112181882','2026-11-21 08:53:00.000000','2026-12-01',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 12:35:49.229388','2026-12-06 12:35:49.346524');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:yM0GeniYvCL1cwHfiDnBTUqw80vddM8ieFk7WTiiEJoXW8930RgG/fVLdyWcEg==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-02 02:43:00.000000','2026-11-09',500,90,'delivered','YQF-2026-0008','330126110650101','2026-11-06 07:03:00.000000','2026-11-12',2684416,9372626,'2026-11-15 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 12:35:49.363173','2026-12-06 12:35:49.450971');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:ANsJjaoLMLNyecxggRAwuywk63/LZjzvON5RshWRlFQSmPSCSNuM/nWm6m6hDA==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-28 09:34:00.000000','2026-11-04',500,90,'delivered','YQF-2026-0009','330126103168856','2026-10-31 08:14:00.000000','2026-11-10',0,8492152,'2026-11-13 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 12:35:49.512028','2026-12-06 12:35:49.586907');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:i05woD9KsDIPMDR4qNhdL7+JqKxlUuU5ahIcN8fZ0r2rW28e3X7TO6SZC9H94g==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-29 08:36:00.000000','2026-09-05',500,90,'signed','YQF-2026-0010','330126083019420','2026-08-30 05:49:00.000000','2026-09-07',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 12:35:49.631338','2026-12-06 12:35:49.725511');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:tn/n/V+UjCOCNZkxDP4f0VppL6Ui8yQCPYNFWKFHC+lMBrfb6ruBMw2+yuXT2Q==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-30 06:41:00.000000','2026-10-07',500,90,'delivered','YQF-2026-0011','330126100323964','2026-10-03 08:51:00.000000','2026-10-12',4424000,12630240,'2026-11-30 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 12:35:49.745951','2026-12-06 12:35:49.903447');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:QcNAtA6PCqIAL55MIhkwuJ5b3AdLJn7NEuLCHyw2j+qvOOI4emNnfZJ4tarbrA==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-25 06:33:00.000000','2026-12-02',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 12:35:49.981529','2026-12-06 12:35:49.981535');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:R7HShDbmcX+IDhmlO910WIRO8zJ4Ckp+Bg86qwlKeB14cd2z4OvzhS0unQJU5Q==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-26 05:29:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 12:35:50.024350','2026-12-06 12:35:50.024355');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:imizaYH4TDuhR+LnvnHjseu7sRu8qEel7quuZ4UzSUEhWXB4tjniqT34RpSiAA==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-29 04:52:00.000000','2026-12-06',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 12:35:50.094949','2026-12-06 12:35:50.094955');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:Zuk0ZRPFptRUm3B1TDk8idBNRIFtTeQ2aDzNOH24qfp1AdSgKBfVjcj/+t8qpg==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-01 03:00:00.000000',196415900,221466480,8000000,'2026-11-30 06:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 12:35:50.146152','2026-12-06 12:35:50.171098');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:wabF5J4KAJWUwAazFJdHvFEWZwqTwvJGbOuSgDT+U4DupLHjHLvKzKUQPDkAFA==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-01 09:25:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 12:35:50.180273','2026-12-06 12:35:50.180277');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:NDleWEervqyPJE/jAzvUYBGQTwPWAnJLet1tsjI2jzo0Xqfstp55nbb6uzzs3A==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-03 03:00:00.000000',264313750,300555000,10000000,'2026-12-02 07:30:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 12:35:50.215836','2026-12-06 12:35:50.255760');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:arzEjO5bZdmYllAi2nTm+3CUBLKfb5HkTIDd5BNQQ/nCZe0pmOhz1MJS0V1n6Q==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-03 02:20:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 12:35:50.282845','2026-12-06 12:35:50.282851');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:mfUBgCjTYysUorsj/E54upYsF49AIrvrKx2xVZbFhkH6HTd3gP0OeCh8imetWA==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-04 04:51:00.000000','2026-12-11',500,90,'signed','YQF-2026-0019','330126120520190','2026-12-05 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 12:35:50.335655','2026-12-06 12:35:50.369289');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:8wQOzey/hRQDuMsxP4Wym6J4PQeN8SI600EBiICD4fgo3soxYb7iSSpIOu9ofw==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-05 06:59:00.000000','2026-12-12',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 12:35:50.397615','2026-12-06 12:35:50.397621');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:KmkMgHTQmSjVzwzHDcU5R+ytHwVBEefLKysBVzoOXBb7nbAnhaJURBfSKxk6IQ==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 09:33:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 12:35:50.470261','2026-12-06 12:35:50.470267');
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:7yJr79lMhw5w7MbUgv8KMVPNhDefhbMM7zVo0l7/IvH2dh3IjwbuZCtr4+qR5w==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 12:35:51.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 12:35:51.222373','2026-12-06 12:35:51.222379');
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:n64CL1KXyofOJdzCJUKljYMxYKHY2FxUVjHxjjtI/Lv379GI930ZYd3xCW+Krg==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 12:35:51.000000','2026-12-13',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 12:35:51.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 12:35:51.248384','2026-12-06 12:35:51.270398');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 12:35:45.000000',2,1,'2026-12-06 12:35:47.160882','2026-12-06 12:35:47.173423');
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
INSERT INTO "duty_roster" VALUES('2026-11-16',2,1,1,'2026-12-06 12:35:45.882874','2026-12-06 12:35:45.882879');
INSERT INTO "duty_roster" VALUES('2026-11-16',4,2,2,'2026-12-06 12:35:45.882881','2026-12-06 12:35:45.882882');
INSERT INTO "duty_roster" VALUES('2026-11-16',5,3,3,'2026-12-06 12:35:45.882883','2026-12-06 12:35:45.882885');
INSERT INTO "duty_roster" VALUES('2026-12-06',4,1,4,'2026-12-06 12:35:47.119671','2026-12-06 12:35:47.119677');
INSERT INTO "duty_roster" VALUES('2026-12-06',2,2,5,'2026-12-06 12:35:47.119679','2026-12-06 12:35:47.119680');
INSERT INTO "duty_roster" VALUES('2026-12-06',5,3,6,'2026-12-06 12:35:47.119681','2026-12-06 12:35:47.119682');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 12:35:45.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 12:35:46.921823','2026-12-06 12:35:46.921828');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 12:35:45.000000','2026-12-06 12:35:46.923078');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,1,'2026-12-06 12:35:47.966750','2026-12-06 12:35:48.343838','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-04',53122598,53122598,'2026-07-02',2,2,'2026-12-06 12:35:47.966757','2026-12-06 12:35:48.362700','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-18',147286062,147286062,'2026-08-19',2,3,'2026-12-06 12:35:47.966760','2026-12-06 12:35:48.477573','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,4,'2026-12-06 12:35:48.051893','2026-12-06 12:35:48.552417','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-04',56010560,56010560,'2026-07-03',2,5,'2026-12-06 12:35:48.051897','2026-12-06 12:35:48.571050','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-17',154024640,154024640,'2026-08-19',2,6,'2026-12-06 12:35:48.051900','2026-12-06 12:35:48.666829','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-19',5000000,5000000,'2026-06-19',3,7,'2026-12-06 12:35:48.116051','2026-12-06 12:35:48.726488','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-04',83523040,83523040,'2026-06-29',2,8,'2026-12-06 12:35:48.116055','2026-12-06 12:35:48.750245','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-17',206553760,0,NULL,1,9,'2026-12-06 12:35:48.116058','2026-12-06 12:35:48.116059','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,10,'2026-12-06 12:35:48.180257','2026-12-06 12:35:48.838009','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-04',68950000,68950000,'2026-06-28',2,11,'2026-12-06 12:35:48.180262','2026-12-06 12:35:48.857097','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-17',179550000,179550000,'2026-08-18',2,12,'2026-12-06 12:35:48.180264','2026-12-06 12:35:48.951737','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,13,'2026-12-06 12:35:48.247605','2026-12-06 12:35:48.971526','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-04',49199776,49199776,'2026-07-03',2,14,'2026-12-06 12:35:48.247609','2026-12-06 12:35:49.001076','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-18',133466144,133466144,'2026-08-21',2,15,'2026-12-06 12:35:48.247611','2026-12-06 12:35:49.105041','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,16,'2026-12-06 12:35:48.320516','2026-12-06 12:35:49.129524','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-04',71000000,71000000,'2026-07-04',2,17,'2026-12-06 12:35:48.320526','2026-12-06 12:35:49.139829','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-17',189000000,189000000,'2026-08-09',2,18,'2026-12-06 12:35:48.320528','2026-12-06 12:35:49.210215','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-18',6627873,6627873,'2026-11-24',2,19,'2026-12-06 12:35:48.517826','2026-12-06 12:35:48.537259','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-14',6931109,6931109,'2026-10-19',2,20,'2026-12-06 12:35:48.693840','2026-12-06 12:35:48.703249','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-20',5000000,5000000,'2026-11-20',2,21,'2026-12-06 12:35:49.237793','2026-12-06 12:35:49.251562','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-05',61623515,36974109,NULL,2,22,'2026-12-06 12:35:49.237798','2026-12-06 12:35:49.272141','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-19',155454869,0,NULL,1,23,'2026-12-06 12:35:49.237801','2026-12-06 12:35:49.237802','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-02',5000000,5000000,'2026-11-02',2,24,'2026-12-06 12:35:49.371899','2026-12-06 12:35:49.386128','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-02',292543680,0,NULL,1,25,'2026-12-06 12:35:49.371904','2026-12-06 12:35:49.371905','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-15',2684416,2684416,'2026-11-18',2,26,'2026-12-06 12:35:49.452426','2026-12-06 12:35:49.481419','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-15',9372626,9372626,'2026-11-16',2,27,'2026-12-06 12:35:49.452433','2026-12-06 12:35:49.487067','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-28',10000000,10000000,'2026-10-28',2,28,'2026-12-06 12:35:49.525479','2026-12-06 12:35:49.534229','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-27',259592120,0,NULL,1,29,'2026-12-06 12:35:49.525484','2026-12-06 12:35:49.525485','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-13',8492152,8492152,'2026-11-19',2,30,'2026-12-06 12:35:49.588128','2026-12-06 12:35:49.610505','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-29',8000000,8000000,'2026-08-29',2,31,'2026-12-06 12:35:49.643841','2026-12-06 12:35:49.656129','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-28',258805000,258805000,'2026-09-22',2,32,'2026-12-06 12:35:49.643845','2026-12-06 12:35:49.679118','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-30',5000000,5000000,'2026-09-30',2,33,'2026-12-06 12:35:49.758684','2026-12-06 12:35:49.771260','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-15',115288000,115288000,'2026-10-10',2,34,'2026-12-06 12:35:49.758688','2026-12-06 12:35:49.793955','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-29',280672000,280672000,'2026-11-27',2,35,'2026-12-06 12:35:49.758691','2026-12-06 12:35:49.880416','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-30',4424000,4424000,'2026-11-30',2,36,'2026-12-06 12:35:49.904032','2026-12-06 12:35:49.921875','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-30',12630240,12630240,'2026-12-03',2,37,'2026-12-06 12:35:49.904036','2026-12-06 12:35:49.939914','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-25',5000000,5000000,'2026-11-25',2,38,'2026-12-06 12:35:49.992129','2026-12-06 12:35:50.004732','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-10',101049400,0,NULL,1,39,'2026-12-06 12:35:49.992133','2026-12-06 12:35:49.992134','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-23',247448600,0,NULL,1,40,'2026-12-06 12:35:49.992135','2026-12-06 12:35:49.992136','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-26',10000000,10000000,'2026-11-26',2,41,'2026-12-06 12:35:50.045066','2026-12-06 12:35:50.059190','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-11',46392281,0,NULL,1,42,'2026-12-06 12:35:50.045072','2026-12-06 12:35:50.045073','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-25',131581989,0,NULL,1,43,'2026-12-06 12:35:50.045074','2026-12-06 12:35:50.045075','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-29',5000000,5000000,'2026-11-29',2,44,'2026-12-06 12:35:50.107630','2026-12-06 12:35:50.120232','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-14',55512265,0,NULL,1,45,'2026-12-06 12:35:50.107635','2026-12-06 12:35:50.107636','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-28',141195285,0,NULL,1,46,'2026-12-06 12:35:50.107638','2026-12-06 12:35:50.107639','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-30',8000000,8000000,'2026-11-30',2,47,'2026-12-06 12:35:50.152379','2026-12-06 12:35:50.159610','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-15',50924770,0,NULL,1,48,'2026-12-06 12:35:50.152382','2026-12-06 12:35:50.152383','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-29',137491130,0,NULL,1,49,'2026-12-06 12:35:50.152384','2026-12-06 12:35:50.152384','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-01',5000000,5000000,'2026-12-01',2,50,'2026-12-06 12:35:50.183336','2026-12-06 12:35:50.198514','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-31',162493760,0,NULL,1,51,'2026-12-06 12:35:50.183339','2026-12-06 12:35:50.183340','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-02',10000000,10000000,'2026-12-02',2,52,'2026-12-06 12:35:50.232680','2026-12-06 12:35:50.241813','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-17',69294125,0,NULL,1,53,'2026-12-06 12:35:50.232687','2026-12-06 12:35:50.232688','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-31',185019625,0,NULL,1,54,'2026-12-06 12:35:50.232689','2026-12-06 12:35:50.232702','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-03',8000000,8000000,'2026-12-03',2,55,'2026-12-06 12:35:50.296101','2026-12-06 12:35:50.310883','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-18',79215119,0,NULL,1,56,'2026-12-06 12:35:50.296106','2026-12-06 12:35:50.296107','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-01',203501945,0,NULL,1,57,'2026-12-06 12:35:50.296108','2026-12-06 12:35:50.296109','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-04',10000000,10000000,'2026-12-04',2,58,'2026-12-06 12:35:50.348789','2026-12-06 12:35:50.358496','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-19',45877283,0,NULL,1,59,'2026-12-06 12:35:50.348795','2026-12-06 12:35:50.348796','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-02',130380327,0,NULL,1,60,'2026-12-06 12:35:50.348798','2026-12-06 12:35:50.348799','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-05',5000000,5000000,'2026-12-05',2,61,'2026-12-06 12:35:50.414660','2026-12-06 12:35:50.437562','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-20',96747589,0,NULL,1,62,'2026-12-06 12:35:50.414665','2026-12-06 12:35:50.414666','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-03',237411041,0,NULL,1,63,'2026-12-06 12:35:50.414667','2026-12-06 12:35:50.414668','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,64,'2026-12-06 12:35:50.487356','2026-12-06 12:35:50.499924','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-21',61645000,0,NULL,1,65,'2026-12-06 12:35:50.487360','2026-12-06 12:35:50.487361','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-06',155505000,0,NULL,1,66,'2026-12-06 12:35:50.487362','2026-12-06 12:35:50.487363','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,67,'2026-12-06 12:35:51.231317','2026-12-06 12:35:51.231320','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 12:35:51.231321','2026-12-06 12:35:51.231322','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 12:35:51.231324','2026-12-06 12:35:51.231325','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,70,'2026-12-06 12:35:51.261190','2026-12-06 12:35:51.261193','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-06',50324528,0,NULL,2,71,'2026-12-06 12:35:51.261195','2026-12-06 12:35:51.278510','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-05',221298112,0,NULL,2,72,'2026-12-06 12:35:51.261198','2026-12-06 12:35:51.278807','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 12:35:51.456952','2026-12-06 12:35:51.983478');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 12:35:51.991829','2026-12-06 12:35:51.994674');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 12:35:46.715336','2026-12-06 12:35:46.715341');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 12:35:46.772186','2026-12-06 12:35:46.772189');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 12:35:46.825860','2026-12-06 12:35:46.825863');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 12:35:46.901570','2026-12-06 12:35:46.983249');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 12:35:52.059671','2026-12-06 12:35:52.059674');
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
INSERT INTO "phone_changes" VALUES(2,NULL,'13900001111','13900003333','客户换号',1,'2026-12-06 12:35:45.000000','2026-12-06 12:35:46.946776');
INSERT INTO "phone_changes" VALUES(2,NULL,'13900004444','13900003333','合并客户 4：同一人登记了两次',2,'2026-12-06 12:35:46.964973','2026-12-06 12:35:46.964978');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 12:30:51.000000',1,0,1,'2026-12-06 12:35:52.031649','2026-12-06 12:35:52.073927');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 12:30:51.000000',0,0,2,'2026-12-06 12:35:52.089525','2026-12-06 12:35:52.089529');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 12:30:54.000000',0,0,3,'2026-12-06 12:35:52.097926','2026-12-06 12:35:52.097929');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 12:30:57.000000',0,1,4,'2026-12-06 12:35:52.108491','2026-12-06 12:35:52.108497');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 12:31:00.000000',0,1,5,'2026-12-06 12:35:52.120167','2026-12-06 12:35:52.120170');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-20','杭州市余杭区文一西路 2688 号','2026-06-19',1,1,'2026-12-06 12:35:47.562485','2026-12-06 12:35:47.562491');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-19 01:26:00.000000',4,1,2,1,'2026-05-21 02:18:00.000000','2026-12-06 12:35:47.980187',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-19 01:32:00.000000',2,2,2,2,'2026-05-24 05:39:00.000000','2026-12-06 12:35:48.058969',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-19 01:38:00.000000',2,3,2,3,'2026-05-28 02:29:00.000000','2026-12-06 12:35:48.127112',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-19 01:44:00.000000',4,4,2,4,'2026-05-31 05:43:00.000000','2026-12-06 12:35:48.187487',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-16 07:04:00.000000',8,NULL,2,5,'2026-06-04 02:02:00.000000','2026-12-06 12:35:47.845485',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-19 01:50:00.000000',4,5,2,6,'2026-06-08 05:35:00.000000','2026-12-06 12:35:48.258811',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-19 01:56:00.000000',2,6,2,7,'2026-06-11 02:56:00.000000','2026-12-06 12:35:48.323494',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-15 07:00:00.000000',7,NULL,2,8,'2026-06-15 05:00:00.000000','2026-12-06 12:35:47.834651',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 12:35:51.000000','2026-12-06 12:35:51.094778','2026-12-06 12:35:51.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 12:35:51.000000','2026-12-06 12:35:51.179964',NULL,'','2026-12-06 12:35:51.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-21',8,'',NULL,'',NULL,NULL,'2026-05-22 08:00:00.000000',9,1,'2026-05-21 02:33:00.000000','2026-12-06 12:35:50.568546','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-24',8,'',NULL,'',NULL,NULL,'2026-05-25 08:00:00.000000',9,2,'2026-05-24 05:54:00.000000','2026-12-06 12:35:50.570619','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-24", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-28',8,'',NULL,'',NULL,NULL,'2026-05-29 08:00:00.000000',9,3,'2026-05-28 02:44:00.000000','2026-12-06 12:35:50.572348','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-31',8,'',NULL,'',NULL,NULL,'2026-06-01 08:00:00.000000',9,4,'2026-05-31 05:58:00.000000','2026-12-06 12:35:50.582287','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-31", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-04',8,'',NULL,'',NULL,NULL,'2026-06-05 08:00:00.000000',9,5,'2026-06-04 02:17:00.000000','2026-12-06 12:35:50.583996','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-08',8,'',NULL,'',NULL,NULL,'2026-06-09 08:00:00.000000',9,6,'2026-06-08 05:50:00.000000','2026-12-06 12:35:50.593920','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-08", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-11',8,'',NULL,'',NULL,NULL,'2026-06-12 08:00:00.000000',9,7,'2026-06-11 03:11:00.000000','2026-12-06 12:35:50.595711','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,8,'2026-06-19 01:04:00.000000','2026-12-06 12:35:50.601687','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-02',8,'',NULL,'',NULL,NULL,'2026-07-03 08:00:00.000000',9,9,'2026-07-02 02:50:00.000000','2026-12-06 12:35:50.605731','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,10,'2026-08-19 02:39:00.000000','2026-12-06 12:35:50.607453','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-24',8,'',NULL,'',NULL,NULL,'2026-11-25 08:00:00.000000',9,11,'2026-11-24 05:03:00.000000','2026-12-06 12:35:50.613327','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-24", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,12,'2026-06-19 07:56:00.000000','2026-12-06 12:35:50.615070','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,13,'2026-07-03 01:27:00.000000','2026-12-06 12:35:50.620954','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,14,'2026-08-19 05:53:00.000000','2026-12-06 12:35:50.622728','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-19',8,'',NULL,'',NULL,NULL,'2026-10-20 08:00:00.000000',9,15,'2026-10-19 07:11:00.000000','2026-12-06 12:35:50.624449','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,16,'2026-06-19 06:05:00.000000','2026-12-06 12:35:50.630371','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,17,'2026-06-29 01:05:00.000000','2026-12-06 12:35:50.632356','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,18,'2026-06-19 02:58:00.000000','2026-12-06 12:35:50.642311','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-28',8,'',NULL,'',NULL,NULL,'2026-06-29 08:00:00.000000',9,19,'2026-06-28 04:08:00.000000','2026-12-06 12:35:50.643990','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-28", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-18',8,'',NULL,'',NULL,NULL,'2026-08-19 08:00:00.000000',9,20,'2026-08-18 07:04:00.000000','2026-12-06 12:35:50.653902','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-18", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,21,'2026-06-19 01:11:00.000000','2026-12-06 12:35:50.655646','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,22,'2026-07-03 01:31:00.000000','2026-12-06 12:35:50.665493','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-21',8,'',NULL,'',NULL,NULL,'2026-08-22 08:00:00.000000',9,23,'2026-08-21 02:17:00.000000','2026-12-06 12:35:50.667282','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-21", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,24,'2026-06-19 05:43:00.000000','2026-12-06 12:35:50.673637','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,25,'2026-07-04 08:57:00.000000','2026-12-06 12:35:50.675406','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'','2026-12-03 12:35:47.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-09 06:43:00.000000','2026-12-06 12:35:50.534487','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,27,'2026-11-20 05:00:00.000000','2026-12-06 12:35:50.685252','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-04 07:10:00.000000','2026-12-06 12:35:49.297014','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-02',8,'',NULL,'',NULL,NULL,'2026-11-03 08:00:00.000000',9,29,'2026-11-02 01:03:00.000000','2026-12-06 12:35:50.686923','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,30,'2026-11-18 06:50:00.000000','2026-12-06 12:35:50.696676','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-18", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,31,'2026-11-16 03:38:00.000000','2026-12-06 12:35:50.698505','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-16", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-28',8,'',NULL,'',NULL,NULL,'2026-10-29 08:00:00.000000',9,32,'2026-10-28 03:46:00.000000','2026-12-06 12:35:50.700257','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,33,'2026-11-19 03:34:00.000000','2026-12-06 12:35:50.706171','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-29',8,'',NULL,'',NULL,NULL,'2026-08-30 08:00:00.000000',9,34,'2026-08-29 04:03:00.000000','2026-12-06 12:35:50.707866','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-22',8,'',NULL,'',NULL,NULL,'2026-09-23 08:00:00.000000',9,35,'2026-09-22 05:56:00.000000','2026-12-06 12:35:50.717743','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-22", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-30',8,'',NULL,'',NULL,NULL,'2026-10-01 08:00:00.000000',9,36,'2026-09-30 03:52:00.000000','2026-12-06 12:35:50.722018','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-09-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-10',8,'',NULL,'',NULL,NULL,'2026-10-11 08:00:00.000000',9,37,'2026-10-10 01:44:00.000000','2026-12-06 12:35:50.724367','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-10", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,38,'2026-11-27 01:08:00.000000','2026-12-06 12:35:50.730503','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-27", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,39,'2026-11-30 07:08:00.000000','2026-12-06 12:35:50.732238','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,40,'2026-12-03 01:10:00.000000','2026-12-06 12:35:50.738232','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,41,'2026-11-25 07:50:00.000000','2026-12-06 12:35:50.739912','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,42,'2026-11-26 03:34:00.000000','2026-12-06 12:35:50.745806','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-29',8,'',NULL,'',NULL,NULL,'2026-11-30 08:00:00.000000',9,43,'2026-11-29 04:30:00.000000','2026-12-06 12:35:50.747604','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,44,'2026-11-30 04:23:00.000000','2026-12-06 12:35:50.753539','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,45,'2026-12-01 03:25:00.000000','2026-12-06 12:35:50.755300','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,46,'2026-12-02 01:06:00.000000','2026-12-06 12:35:50.761133','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,47,'2026-12-03 07:28:00.000000','2026-12-06 12:35:50.762856','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-04 09:13:00.000000','2026-12-06 12:35:50.368168','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-05 05:57:00.000000','2026-12-06 12:35:50.451255','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 07:25:00.000000','2026-12-06 12:35:50.521565','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'',NULL,'',NULL,26,'2026-12-04 08:00:00.000000',9,51,'2026-12-03 12:35:47.000000','2026-12-06 12:35:50.768404','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','推荐的 曾小贤 首次到访',NULL,NULL,1,'2026-12-06 12:35:46.785159','2026-12-06 12:35:46.785164');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 12:35:45.000000','2026-12-06 12:35:47.106893');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0602',4,NULL,3,'2026-12-06 12:35:47.991419','2026-12-06 12:35:47.991422');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1105',4,NULL,4,'2026-12-06 12:35:48.197814','2026-12-06 12:35:48.197817');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1304',4,NULL,5,'2026-12-06 12:35:48.265020','2026-12-06 12:35:48.265025');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0001',7,NULL,6,'2026-12-06 12:35:48.420640','2026-12-06 12:35:48.420645');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0004',7,NULL,7,'2026-12-06 12:35:48.897399','2026-12-06 12:35:48.897403');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0005',7,NULL,8,'2026-12-06 12:35:49.030581','2026-12-06 12:35:49.030586');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1703',4,NULL,9,'2026-12-06 12:35:49.248830','2026-12-06 12:35:49.248835');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0007',7,NULL,10,'2026-12-06 12:35:49.334847','2026-12-06 12:35:49.334852');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1604',4,NULL,11,'2026-12-06 12:35:49.379069','2026-12-06 12:35:49.379074');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0008',7,NULL,12,'2026-12-06 12:35:49.428566','2026-12-06 12:35:49.428573');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋0804',4,NULL,13,'2026-12-06 12:35:50.048207','2026-12-06 12:35:50.048211');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0901',4,NULL,14,'2026-12-06 12:35:50.303650','2026-12-06 12:35:50.303655');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 2栋1单元1802',4,NULL,15,'2026-12-06 12:35:50.426201','2026-12-06 12:35:50.426206');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0104',NULL,NULL,16,'2026-12-06 12:35:51.264276','2026-12-06 12:35:51.264280');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同HT-DUMP-1',NULL,NULL,17,'2026-12-06 12:35:51.295820','2026-12-06 12:35:51.295824');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 12:35:47.057414','2026-12-06 12:35:47.057419');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 12:35:47.057421','2026-12-06 12:35:47.057422');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 12:35:47.057424','2026-12-06 12:35:47.057425');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 12:35:47.057426','2026-12-06 12:35:47.057427');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 12:35:47.073878','2026-12-06 12:35:47.073882');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 12:35:47.073884','2026-12-06 12:35:47.073885');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 12:35:47.073886','2026-12-06 12:35:47.073887');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 12:35:47.073888','2026-12-06 12:35:47.073890');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 12:35:47.084330','2026-12-06 12:35:47.098696');
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
INSERT INTO "rotation_turns" VALUES('2026-11-16',2,'serve',1,NULL,'',1,'2026-11-16 12:35:45.000000','2026-12-06 12:35:46.735164');
INSERT INTO "rotation_turns" VALUES('2026-11-16',4,'serve',2,NULL,'',2,'2026-11-16 13:35:45.000000','2026-12-06 12:35:46.785633');
INSERT INTO "rotation_turns" VALUES('2026-11-16',5,'serve',3,NULL,'',3,'2026-11-16 14:35:45.000000','2026-12-06 12:35:46.857547');
INSERT INTO "rotation_turns" VALUES('2026-12-06',4,'skip',NULL,NULL,'',4,'2026-12-06 12:35:45.000000','2026-12-06 12:35:47.129240');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 12:35:45.000000','2026-12-06 12:35:47.146821');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',6,NULL,'',6,'2026-12-06 12:30:51.000000','2026-12-06 12:35:52.067691');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 12:35:45.471971','2026-12-06 12:35:45.471976');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 12:35:45.478625','2026-12-06 12:35:45.478628');
INSERT INTO "settings" VALUES('database.id','"0f04a095-f90a-42eb-8b43-55c747435d6c"',1,3,'2026-12-06 12:35:47.913245','2026-12-06 12:35:47.913251');
INSERT INTO "settings" VALUES('ids.key_check','"PuChdURlLpUrW1bYaf0LikJDb3j/jT/Ef933FnV2+Dg="',1,4,'2026-12-06 12:35:47.922378','2026-12-06 12:35:47.922382');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 12:35:51.187672','2026-12-06 12:35:51.187676');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 12:35:52.005103','2026-12-06 12:35:52.005109');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-20 01:06:00.000000','','2026-06-19 01:26:00.000000','转认购',1,'2026-06-19 01:06:00.000000','2026-12-06 12:35:47.942154',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-20 01:12:00.000000','','2026-06-19 01:32:00.000000','转认购',2,'2026-06-19 01:12:00.000000','2026-12-06 12:35:48.038751',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-20 01:18:00.000000','','2026-06-19 01:38:00.000000','转认购',3,'2026-06-19 01:18:00.000000','2026-12-06 12:35:48.107089',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-20 01:24:00.000000','','2026-06-19 01:44:00.000000','转认购',4,'2026-06-19 01:24:00.000000','2026-12-06 12:35:48.173228',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-20 01:30:00.000000','','2026-06-19 01:50:00.000000','转认购',5,'2026-06-19 01:30:00.000000','2026-12-06 12:35:48.238460',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-20 01:36:00.000000','','2026-06-19 01:56:00.000000','转认购',6,'2026-06-19 01:36:00.000000','2026-12-06 12:35:48.303582',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 12:35:47.000000','2026-12-06 12:35:50.778319',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 12:35:47.000000','2026-12-06 12:35:50.800941',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 10:35:47.000000','',NULL,'',9,'2026-12-06 10:35:47.000000','2026-12-06 12:35:50.821150',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 07:35:47.000000','',NULL,'',10,'2026-12-06 07:35:47.000000','2026-12-06 12:35:50.835552',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 16:35:47.000000','',NULL,'',11,'2026-12-05 16:35:47.000000','2026-12-06 12:35:50.858204',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 06:35:47.000000','','2026-12-06 06:35:47.000000','到期自动释放',12,'2026-12-05 06:35:47.000000','2026-12-06 12:35:51.000000',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 12:35:47.000000','','2026-12-05 12:35:47.000000','到期自动释放',13,'2026-12-04 12:35:47.000000','2026-12-06 12:35:51.000000',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 12:35:47.000000','','2026-12-04 12:35:47.000000','到期自动释放',14,'2026-12-03 12:35:47.000000','2026-12-06 12:35:51.000000',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 12:35:51.000000','',NULL,'',15,'2026-12-06 12:35:51.000000','2026-12-06 12:35:51.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 12:35:47.582925','2026-12-06 12:35:51.149959');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 12:35:47.582925','2026-12-06 12:35:50.857799');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 12:35:47.582925','2026-12-06 12:35:51.228868');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 12:35:47.582925','2026-12-06 12:35:51.285252');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 12:35:47.582925','2026-12-06 12:35:48.529067');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 12:35:47.582925','2026-12-06 12:35:50.820742');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 12:35:47.582925','2026-12-06 12:35:50.293584');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 12:35:47.582925','2026-12-06 12:35:51.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 12:35:47.582925','2026-12-06 12:35:48.780886');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 12:35:47.582925','2026-12-06 12:35:48.700695');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 12:35:47.582925','2026-12-06 12:35:50.485028');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 12:35:47.582925','2026-12-06 12:35:49.474241');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 12:35:47.582925','2026-12-06 12:35:49.311193');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 12:35:47.582925','2026-12-06 12:35:47.582925');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 12:35:47.591948','2026-12-06 12:35:50.835183');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 12:35:47.591948','2026-12-06 12:35:49.599447');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 12:35:47.591948','2026-12-06 12:35:49.911270');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 12:35:47.591948','2026-12-06 12:35:50.400073');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 12:35:47.591948','2026-12-06 12:35:49.983880');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 12:35:47.591948','2026-12-06 12:35:47.591948');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.379544');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.030778');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.181961');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 12:35:47.610577','2026-12-06 12:35:51.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 12:35:47.610577','2026-12-06 12:35:48.879616');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 12:35:47.610577','2026-12-06 12:35:49.019188');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 12:35:47.610577','2026-12-06 12:35:51.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.147731');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 12:35:47.610577','2026-12-06 12:35:49.161872');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.105428');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.222140');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 12:35:47.610577','2026-12-06 12:35:49.709880');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.792452');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 12:35:47.610577','2026-12-06 12:35:50.777341');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 12:35:47.610577','2026-12-06 12:35:47.610577');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 12:35:45.318948','2026-12-06 12:35:45.318956');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 12:35:45.453279','2026-12-06 12:35:45.453282');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 12:35:45.460945','2026-12-06 12:35:45.460949');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 12:35:45.460951','2026-12-06 12:35:45.460952');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 12:35:45.828099','2026-12-06 12:35:45.828103');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 12:35:45.836025','2026-12-06 12:35:45.836028');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 12:35:45.836030','2026-12-06 12:35:45.836031');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 12:35:45.843706','2026-12-06 12:35:45.843709');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 12:35:47.508048','2026-12-06 12:35:47.508052');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 12:35:47.519525','2026-12-06 12:35:47.519527');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 12:35:47.527338','2026-12-06 12:35:47.527340');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 12:35:47.534417','2026-12-06 12:35:47.534420');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 12:35:47.541403','2026-12-06 12:35:47.541405');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$UtnaQcrGhAfCncFpXJ4tmA==$cRZo7ePfyt2Kf5jsXJFYpV22VjaeYaKWmKkbLYUw95c=',1,0,NULL,1,1,'2026-12-06 12:35:45.312407','2026-12-06 12:35:45.312414');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$0xVD53wJXRuGgxwlAu94uA==$bg95pziMWoHTrLkjy99CNx2HLQsoMlHUgVlwt4MWX4w=',1,1,NULL,1,2,'2026-12-06 12:35:45.452629','2026-12-06 12:35:45.452635');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 12:35:45.456435','2026-12-06 12:35:45.456438');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 12:35:45.827397','2026-12-06 12:35:45.827404');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 12:35:45.835520','2026-12-06 12:35:45.835524');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 12:35:45.843338','2026-12-06 12:35:45.843342');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 12:35:47.507590','2026-12-06 12:35:47.507596');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 12:35:47.519173','2026-12-06 12:35:47.519177');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 12:35:47.526980','2026-12-06 12:35:47.526984');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 12:35:47.534062','2026-12-06 12:35:47.534066');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 12:35:47.540984','2026-12-06 12:35:47.540988');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 12:35:45.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 12:35:46.719076','2026-12-06 12:35:46.719081');
INSERT INTO "visits" VALUES(2,'2026-11-16 13:35:45.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 12:35:46.772409','2026-12-06 12:35:46.772411');
INSERT INTO "visits" VALUES(3,'2026-11-16 14:35:45.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 12:35:46.826099','2026-12-06 12:35:46.826102');
INSERT INTO "visits" VALUES(1,'2026-12-04 12:35:45.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 12:35:46.870962','2026-12-06 12:35:46.870966');
INSERT INTO "visits" VALUES(2,'2026-12-04 12:35:45.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 12:35:46.901822','2026-12-06 12:35:46.974613');
INSERT INTO "visits" VALUES(4,'2026-12-06 12:30:51.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 12:35:52.059968','2026-12-06 12:35:52.059971');
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
COMMIT;
