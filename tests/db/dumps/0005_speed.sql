BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005_speed');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 09:20:58.659658','2026-12-06 09:20:58.659661');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 09:20:58.659662','2026-12-06 09:20:58.659663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 09:20:58.806315','2026-12-06 09:20:58.806318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 09:20:58.806320','2026-12-06 09:20:58.806320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 09:20:58.813884','2026-12-06 09:20:58.813889');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 09:20:58.813890','2026-12-06 09:20:58.813891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 09:20:58.813892','2026-12-06 09:20:58.813892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 09:20:58.822337','2026-12-06 09:20:58.822340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 09:20:58.823244','2026-12-06 09:20:58.823246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 09:20:58.844632','2026-12-06 09:20:58.844638');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-12-06 09:20:58.846866','2026-12-06 09:20:58.846868');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-12-06 09:20:58.846869','2026-12-06 09:20:58.846869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 09:20:58.846870','2026-12-06 09:20:58.846871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 09:20:59.022527','2026-12-06 09:20:59.022530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 09:20:59.022531','2026-12-06 09:20:59.022532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 09:20:59.033262','2026-12-06 09:20:59.033267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 09:20:59.033269','2026-12-06 09:20:59.033270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 09:20:59.033270','2026-12-06 09:20:59.033271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 09:20:59.035455','2026-12-06 09:20:59.035457');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 09:20:59.035458','2026-12-06 09:20:59.035459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-16；顾问=2；顺序=1',NULL,21,'2026-12-06 09:20:59.083499','2026-12-06 09:20:59.083502');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-16；顾问=4；顺序=2',NULL,22,'2026-12-06 09:20:59.083503','2026-12-06 09:20:59.083503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-16；顾问=5；顺序=3',NULL,23,'2026-12-06 09:20:59.083504','2026-12-06 09:20:59.083505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 09:20:59 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 09:21:00.031678','2026-12-06 09:21:00.031682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 09:21:00.053054','2026-12-06 09:21:00.053058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 09:20:59 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 09:21:00.053059','2026-12-06 09:21:00.053060');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-16',NULL,27,'2026-12-06 09:21:00.053060','2026-12-06 09:21:00.053061');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-16；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 09:21:00.063718','2026-12-06 09:21:00.063721');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'姓名=''曾小贤''；手机号=''139****1111''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''老带新''；认知途径=''''；意向等级=''C 低意向''；推荐人=1；备注=''''；同意告知时间=2026-11-16 10:20:59 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,29,'2026-12-06 09:21:00.101559','2026-12-06 09:21:00.101564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'客户编号=2；新顾问=4；方式=''register''；原因=''''',NULL,30,'2026-12-06 09:21:00.103946','2026-12-06 09:21:00.103949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'客户编号=2；来访时间=2026-11-16 10:20:59 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''老带新''；认知途径=''''；接待顾问=4；备注=''''',NULL,31,'2026-12-06 09:21:00.103950','2026-12-06 09:21:00.103950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'归属顾问：（空） → 4；保护期至：（空） → 2026-12-16',NULL,32,'2026-12-06 09:21:00.103951','2026-12-06 09:21:00.103952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-16；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,33,'2026-12-06 09:21:00.115439','2026-12-06 09:21:00.115441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'推荐人=1；被推荐人=2；积分=100；类型=''visit''；说明=''推荐的 曾小贤 首次到访''',NULL,34,'2026-12-06 09:21:00.115442','2026-12-06 09:21:00.115442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 11:20:59 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-12-06 09:21:00.148051','2026-12-06 09:21:00.148054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-12-06 09:21:00.158701','2026-12-06 09:21:00.158703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 11:20:59 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-12-06 09:21:00.158704','2026-12-06 09:21:00.158705');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-16',NULL,38,'2026-12-06 09:21:00.158706','2026-12-06 09:21:00.158706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-16；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,39,'2026-12-06 09:21:00.160279','2026-12-06 09:21:00.160281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 09:20:59 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,40,'2026-12-06 09:21:00.181624','2026-12-06 09:21:00.181626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-16 → 2027-01-03',NULL,41,'2026-12-06 09:21:00.181627','2026-12-06 09:21:00.181628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 09:20:59 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,42,'2026-12-06 09:21:00.204662','2026-12-06 09:21:00.204669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'客户编号=4；新顾问=4；方式=''register''；原因=''''',NULL,43,'2026-12-06 09:21:00.207256','2026-12-06 09:21:00.207259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'客户编号=4；来访时间=2026-12-04 09:20:59 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=4；备注=''''',NULL,44,'2026-12-06 09:21:00.207260','2026-12-06 09:21:00.207260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-03',NULL,45,'2026-12-06 09:21:00.207261','2026-12-06 09:21:00.207262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,46,'2026-12-06 09:21:00.231656','2026-12-06 09:21:00.231659');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 09:20:59 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,47,'2026-12-06 09:21:00.231661','2026-12-06 09:21:00.231661');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,48,'2026-12-06 09:21:00.231662','2026-12-06 09:21:00.231663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,49,'2026-12-06 09:21:00.243304','2026-12-06 09:21:00.243308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'客户编号=2；原号码=''139****1111''；新号码=''139****3333''；原因=''客户换号''',NULL,50,'2026-12-06 09:21:00.264620','2026-12-06 09:21:00.264625');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'手机号：''139****1111'' → ''139****3333''',NULL,51,'2026-12-06 09:21:00.264626','2026-12-06 09:21:00.264627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'保留客户=2；并入的客户编号=4；并入记录=***；原因=''同一人登记了两次''',NULL,52,'2026-12-06 09:21:00.277237','2026-12-06 09:21:00.277239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'客户编号=2；原号码=''139****4444''；新号码=''139****3333''；原因=''合并客户 4：同一人登记了两次''',NULL,53,'2026-12-06 09:21:00.278773','2026-12-06 09:21:00.278776');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-03；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 09:20:59 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,54,'2026-12-06 09:21:00.378664','2026-12-06 09:21:00.378670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'合并客户：编号 4 并入 2','同一人登记了两次',55,'2026-12-06 09:21:00.378672','2026-12-06 09:21:00.378673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,56,'2026-12-06 09:21:00.389870','2026-12-06 09:21:00.389875');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,57,'2026-12-06 09:21:00.411457','2026-12-06 09:21:00.411463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,58,'2026-12-06 09:21:00.411465','2026-12-06 09:21:00.411466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,59,'2026-12-06 09:21:00.411467','2026-12-06 09:21:00.411468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,60,'2026-12-06 09:21:00.411470','2026-12-06 09:21:00.411471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,61,'2026-12-06 09:21:00.438119','2026-12-06 09:21:00.438125');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,62,'2026-12-06 09:21:00.438127','2026-12-06 09:21:00.438128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,63,'2026-12-06 09:21:00.438129','2026-12-06 09:21:00.438130');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,64,'2026-12-06 09:21:00.438132','2026-12-06 09:21:00.438133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,65,'2026-12-06 09:21:00.453230','2026-12-06 09:21:00.453235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,66,'2026-12-06 09:21:00.468639','2026-12-06 09:21:00.468645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,67,'2026-12-06 09:21:00.476638','2026-12-06 09:21:00.476644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-06；顾问=4；顺序=1',NULL,68,'2026-12-06 09:21:00.487979','2026-12-06 09:21:00.487985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-06；顾问=2；顺序=2',NULL,69,'2026-12-06 09:21:00.487986','2026-12-06 09:21:00.487988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-06；顾问=5；顺序=3',NULL,70,'2026-12-06 09:21:00.487989','2026-12-06 09:21:00.487990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-06；顾问=4；类型=''跳过''；备注=''''',NULL,71,'2026-12-06 09:21:00.500368','2026-12-06 09:21:00.500373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-06；顾问=2；类型=''接待''；备注=''''',NULL,72,'2026-12-06 09:21:00.507541','2026-12-06 09:21:00.507546');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,73,'2026-12-06 09:21:00.521098','2026-12-06 09:21:00.521103');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,74,'2026-12-06 09:21:00.531815','2026-12-06 09:21:00.531820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 09:20:59 UTC',NULL,75,'2026-12-06 09:21:00.545399','2026-12-06 09:21:00.545404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,76,'2026-12-06 09:21:00.922411','2026-12-06 09:21:00.922416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,77,'2026-12-06 09:21:00.922417','2026-12-06 09:21:00.922418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,78,'2026-12-06 09:21:00.934303','2026-12-06 09:21:00.934310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,79,'2026-12-06 09:21:00.934313','2026-12-06 09:21:00.934314');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,80,'2026-12-06 09:21:00.941945','2026-12-06 09:21:00.941950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,81,'2026-12-06 09:21:00.941951','2026-12-06 09:21:00.941952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,82,'2026-12-06 09:21:00.950849','2026-12-06 09:21:00.950854');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,83,'2026-12-06 09:21:00.950856','2026-12-06 09:21:00.950857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,84,'2026-12-06 09:21:00.962256','2026-12-06 09:21:00.962261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,85,'2026-12-06 09:21:00.962263','2026-12-06 09:21:00.962264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-20；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-19',NULL,86,'2026-12-06 09:21:00.989805','2026-12-06 09:21:00.989812');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,87,'2026-12-06 09:21:01.011035','2026-12-06 09:21:01.011040');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,88,'2026-12-06 09:21:01.011042','2026-12-06 09:21:01.011043');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,89,'2026-12-06 09:21:01.030984','2026-12-06 09:21:01.030990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 09:21:01.030993','2026-12-06 09:21:01.030994');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-12-06 09:21:01.057363','2026-12-06 09:21:01.057370');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-06 09:21:01.057371','2026-12-06 09:21:01.057373');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'项目=1；排号=1；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,93,'2026-12-06 09:21:01.085621','2026-12-06 09:21:01.085628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-21；出纳=8；note=''''；作废原因=''''',NULL,94,'2026-12-06 09:21:01.110923','2026-12-06 09:21:01.110930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,95,'2026-12-06 09:21:01.121841','2026-12-06 09:21:01.121846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-24；出纳=8；note=''''；作废原因=''''',NULL,96,'2026-12-06 09:21:01.134318','2026-12-06 09:21:01.134324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,97,'2026-12-06 09:21:01.145121','2026-12-06 09:21:01.145127');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-28；出纳=8；note=''''；作废原因=''''',NULL,98,'2026-12-06 09:21:01.157077','2026-12-06 09:21:01.157084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'项目=1；排号=4；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,99,'2026-12-06 09:21:01.160414','2026-12-06 09:21:01.160419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-31；出纳=8；note=''''；作废原因=''''',NULL,100,'2026-12-06 09:21:01.177220','2026-12-06 09:21:01.177226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,101,'2026-12-06 09:21:01.188595','2026-12-06 09:21:01.188602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-04；出纳=8；note=''''；作废原因=''''',NULL,102,'2026-12-06 09:21:01.197150','2026-12-06 09:21:01.197155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'项目=1；排号=6；客户=2；认筹金=20000.00；状态=''有效''；经办人=4；作废原因=''''',NULL,103,'2026-12-06 09:21:01.208975','2026-12-06 09:21:01.208984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''曾小贤''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-08；出纳=8；note=''''；作废原因=''''',NULL,104,'2026-12-06 09:21:01.217582','2026-12-06 09:21:01.217588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,105,'2026-12-06 09:21:01.228947','2026-12-06 09:21:01.228953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-11；出纳=8；note=''''；作废原因=''''',NULL,106,'2026-12-06 09:21:01.237245','2026-12-06 09:21:01.237251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,107,'2026-12-06 09:21:01.240465','2026-12-06 09:21:01.240469');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-15 07:00:00 UTC；closed_by_id：（空） → 7',NULL,108,'2026-12-06 09:21:01.274810','2026-12-06 09:21:01.274814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-16 07:04:00 UTC；closed_by_id：（空） → 8',NULL,109,'2026-12-06 09:21:01.283970','2026-12-06 09:21:01.283976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'房源=22；类型=''选房''；客户=2；认筹号=1；经办人=4；到期时间=2026-06-20 01:06:00 UTC；原因=''''；释放原因=''''',NULL,110,'2026-12-06 09:21:01.368372','2026-12-06 09:21:01.368378');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,111,'2026-12-06 09:21:01.368381','2026-12-06 09:21:01.368382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''ids.key''；值=***',NULL,112,'2026-12-06 09:21:01.450000','2026-12-06 09:21:01.450007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''曾小贤''；证件号码=''510104********8791''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-19 01:26:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,113,'2026-12-06 09:21:01.488017','2026-12-06 09:21:01.488025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'释放时间：（空） → 2026-06-19 01:26:00 UTC；释放原因：'''' → ''转认购''',NULL,114,'2026-12-06 09:21:01.488027','2026-12-06 09:21:01.488028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,115,'2026-12-06 09:21:01.491095','2026-12-06 09:21:01.491099');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,116,'2026-12-06 09:21:01.511784','2026-12-06 09:21:01.511789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=531225.98；已付金额=0',NULL,117,'2026-12-06 09:21:01.511790','2026-12-06 09:21:01.511791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1472860.62；已付金额=0',NULL,118,'2026-12-06 09:21:01.511793','2026-12-06 09:21:01.511794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-19 01:26:00 UTC；经办人=4；说明=''''',NULL,119,'2026-12-06 09:21:01.511795','2026-12-06 09:21:01.511796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,120,'2026-12-06 09:21:01.530901','2026-12-06 09:21:01.530907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:26:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 1',NULL,121,'2026-12-06 09:21:01.530908','2026-12-06 09:21:01.530909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,122,'2026-12-06 09:21:01.530911','2026-12-06 09:21:01.530912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'风险监测：否 → 是',NULL,123,'2026-12-06 09:21:01.530913','2026-12-06 09:21:01.530914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0602''；经办人=4',NULL,124,'2026-12-06 09:21:01.534156','2026-12-06 09:21:01.534161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-20 01:12:00 UTC；原因=''''；释放原因=''''',NULL,125,'2026-12-06 09:21:01.558067','2026-12-06 09:21:01.558071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,126,'2026-12-06 09:21:01.558073','2026-12-06 09:21:01.558074');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-19 01:32:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,127,'2026-12-06 09:21:01.594708','2026-12-06 09:21:01.594716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-19 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,128,'2026-12-06 09:21:01.594717','2026-12-06 09:21:01.594718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,129,'2026-12-06 09:21:01.602128','2026-12-06 09:21:01.602137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,130,'2026-12-06 09:21:01.610876','2026-12-06 09:21:01.610882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=560105.60；已付金额=0',NULL,131,'2026-12-06 09:21:01.610883','2026-12-06 09:21:01.610885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1540246.40；已付金额=0',NULL,132,'2026-12-06 09:21:01.610886','2026-12-06 09:21:01.610887');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-19 01:32:00 UTC；经办人=2；说明=''''',NULL,133,'2026-12-06 09:21:01.610888','2026-12-06 09:21:01.610890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,134,'2026-12-06 09:21:01.622776','2026-12-06 09:21:01.622781');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,135,'2026-12-06 09:21:01.622783','2026-12-06 09:21:01.622784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,136,'2026-12-06 09:21:01.622785','2026-12-06 09:21:01.622786');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-20 01:18:00 UTC；原因=''''；释放原因=''''',NULL,137,'2026-12-06 09:21:01.646422','2026-12-06 09:21:01.646429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,138,'2026-12-06 09:21:01.646431','2026-12-06 09:21:01.646432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-19 01:38:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,139,'2026-12-06 09:21:01.685320','2026-12-06 09:21:01.685327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-19 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,140,'2026-12-06 09:21:01.685329','2026-12-06 09:21:01.685330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,141,'2026-12-06 09:21:01.687708','2026-12-06 09:21:01.687713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=50000.00；已付金额=0',NULL,142,'2026-12-06 09:21:01.695972','2026-12-06 09:21:01.695977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=835230.40；已付金额=0',NULL,143,'2026-12-06 09:21:01.695979','2026-12-06 09:21:01.695980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=2065537.60；已付金额=0',NULL,144,'2026-12-06 09:21:01.695981','2026-12-06 09:21:01.695982');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-19 01:38:00 UTC；经办人=2；说明=''''',NULL,145,'2026-12-06 09:21:01.695983','2026-12-06 09:21:01.695984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,146,'2026-12-06 09:21:01.707188','2026-12-06 09:21:01.707193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,147,'2026-12-06 09:21:01.707195','2026-12-06 09:21:01.707196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,148,'2026-12-06 09:21:01.707197','2026-12-06 09:21:01.707198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'房源=283；类型=''选房''；客户=2；认筹号=4；经办人=4；到期时间=2026-06-20 01:24:00 UTC；原因=''''；释放原因=''''',NULL,149,'2026-12-06 09:21:01.727786','2026-12-06 09:21:01.727793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,150,'2026-12-06 09:21:01.727795','2026-12-06 09:21:01.727796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''曾小贤''；证件号码=''440305********596X''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-19 01:44:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,151,'2026-12-06 09:21:01.757577','2026-12-06 09:21:01.757583');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'释放时间：（空） → 2026-06-19 01:44:00 UTC；释放原因：'''' → ''转认购''',NULL,152,'2026-12-06 09:21:01.757584','2026-12-06 09:21:01.757585');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,153,'2026-12-06 09:21:01.766244','2026-12-06 09:21:01.766249');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0',NULL,154,'2026-12-06 09:21:01.777104','2026-12-06 09:21:01.777110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=689500.00；已付金额=0',NULL,155,'2026-12-06 09:21:01.777111','2026-12-06 09:21:01.777112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1795500.00；已付金额=0',NULL,156,'2026-12-06 09:21:01.777113','2026-12-06 09:21:01.777115');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-19 01:44:00 UTC；经办人=4；说明=''''',NULL,157,'2026-12-06 09:21:01.777116','2026-12-06 09:21:01.777117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:44:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 4',NULL,158,'2026-12-06 09:21:01.788817','2026-12-06 09:21:01.788822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,159,'2026-12-06 09:21:01.788824','2026-12-06 09:21:01.788825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,160,'2026-12-06 09:21:01.788826','2026-12-06 09:21:01.788827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1105''；经办人=4',NULL,161,'2026-12-06 09:21:01.790612','2026-12-06 09:21:01.790615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'房源=292；类型=''选房''；客户=2；认筹号=6；经办人=4；到期时间=2026-06-20 01:30:00 UTC；原因=''''；释放原因=''''',NULL,162,'2026-12-06 09:21:01.809741','2026-12-06 09:21:01.809750');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,163,'2026-12-06 09:21:01.809752','2026-12-06 09:21:01.809753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''曾小贤''；证件号码=''330110********4890''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-19 01:50:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,164,'2026-12-06 09:21:01.843791','2026-12-06 09:21:01.843798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'释放时间：（空） → 2026-06-19 01:50:00 UTC；释放原因：'''' → ''转认购''',NULL,165,'2026-12-06 09:21:01.843801','2026-12-06 09:21:01.843803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,166,'2026-12-06 09:21:01.852205','2026-12-06 09:21:01.852210');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0',NULL,167,'2026-12-06 09:21:01.860121','2026-12-06 09:21:01.860126');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=491997.76；已付金额=0',NULL,168,'2026-12-06 09:21:01.860128','2026-12-06 09:21:01.860129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1334661.44；已付金额=0',NULL,169,'2026-12-06 09:21:01.860131','2026-12-06 09:21:01.860132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-19 01:50:00 UTC；经办人=4；说明=''''',NULL,170,'2026-12-06 09:21:01.860133','2026-12-06 09:21:01.860134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,171,'2026-12-06 09:21:01.875266','2026-12-06 09:21:01.875272');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:50:00 UTC；closed_by_id：（空） → 4；转入交易：（空） → 5',NULL,172,'2026-12-06 09:21:01.875273','2026-12-06 09:21:01.875275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,173,'2026-12-06 09:21:01.875276','2026-12-06 09:21:01.875277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋1304''；经办人=4',NULL,174,'2026-12-06 09:21:01.889414','2026-12-06 09:21:01.889421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-20 01:36:00 UTC；原因=''''；释放原因=''''',NULL,175,'2026-12-06 09:21:01.922385','2026-12-06 09:21:01.922391');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,176,'2026-12-06 09:21:01.922392','2026-12-06 09:21:01.922394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-19 01:56:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,177,'2026-12-06 09:21:01.969819','2026-12-06 09:21:01.969826');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-19 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,178,'2026-12-06 09:21:01.969828','2026-12-06 09:21:01.969829');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,179,'2026-12-06 09:21:01.982846','2026-12-06 09:21:01.982852');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0',NULL,180,'2026-12-06 09:21:01.995232','2026-12-06 09:21:01.995237');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=710000.00；已付金额=0',NULL,181,'2026-12-06 09:21:01.995239','2026-12-06 09:21:01.995240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1890000.00；已付金额=0',NULL,182,'2026-12-06 09:21:01.995241','2026-12-06 09:21:01.995242');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-19 01:56:00 UTC；经办人=2；说明=''''',NULL,183,'2026-12-06 09:21:01.995244','2026-12-06 09:21:01.995245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,184,'2026-12-06 09:21:02.002424','2026-12-06 09:21:02.002430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,185,'2026-12-06 09:21:02.002431','2026-12-06 09:21:02.002433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,186,'2026-12-06 09:21:02.002434','2026-12-06 09:21:02.002435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,187,'2026-12-06 09:21:02.048932','2026-12-06 09:21:02.048942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''曾小贤''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,188,'2026-12-06 09:21:02.054658','2026-12-06 09:21:02.054664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-02',NULL,189,'2026-12-06 09:21:02.061072','2026-12-06 09:21:02.061077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''曾小贤''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-02；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 09:21:02.084584','2026-12-06 09:21:02.084591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-25 04:46:00 UTC；经办人=7；说明=''''',NULL,191,'2026-12-06 09:21:02.091194','2026-12-06 09:21:02.091201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062513349''；签约时间：（空） → 2026-06-25 04:46:00 UTC',NULL,192,'2026-12-06 09:21:02.091203','2026-12-06 09:21:02.091205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,193,'2026-12-06 09:21:02.104348','2026-12-06 09:21:02.104353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'交易=1；客户=2；负责人=4；序号=1；计划时间=2026-06-25 04:46:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,194,'2026-12-06 09:21:02.136395','2026-12-06 09:21:02.136402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'交易=1；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,195,'2026-12-06 09:21:02.136403','2026-12-06 09:21:02.136404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'交易=1；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,196,'2026-12-06 09:21:02.136406','2026-12-06 09:21:02.136407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0001''；经办人=7',NULL,197,'2026-12-06 09:21:02.147025','2026-12-06 09:21:02.147029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-04 02:25:00 UTC；经办人=7；说明=''''',NULL,198,'2026-12-06 09:21:02.166936','2026-12-06 09:21:02.166944');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-04',NULL,199,'2026-12-06 09:21:02.166945','2026-12-06 09:21:02.166947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-10 01:07:00 UTC；经办人=10；说明=''''',NULL,200,'2026-12-06 09:21:02.177632','2026-12-06 09:21:02.177636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,201,'2026-12-06 09:21:02.177637','2026-12-06 09:21:02.177639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-15 04:39:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 09:21:02.186342','2026-12-06 09:21:02.186345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 09:21:02.186347','2026-12-06 09:21:02.186348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-25 03:18:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 09:21:02.198034','2026-12-06 09:21:02.198038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 09:21:02.198040','2026-12-06 09:21:02.198041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-03 03:11:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 09:21:02.203400','2026-12-06 09:21:02.203404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 09:21:02.203406','2026-12-06 09:21:02.203407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-19 03:26:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 09:21:02.214022','2026-12-06 09:21:02.214027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 09:21:02.214028','2026-12-06 09:21:02.214030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-19',NULL,210,'2026-12-06 09:21:02.216293','2026-12-06 09:21:02.216297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,211,'2026-12-06 09:21:02.222949','2026-12-06 09:21:02.222955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,212,'2026-12-06 09:21:02.251044','2026-12-06 09:21:02.251047');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,213,'2026-12-06 09:21:02.251049','2026-12-06 09:21:02.251050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-18；应付金额=66278.73；已付金额=0',NULL,214,'2026-12-06 09:21:02.258669','2026-12-06 09:21:02.258674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-18 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,215,'2026-12-06 09:21:02.258676','2026-12-06 09:21:02.258677');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-18 01:35:00 UTC',NULL,216,'2026-12-06 09:21:02.258679','2026-12-06 09:21:02.258679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,217,'2026-12-06 09:21:02.266659','2026-12-06 09:21:02.266665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-24',NULL,218,'2026-12-06 09:21:02.274282','2026-12-06 09:21:02.274286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''曾小贤''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-24；出纳=8；note=''''；作废原因=''''',NULL,219,'2026-12-06 09:21:02.275390','2026-12-06 09:21:02.275393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,220,'2026-12-06 09:21:02.287860','2026-12-06 09:21:02.287864');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 09:21:02.293272','2026-12-06 09:21:02.293277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-03',NULL,222,'2026-12-06 09:21:02.295708','2026-12-06 09:21:02.295712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 09:21:02.303592','2026-12-06 09:21:02.303594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-22 06:31:00 UTC；经办人=7；说明=''''',NULL,224,'2026-12-06 09:21:02.310084','2026-12-06 09:21:02.310089');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062299846''；签约时间：（空） → 2026-06-22 06:31:00 UTC',NULL,225,'2026-12-06 09:21:02.310090','2026-12-06 09:21:02.310092');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,226,'2026-12-06 09:21:02.312354','2026-12-06 09:21:02.312358');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-22 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,227,'2026-12-06 09:21:02.320390','2026-12-06 09:21:02.320393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,228,'2026-12-06 09:21:02.320394','2026-12-06 09:21:02.320396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,229,'2026-12-06 09:21:02.320397','2026-12-06 09:21:02.320398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-01 06:41:00 UTC；经办人=7；说明=''''',NULL,230,'2026-12-06 09:21:02.333650','2026-12-06 09:21:02.333653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-01',NULL,231,'2026-12-06 09:21:02.333655','2026-12-06 09:21:02.333656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-06 01:08:00 UTC；经办人=10；说明=''''',NULL,232,'2026-12-06 09:21:02.346918','2026-12-06 09:21:02.346925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,233,'2026-12-06 09:21:02.346926','2026-12-06 09:21:02.346927');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-13 03:36:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 09:21:02.355480','2026-12-06 09:21:02.355484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 09:21:02.355486','2026-12-06 09:21:02.355487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-27 05:58:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 09:21:02.364034','2026-12-06 09:21:02.364038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 09:21:02.364040','2026-12-06 09:21:02.364041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-06 09:39:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 09:21:02.378705','2026-12-06 09:21:02.378711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 09:21:02.378713','2026-12-06 09:21:02.378715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-19 05:04:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 09:21:02.387996','2026-12-06 09:21:02.388000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 09:21:02.388001','2026-12-06 09:21:02.388002');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-19',NULL,242,'2026-12-06 09:21:02.400146','2026-12-06 09:21:02.400152');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,243,'2026-12-06 09:21:02.401576','2026-12-06 09:21:02.401580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,244,'2026-12-06 09:21:02.415014','2026-12-06 09:21:02.415017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,245,'2026-12-06 09:21:02.415019','2026-12-06 09:21:02.415020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-14；应付金额=69311.09；已付金额=0',NULL,246,'2026-12-06 09:21:02.425488','2026-12-06 09:21:02.425494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-14 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,247,'2026-12-06 09:21:02.425495','2026-12-06 09:21:02.425496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-14 05:33:00 UTC',NULL,248,'2026-12-06 09:21:02.425498','2026-12-06 09:21:02.425499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,249,'2026-12-06 09:21:02.433409','2026-12-06 09:21:02.433413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-19',NULL,250,'2026-12-06 09:21:02.436136','2026-12-06 09:21:02.436140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-19；出纳=8；note=''''；作废原因=''''',NULL,251,'2026-12-06 09:21:02.445592','2026-12-06 09:21:02.445597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-19',NULL,252,'2026-12-06 09:21:02.465084','2026-12-06 09:21:02.465090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 09:21:02.466538','2026-12-06 09:21:02.466542');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-29',NULL,254,'2026-12-06 09:21:02.474648','2026-12-06 09:21:02.474654');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 09:21:02.480993','2026-12-06 09:21:02.480996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-24 05:15:00 UTC；经办人=7；说明=''''',NULL,256,'2026-12-06 09:21:02.482780','2026-12-06 09:21:02.482784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062487853''；签约时间：（空） → 2026-06-24 05:15:00 UTC',NULL,257,'2026-12-06 09:21:02.482786','2026-12-06 09:21:02.482787');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,258,'2026-12-06 09:21:02.493316','2026-12-06 09:21:02.493322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-24 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,259,'2026-12-06 09:21:02.505602','2026-12-06 09:21:02.505607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-25 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,260,'2026-12-06 09:21:02.505609','2026-12-06 09:21:02.505610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-26 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,261,'2026-12-06 09:21:02.505611','2026-12-06 09:21:02.505612');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-03 08:30:00 UTC；经办人=7；说明=''''',NULL,262,'2026-12-06 09:21:02.512440','2026-12-06 09:21:02.512444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-03',NULL,263,'2026-12-06 09:21:02.512446','2026-12-06 09:21:02.512447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-08 02:50:00 UTC；经办人=10；说明=''''',NULL,264,'2026-12-06 09:21:02.515558','2026-12-06 09:21:02.515562');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,265,'2026-12-06 09:21:02.515564','2026-12-06 09:21:02.515565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-17 01:34:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 09:21:02.534248','2026-12-06 09:21:02.534253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 09:21:02.534254','2026-12-06 09:21:02.534255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-30 01:54:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 09:21:02.541943','2026-12-06 09:21:02.541948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 09:21:02.541949','2026-12-06 09:21:02.541950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-06 07:43:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 09:21:02.546892','2026-12-06 09:21:02.546896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 09:21:02.546897','2026-12-06 09:21:02.546898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,272,'2026-12-06 09:21:02.558675','2026-12-06 09:21:02.558679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''曾小贤''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,273,'2026-12-06 09:21:02.559936','2026-12-06 09:21:02.559940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-28',NULL,274,'2026-12-06 09:21:02.566195','2026-12-06 09:21:02.566198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''曾小贤''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-28；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 09:21:02.568028','2026-12-06 09:21:02.568030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-23 08:15:00 UTC；经办人=7；说明=''''',NULL,276,'2026-12-06 09:21:02.573927','2026-12-06 09:21:02.573931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062356438''；签约时间：（空） → 2026-06-23 08:15:00 UTC',NULL,277,'2026-12-06 09:21:02.573933','2026-12-06 09:21:02.573934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,278,'2026-12-06 09:21:02.576130','2026-12-06 09:21:02.576134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'交易=4；客户=2；负责人=4；序号=1；计划时间=2026-06-23 08:15:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,279,'2026-12-06 09:21:02.588476','2026-12-06 09:21:02.592513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'交易=4；客户=2；负责人=4；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,280,'2026-12-06 09:21:02.592516','2026-12-06 09:21:02.592518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'交易=4；客户=2；负责人=4；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,281,'2026-12-06 09:21:02.592519','2026-12-06 09:21:02.592521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0004''；经办人=7',NULL,282,'2026-12-06 09:21:02.594614','2026-12-06 09:21:02.594617');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-01 06:59:00 UTC；经办人=7；说明=''''',NULL,283,'2026-12-06 09:21:02.601743','2026-12-06 09:21:02.601747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-01',NULL,284,'2026-12-06 09:21:02.601748','2026-12-06 09:21:02.601749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-08 06:50:00 UTC；经办人=10；说明=''''',NULL,285,'2026-12-06 09:21:02.608783','2026-12-06 09:21:02.608788');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,286,'2026-12-06 09:21:02.608790','2026-12-06 09:21:02.608791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-16 07:08:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 09:21:02.611754','2026-12-06 09:21:02.611757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 09:21:02.611759','2026-12-06 09:21:02.611760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-28 05:51:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 09:21:02.623157','2026-12-06 09:21:02.623160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 09:21:02.623161','2026-12-06 09:21:02.623163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-06 06:33:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 09:21:02.636597','2026-12-06 09:21:02.636603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 09:21:02.636605','2026-12-06 09:21:02.636606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-18 04:47:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 09:21:02.639887','2026-12-06 09:21:02.639890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 09:21:02.639892','2026-12-06 09:21:02.639893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-18',NULL,295,'2026-12-06 09:21:02.650556','2026-12-06 09:21:02.650561');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-18；出纳=8；note=''''；作废原因=''''',NULL,296,'2026-12-06 09:21:02.651780','2026-12-06 09:21:02.651783');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,297,'2026-12-06 09:21:02.655024','2026-12-06 09:21:02.655028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''曾小贤''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 09:21:02.656164','2026-12-06 09:21:02.656167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-20 03:00:00 UTC',NULL,299,'2026-12-06 09:21:02.671253','2026-12-06 09:21:02.671257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-03',NULL,300,'2026-12-06 09:21:02.673369','2026-12-06 09:21:02.673374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''曾小贤''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,301,'2026-12-06 09:21:02.675252','2026-12-06 09:21:02.675253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-25 02:27:00 UTC；经办人=7；说明=''''',NULL,302,'2026-12-06 09:21:02.685136','2026-12-06 09:21:02.685142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062555680''；签约时间：（空） → 2026-06-25 02:27:00 UTC',NULL,303,'2026-12-06 09:21:02.685144','2026-12-06 09:21:02.685146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,304,'2026-12-06 09:21:02.687581','2026-12-06 09:21:02.687585');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'交易=5；客户=2；负责人=4；序号=1；计划时间=2026-06-25 02:27:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,305,'2026-12-06 09:21:02.695807','2026-12-06 09:21:02.695811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'交易=5；客户=2；负责人=4；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,306,'2026-12-06 09:21:02.695812','2026-12-06 09:21:02.695813');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'交易=5；客户=2；负责人=4；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,307,'2026-12-06 09:21:02.695814','2026-12-06 09:21:02.695816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0005''；经办人=7',NULL,308,'2026-12-06 09:21:02.706044','2026-12-06 09:21:02.706048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-04 05:56:00 UTC；经办人=7；说明=''''',NULL,309,'2026-12-06 09:21:02.713030','2026-12-06 09:21:02.713036');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-04',NULL,310,'2026-12-06 09:21:02.713037','2026-12-06 09:21:02.713038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-11 07:20:00 UTC；经办人=10；说明=''''',NULL,311,'2026-12-06 09:21:02.716158','2026-12-06 09:21:02.716161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,312,'2026-12-06 09:21:02.716163','2026-12-06 09:21:02.716164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-19 08:06:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 09:21:02.727532','2026-12-06 09:21:02.727535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 09:21:02.727537','2026-12-06 09:21:02.727538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-30 03:41:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 09:21:02.737210','2026-12-06 09:21:02.737214');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 09:21:02.737216','2026-12-06 09:21:02.737217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-06 02:23:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 09:21:02.740240','2026-12-06 09:21:02.740244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 09:21:02.740246','2026-12-06 09:21:02.740246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-21 08:09:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 09:21:02.751629','2026-12-06 09:21:02.751633');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 09:21:02.751635','2026-12-06 09:21:02.751635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-21',NULL,321,'2026-12-06 09:21:02.758984','2026-12-06 09:21:02.758988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-21；出纳=8；note=''''；作废原因=''''',NULL,322,'2026-12-06 09:21:02.760092','2026-12-06 09:21:02.760095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,323,'2026-12-06 09:21:02.767793','2026-12-06 09:21:02.767797');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 09:21:02.777225','2026-12-06 09:21:02.777230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-04',NULL,325,'2026-12-06 09:21:02.779418','2026-12-06 09:21:02.779421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 09:21:02.784409','2026-12-06 09:21:02.784411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-22 04:03:00 UTC；经办人=7；说明=''''',NULL,327,'2026-12-06 09:21:02.786155','2026-12-06 09:21:02.786158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062258361''；签约时间：（空） → 2026-06-22 04:03:00 UTC',NULL,328,'2026-12-06 09:21:02.786160','2026-12-06 09:21:02.786161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,329,'2026-12-06 09:21:02.788357','2026-12-06 09:21:02.788361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-22 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,330,'2026-12-06 09:21:02.796438','2026-12-06 09:21:02.796441');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,331,'2026-12-06 09:21:02.796443','2026-12-06 09:21:02.796444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,332,'2026-12-06 09:21:02.796445','2026-12-06 09:21:02.796446');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-28 08:30:00 UTC；经办人=7；说明=''''',NULL,333,'2026-12-06 09:21:02.801515','2026-12-06 09:21:02.801518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-28',NULL,334,'2026-12-06 09:21:02.801520','2026-12-06 09:21:02.801521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-02 02:50:00 UTC；经办人=10；说明=''''',NULL,335,'2026-12-06 09:21:02.807312','2026-12-06 09:21:02.807315');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,336,'2026-12-06 09:21:02.807316','2026-12-06 09:21:02.807317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-09 05:29:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 09:21:02.811891','2026-12-06 09:21:02.811894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 09:21:02.811896','2026-12-06 09:21:02.811897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-20 03:02:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 09:21:02.824967','2026-12-06 09:21:02.824974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 09:21:02.824975','2026-12-06 09:21:02.824976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-27 01:36:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 09:21:02.828045','2026-12-06 09:21:02.828048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 09:21:02.828050','2026-12-06 09:21:02.828051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-09 02:39:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 09:21:02.839347','2026-12-06 09:21:02.839351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 09:21:02.839353','2026-12-06 09:21:02.839354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-09',NULL,345,'2026-12-06 09:21:02.845933','2026-12-06 09:21:02.845938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''',NULL,346,'2026-12-06 09:21:02.847082','2026-12-06 09:21:02.847085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********7434''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-20 04:49:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,347,'2026-12-06 09:21:02.861733','2026-12-06 09:21:02.861742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,348,'2026-12-06 09:21:02.863321','2026-12-06 09:21:02.863325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-20；应付金额=50000.00；已付金额=0',NULL,349,'2026-12-06 09:21:02.875034','2026-12-06 09:21:02.875038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-05；应付金额=616235.15；已付金额=0',NULL,350,'2026-12-06 09:21:02.875040','2026-12-06 09:21:02.875041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-19；应付金额=1554548.69；已付金额=0',NULL,351,'2026-12-06 09:21:02.875042','2026-12-06 09:21:02.875044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-20 04:49:00 UTC；经办人=4；说明=''''',NULL,352,'2026-12-06 09:21:02.875045','2026-12-06 09:21:02.875046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1703''；经办人=4',NULL,353,'2026-12-06 09:21:02.881192','2026-12-06 09:21:02.881197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-20',NULL,354,'2026-12-06 09:21:02.893657','2026-12-06 09:21:02.893663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,355,'2026-12-06 09:21:02.894973','2026-12-06 09:21:02.894976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,356,'2026-12-06 09:21:02.901164','2026-12-06 09:21:02.901169');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''曾小贤''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 09:21:02.903127','2026-12-06 09:21:02.903129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-21 08:53:00 UTC；经办人=7；说明=''''',NULL,358,'2026-12-06 09:21:02.913224','2026-12-06 09:21:02.913230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112181882''；签约时间：（空） → 2026-11-21 08:53:00 UTC',NULL,359,'2026-12-06 09:21:02.913232','2026-12-06 09:21:02.913233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,360,'2026-12-06 09:21:02.915575','2026-12-06 09:21:02.915578');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'交易=7；客户=2；负责人=4；序号=1；计划时间=2026-11-21 08:53:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,361,'2026-12-06 09:21:02.919477','2026-12-06 09:21:02.919481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'交易=7；客户=2；负责人=4；序号=2；计划时间=2026-11-22 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,362,'2026-12-06 09:21:02.919482','2026-12-06 09:21:02.919483');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'交易=7；客户=2；负责人=4；序号=3；计划时间=2026-11-23 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,363,'2026-12-06 09:21:02.919485','2026-12-06 09:21:02.919486');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0007''；经办人=7',NULL,364,'2026-12-06 09:21:02.929662','2026-12-06 09:21:02.929665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-01 06:06:00 UTC；经办人=7；说明=''''',NULL,365,'2026-12-06 09:21:02.936565','2026-12-06 09:21:02.936570');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-01',NULL,366,'2026-12-06 09:21:02.936572','2026-12-06 09:21:02.936573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-04 04:57:00 UTC；经办人=10；说明=''''',NULL,367,'2026-12-06 09:21:02.939668','2026-12-06 09:21:02.939670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,368,'2026-12-06 09:21:02.939672','2026-12-06 09:21:02.939673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********800X''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-02 02:43:00 UTC；签约期限=2026-11-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,369,'2026-12-06 09:21:02.959438','2026-12-06 09:21:02.959443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,370,'2026-12-06 09:21:02.969208','2026-12-06 09:21:02.969215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-02；应付金额=50000.00；已付金额=0',NULL,371,'2026-12-06 09:21:02.972251','2026-12-06 09:21:02.972256');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-02；应付金额=2925436.80；已付金额=0',NULL,372,'2026-12-06 09:21:02.972257','2026-12-06 09:21:02.972259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-02 02:43:00 UTC；经办人=4；说明=''''',NULL,373,'2026-12-06 09:21:02.972260','2026-12-06 09:21:02.972262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋1604''；经办人=4',NULL,374,'2026-12-06 09:21:02.978327','2026-12-06 09:21:02.978331');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-02',NULL,375,'2026-12-06 09:21:02.985656','2026-12-06 09:21:02.985660');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-02；出纳=8；note=''''；作废原因=''''',NULL,376,'2026-12-06 09:21:02.987489','2026-12-06 09:21:02.987491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-06 07:03:00 UTC；经办人=7；说明=''''',NULL,377,'2026-12-06 09:21:02.993252','2026-12-06 09:21:02.993257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110650101''；签约时间：（空） → 2026-11-06 07:03:00 UTC',NULL,378,'2026-12-06 09:21:02.993259','2026-12-06 09:21:02.993260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,379,'2026-12-06 09:21:02.995467','2026-12-06 09:21:02.995471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'交易=8；客户=2；负责人=4；序号=1；计划时间=2026-11-06 07:03:00 UTC；话术=曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系…',NULL,380,'2026-12-06 09:21:03.006088','2026-12-06 09:21:03.006092');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'交易=8；客户=2；负责人=4；序号=2；计划时间=2026-11-07 02:00:00 UTC；话术=''曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,381,'2026-12-06 09:21:03.006094','2026-12-06 09:21:03.006095');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'交易=8；客户=2；负责人=4；序号=3；计划时间=2026-11-08 10:30:00 UTC；话术=曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼…',NULL,382,'2026-12-06 09:21:03.006096','2026-12-06 09:21:03.006097');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'推荐人=1；被推荐人=2；积分=1000；类型=''deal''；说明=''被推荐人签约 合同YQF-2026-0008''；经办人=7',NULL,383,'2026-12-06 09:21:03.007856','2026-12-06 09:21:03.007860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-12 04:11:00 UTC；经办人=7；说明=''''',NULL,384,'2026-12-06 09:21:03.014623','2026-12-06 09:21:03.014626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-12',NULL,385,'2026-12-06 09:21:03.014628','2026-12-06 09:21:03.014629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,386,'2026-12-06 09:21:03.023573','2026-12-06 09:21:03.023576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,387,'2026-12-06 09:21:03.023577','2026-12-06 09:21:03.023578');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-15；应付金额=26844.16；已付金额=0',NULL,388,'2026-12-06 09:21:03.030153','2026-12-06 09:21:03.030157');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-15；应付金额=93726.26；已付金额=0',NULL,389,'2026-12-06 09:21:03.030159','2026-12-06 09:21:03.030160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-15 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,390,'2026-12-06 09:21:03.030162','2026-12-06 09:21:03.030163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-15 09:40:00 UTC',NULL,391,'2026-12-06 09:21:03.030164','2026-12-06 09:21:03.030165');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,392,'2026-12-06 09:21:03.032042','2026-12-06 09:21:03.032045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-18',NULL,393,'2026-12-06 09:21:03.038882','2026-12-06 09:21:03.038886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''曾小贤''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,394,'2026-12-06 09:21:03.040042','2026-12-06 09:21:03.040046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-16',NULL,395,'2026-12-06 09:21:03.046234','2026-12-06 09:21:03.046238');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''曾小贤''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 09:21:03.047419','2026-12-06 09:21:03.047422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-28 09:34:00 UTC；签约期限=2026-11-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,397,'2026-12-06 09:21:03.062118','2026-12-06 09:21:03.062123');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,398,'2026-12-06 09:21:03.063671','2026-12-06 09:21:03.063674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-28；应付金额=100000.00；已付金额=0',NULL,399,'2026-12-06 09:21:03.070588','2026-12-06 09:21:03.070592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-27；应付金额=2595921.20；已付金额=0',NULL,400,'2026-12-06 09:21:03.070593','2026-12-06 09:21:03.070594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-28 09:34:00 UTC；经办人=2；说明=''''',NULL,401,'2026-12-06 09:21:03.070596','2026-12-06 09:21:03.070597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-28',NULL,402,'2026-12-06 09:21:03.085381','2026-12-06 09:21:03.085386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-28；出纳=8；note=''''；作废原因=''''',NULL,403,'2026-12-06 09:21:03.087359','2026-12-06 09:21:03.087361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-10-31 08:14:00 UTC；经办人=7；说明=''''',NULL,404,'2026-12-06 09:21:03.091652','2026-12-06 09:21:03.091658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126103168856''；签约时间：（空） → 2026-10-31 08:14:00 UTC',NULL,405,'2026-12-06 09:21:03.091660','2026-12-06 09:21:03.091661');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,406,'2026-12-06 09:21:03.094338','2026-12-06 09:21:03.094341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-31 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,407,'2026-12-06 09:21:03.104045','2026-12-06 09:21:03.104048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,408,'2026-12-06 09:21:03.104050','2026-12-06 09:21:03.104051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,409,'2026-12-06 09:21:03.104052','2026-12-06 09:21:03.104053');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-10 02:08:00 UTC；经办人=7；说明=''''',NULL,410,'2026-12-06 09:21:03.113564','2026-12-06 09:21:03.113569');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-10',NULL,411,'2026-12-06 09:21:03.113571','2026-12-06 09:21:03.113573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,412,'2026-12-06 09:21:03.123013','2026-12-06 09:21:03.123016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,413,'2026-12-06 09:21:03.123018','2026-12-06 09:21:03.123019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-13；应付金额=84921.52；已付金额=0',NULL,414,'2026-12-06 09:21:03.129359','2026-12-06 09:21:03.129364');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-13 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,415,'2026-12-06 09:21:03.129366','2026-12-06 09:21:03.129367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-13 08:05:00 UTC',NULL,416,'2026-12-06 09:21:03.129368','2026-12-06 09:21:03.129369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,417,'2026-12-06 09:21:03.131298','2026-12-06 09:21:03.131301');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-19',NULL,418,'2026-12-06 09:21:03.135664','2026-12-06 09:21:03.135668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,419,'2026-12-06 09:21:03.141055','2026-12-06 09:21:03.141059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-29 08:36:00 UTC；签约期限=2026-09-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,420,'2026-12-06 09:21:03.151787','2026-12-06 09:21:03.151791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,421,'2026-12-06 09:21:03.157576','2026-12-06 09:21:03.157579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-29；应付金额=80000.00；已付金额=0',NULL,422,'2026-12-06 09:21:03.160641','2026-12-06 09:21:03.160645');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-28；应付金额=2588050.00；已付金额=0',NULL,423,'2026-12-06 09:21:03.160647','2026-12-06 09:21:03.160648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-29 08:36:00 UTC；经办人=2；说明=''''',NULL,424,'2026-12-06 09:21:03.160649','2026-12-06 09:21:03.160650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-29',NULL,425,'2026-12-06 09:21:03.164085','2026-12-06 09:21:03.164089');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-29；出纳=8；note=''''；作废原因=''''',NULL,426,'2026-12-06 09:21:03.169428','2026-12-06 09:21:03.169432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-22',NULL,427,'2026-12-06 09:21:03.171534','2026-12-06 09:21:03.171538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-22；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 09:21:03.177682','2026-12-06 09:21:03.177684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-30 05:49:00 UTC；经办人=7；说明=''''',NULL,429,'2026-12-06 09:21:03.179389','2026-12-06 09:21:03.179393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083019420''；签约时间：（空） → 2026-08-30 05:49:00 UTC',NULL,430,'2026-12-06 09:21:03.179395','2026-12-06 09:21:03.179396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,431,'2026-12-06 09:21:03.181558','2026-12-06 09:21:03.181561');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-30 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,432,'2026-12-06 09:21:03.189954','2026-12-06 09:21:03.189959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-31 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,433,'2026-12-06 09:21:03.189960','2026-12-06 09:21:03.189962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-01 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,434,'2026-12-06 09:21:03.189963','2026-12-06 09:21:03.189964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-07 07:48:00 UTC；经办人=7；说明=''''',NULL,435,'2026-12-06 09:21:03.197349','2026-12-06 09:21:03.197354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-07',NULL,436,'2026-12-06 09:21:03.197356','2026-12-06 09:21:03.197357');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-30 06:41:00 UTC；签约期限=2026-10-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,437,'2026-12-06 09:21:03.210783','2026-12-06 09:21:03.210788');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,438,'2026-12-06 09:21:03.212272','2026-12-06 09:21:03.212275');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-09-30；应付金额=50000.00；已付金额=0',NULL,439,'2026-12-06 09:21:03.215192','2026-12-06 09:21:03.215196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-15；应付金额=1152880.00；已付金额=0',NULL,440,'2026-12-06 09:21:03.215198','2026-12-06 09:21:03.215199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-29；应付金额=2806720.00；已付金额=0',NULL,441,'2026-12-06 09:21:03.215200','2026-12-06 09:21:03.215201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-09-30 06:41:00 UTC；经办人=2；说明=''''',NULL,442,'2026-12-06 09:21:03.215202','2026-12-06 09:21:03.215203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-30',NULL,443,'2026-12-06 09:21:03.224828','2026-12-06 09:21:03.224833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-30；出纳=8；note=''''；作废原因=''''',NULL,444,'2026-12-06 09:21:03.226029','2026-12-06 09:21:03.226032');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-10',NULL,445,'2026-12-06 09:21:03.227931','2026-12-06 09:21:03.227934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-10；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 09:21:03.233983','2026-12-06 09:21:03.233985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-03 08:51:00 UTC；经办人=7；说明=''''',NULL,447,'2026-12-06 09:21:03.238149','2026-12-06 09:21:03.238153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100323964''；签约时间：（空） → 2026-10-03 08:51:00 UTC',NULL,448,'2026-12-06 09:21:03.238155','2026-12-06 09:21:03.238156');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,449,'2026-12-06 09:21:03.240385','2026-12-06 09:21:03.240388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-03 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,450,'2026-12-06 09:21:03.248200','2026-12-06 09:21:03.248204');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-04 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,451,'2026-12-06 09:21:03.248206','2026-12-06 09:21:03.248207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-05 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,452,'2026-12-06 09:21:03.248208','2026-12-06 09:21:03.248209');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-12 09:08:00 UTC；经办人=7；说明=''''',NULL,453,'2026-12-06 09:21:03.255596','2026-12-06 09:21:03.255599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-12',NULL,454,'2026-12-06 09:21:03.255601','2026-12-06 09:21:03.255602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-17 02:19:00 UTC；经办人=10；说明=''''',NULL,455,'2026-12-06 09:21:03.262750','2026-12-06 09:21:03.262753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,456,'2026-12-06 09:21:03.262755','2026-12-06 09:21:03.262756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-23 03:16:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 09:21:03.269879','2026-12-06 09:21:03.269882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 09:21:03.269884','2026-12-06 09:21:03.269885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-05 06:18:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 09:21:03.276958','2026-12-06 09:21:03.276962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 09:21:03.276964','2026-12-06 09:21:03.276965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-11 02:34:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 09:21:03.279981','2026-12-06 09:21:03.279984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 09:21:03.279986','2026-12-06 09:21:03.279987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-27 01:01:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 09:21:03.282903','2026-12-06 09:21:03.282905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 09:21:03.282907','2026-12-06 09:21:03.282908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-27',NULL,465,'2026-12-06 09:21:03.289418','2026-12-06 09:21:03.289422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,466,'2026-12-06 09:21:03.290584','2026-12-06 09:21:03.290588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,467,'2026-12-06 09:21:03.299504','2026-12-06 09:21:03.299506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,468,'2026-12-06 09:21:03.299507','2026-12-06 09:21:03.299508');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-30；应付金额=44240.00；已付金额=0',NULL,469,'2026-12-06 09:21:03.306143','2026-12-06 09:21:03.306148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-30；应付金额=126302.40；已付金额=0',NULL,470,'2026-12-06 09:21:03.306150','2026-12-06 09:21:03.306151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-11-30 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,471,'2026-12-06 09:21:03.306152','2026-12-06 09:21:03.306153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-30 06:27:00 UTC',NULL,472,'2026-12-06 09:21:03.306154','2026-12-06 09:21:03.306155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,473,'2026-12-06 09:21:03.308030','2026-12-06 09:21:03.308033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-30',NULL,474,'2026-12-06 09:21:03.315036','2026-12-06 09:21:03.315040');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,475,'2026-12-06 09:21:03.316243','2026-12-06 09:21:03.316246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-03',NULL,476,'2026-12-06 09:21:03.322379','2026-12-06 09:21:03.322383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 09:21:03.323517','2026-12-06 09:21:03.323520');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-25 06:33:00 UTC；签约期限=2026-12-02；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,478,'2026-12-06 09:21:03.338750','2026-12-06 09:21:03.338755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,479,'2026-12-06 09:21:03.340231','2026-12-06 09:21:03.340235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-25；应付金额=50000.00；已付金额=0',NULL,480,'2026-12-06 09:21:03.354644','2026-12-06 09:21:03.354649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-10；应付金额=1010494.00；已付金额=0',NULL,481,'2026-12-06 09:21:03.354651','2026-12-06 09:21:03.354652');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-23；应付金额=2474486.00；已付金额=0',NULL,482,'2026-12-06 09:21:03.354654','2026-12-06 09:21:03.354655');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-25 06:33:00 UTC；经办人=2；说明=''''',NULL,483,'2026-12-06 09:21:03.354656','2026-12-06 09:21:03.354657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-25',NULL,484,'2026-12-06 09:21:03.358519','2026-12-06 09:21:03.358523');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,485,'2026-12-06 09:21:03.359662','2026-12-06 09:21:03.359664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''510104********0497''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-26 05:29:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,486,'2026-12-06 09:21:03.378617','2026-12-06 09:21:03.378622');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,487,'2026-12-06 09:21:03.380143','2026-12-06 09:21:03.380147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=100000.00；已付金额=0',NULL,488,'2026-12-06 09:21:03.391669','2026-12-06 09:21:03.391673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=463922.81；已付金额=0',NULL,489,'2026-12-06 09:21:03.391674','2026-12-06 09:21:03.391675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-25；应付金额=1315819.89；已付金额=0',NULL,490,'2026-12-06 09:21:03.391677','2026-12-06 09:21:03.391678');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-26 05:29:00 UTC；经办人=4；说明=''''',NULL,491,'2026-12-06 09:21:03.391679','2026-12-06 09:21:03.391680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 3栋0804''；经办人=4',NULL,492,'2026-12-06 09:21:03.401840','2026-12-06 09:21:03.401844');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-26',NULL,493,'2026-12-06 09:21:03.407088','2026-12-06 09:21:03.407093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''曾小贤''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,494,'2026-12-06 09:21:03.408323','2026-12-06 09:21:03.408326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-29 04:52:00 UTC；签约期限=2026-12-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,495,'2026-12-06 09:21:03.432082','2026-12-06 09:21:03.432087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,496,'2026-12-06 09:21:03.434188','2026-12-06 09:21:03.434192');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-29；应付金额=50000.00；已付金额=0',NULL,497,'2026-12-06 09:21:03.438509','2026-12-06 09:21:03.438513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-14；应付金额=555122.65；已付金额=0',NULL,498,'2026-12-06 09:21:03.438515','2026-12-06 09:21:03.438516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-28；应付金额=1411952.85；已付金额=0',NULL,499,'2026-12-06 09:21:03.438517','2026-12-06 09:21:03.438518');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-29 04:52:00 UTC；经办人=2；说明=''''',NULL,500,'2026-12-06 09:21:03.438520','2026-12-06 09:21:03.438521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-29',NULL,501,'2026-12-06 09:21:03.446896','2026-12-06 09:21:03.446900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-29；出纳=8；note=''''；作废原因=''''',NULL,502,'2026-12-06 09:21:03.448035','2026-12-06 09:21:03.448038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-30 06:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,503,'2026-12-06 09:21:03.456086','2026-12-06 09:21:03.456091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,504,'2026-12-06 09:21:03.461780','2026-12-06 09:21:03.461784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=80000.00；已付金额=0',NULL,505,'2026-12-06 09:21:03.464943','2026-12-06 09:21:03.464947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=509247.70；已付金额=0',NULL,506,'2026-12-06 09:21:03.464949','2026-12-06 09:21:03.464950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1374911.30；已付金额=0',NULL,507,'2026-12-06 09:21:03.464951','2026-12-06 09:21:03.464952');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-11-30 06:52:00 UTC；经办人=2；说明=''''',NULL,508,'2026-12-06 09:21:03.464953','2026-12-06 09:21:03.464954');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-30',NULL,509,'2026-12-06 09:21:03.468539','2026-12-06 09:21:03.468575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,510,'2026-12-06 09:21:03.469886','2026-12-06 09:21:03.469890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-01 03:00:00 UTC',NULL,511,'2026-12-06 09:21:03.471555','2026-12-06 09:21:03.471558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-01 09:25:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,512,'2026-12-06 09:21:03.477986','2026-12-06 09:21:03.477990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,513,'2026-12-06 09:21:03.479395','2026-12-06 09:21:03.479398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=50000.00；已付金额=0',NULL,514,'2026-12-06 09:21:03.490252','2026-12-06 09:21:03.490256');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-31；应付金额=1624937.60；已付金额=0',NULL,515,'2026-12-06 09:21:03.490257','2026-12-06 09:21:03.490259');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-01 09:25:00 UTC；经办人=2；说明=''''',NULL,516,'2026-12-06 09:21:03.490260','2026-12-06 09:21:03.490261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-01',NULL,517,'2026-12-06 09:21:03.496694','2026-12-06 09:21:03.496698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,518,'2026-12-06 09:21:03.497922','2026-12-06 09:21:03.497925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-02 07:30:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,519,'2026-12-06 09:21:03.512512','2026-12-06 09:21:03.512524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,520,'2026-12-06 09:21:03.514269','2026-12-06 09:21:03.514272');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=100000.00；已付金额=0',NULL,521,'2026-12-06 09:21:03.521696','2026-12-06 09:21:03.521700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-17；应付金额=692941.25；已付金额=0',NULL,522,'2026-12-06 09:21:03.521702','2026-12-06 09:21:03.521703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-31；应付金额=1850196.25；已付金额=0',NULL,523,'2026-12-06 09:21:03.521704','2026-12-06 09:21:03.521706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-02 07:30:00 UTC；经办人=2；说明=''''',NULL,524,'2026-12-06 09:21:03.521707','2026-12-06 09:21:03.521708');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-02',NULL,525,'2026-12-06 09:21:03.529608','2026-12-06 09:21:03.529613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,526,'2026-12-06 09:21:03.530860','2026-12-06 09:21:03.530863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-03 03:00:00 UTC',NULL,527,'2026-12-06 09:21:03.536651','2026-12-06 09:21:03.536656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''440305********5133''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-03 02:20:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,528,'2026-12-06 09:21:03.547213','2026-12-06 09:21:03.547217');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,529,'2026-12-06 09:21:03.552790','2026-12-06 09:21:03.552796');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=80000.00；已付金额=0',NULL,530,'2026-12-06 09:21:03.557966','2026-12-06 09:21:03.557970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=792151.19；已付金额=0',NULL,531,'2026-12-06 09:21:03.557971','2026-12-06 09:21:03.557973');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=2035019.45；已付金额=0',NULL,532,'2026-12-06 09:21:03.557974','2026-12-06 09:21:03.557975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-03 02:20:00 UTC；经办人=4；说明=''''',NULL,533,'2026-12-06 09:21:03.557976','2026-12-06 09:21:03.557977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 1栋0901''；经办人=4',NULL,534,'2026-12-06 09:21:03.559852','2026-12-06 09:21:03.559855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-03',NULL,535,'2026-12-06 09:21:03.567081','2026-12-06 09:21:03.567086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''曾小贤''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,536,'2026-12-06 09:21:03.568215','2026-12-06 09:21:03.568218');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-04 04:51:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,537,'2026-12-06 09:21:03.582746','2026-12-06 09:21:03.582751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,538,'2026-12-06 09:21:03.584158','2026-12-06 09:21:03.584161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=100000.00；已付金额=0',NULL,539,'2026-12-06 09:21:03.591326','2026-12-06 09:21:03.591330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=458772.83；已付金额=0',NULL,540,'2026-12-06 09:21:03.591332','2026-12-06 09:21:03.591333');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=1303803.27；已付金额=0',NULL,541,'2026-12-06 09:21:03.591334','2026-12-06 09:21:03.591335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-04 04:51:00 UTC；经办人=2；说明=''''',NULL,542,'2026-12-06 09:21:03.591336','2026-12-06 09:21:03.591337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-04',NULL,543,'2026-12-06 09:21:03.603075','2026-12-06 09:21:03.603080');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,544,'2026-12-06 09:21:03.605028','2026-12-06 09:21:03.605029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-05 02:05:00 UTC；经办人=7；说明=''''',NULL,545,'2026-12-06 09:21:03.606527','2026-12-06 09:21:03.606531');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120520190''；签约时间：（空） → 2026-12-05 02:05:00 UTC',NULL,546,'2026-12-06 09:21:03.606533','2026-12-06 09:21:03.606534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,547,'2026-12-06 09:21:03.612676','2026-12-06 09:21:03.612680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-05 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,548,'2026-12-06 09:21:03.616378','2026-12-06 09:21:03.616381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-06 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,549,'2026-12-06 09:21:03.616382','2026-12-06 09:21:03.616383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-07 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,550,'2026-12-06 09:21:03.616385','2026-12-06 09:21:03.616386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''曾小贤''；证件号码=''330106********7717''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-05 06:59:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,551,'2026-12-06 09:21:03.631346','2026-12-06 09:21:03.631350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,552,'2026-12-06 09:21:03.636911','2026-12-06 09:21:03.636916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=50000.00；已付金额=0',NULL,553,'2026-12-06 09:21:03.640101','2026-12-06 09:21:03.640105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=967475.89；已付金额=0',NULL,554,'2026-12-06 09:21:03.640107','2026-12-06 09:21:03.640108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=2374110.41；已付金额=0',NULL,555,'2026-12-06 09:21:03.640109','2026-12-06 09:21:03.640110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-05 06:59:00 UTC；经办人=4；说明=''''',NULL,556,'2026-12-06 09:21:03.640111','2026-12-06 09:21:03.640112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'推荐人=1；被推荐人=2；积分=500；类型=''deal''；说明=''被推荐人认购 2栋1单元1802''；经办人=4',NULL,557,'2026-12-06 09:21:03.649196','2026-12-06 09:21:03.649200');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-05',NULL,558,'2026-12-06 09:21:03.652204','2026-12-06 09:21:03.652208');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''曾小贤''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,559,'2026-12-06 09:21:03.657533','2026-12-06 09:21:03.657537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 09:20:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,560,'2026-12-06 09:21:03.668032','2026-12-06 09:21:03.668037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,561,'2026-12-06 09:21:03.673755','2026-12-06 09:21:03.673759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0',NULL,562,'2026-12-06 09:21:03.679074','2026-12-06 09:21:03.679079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=616450.00；已付金额=0',NULL,563,'2026-12-06 09:21:03.679081','2026-12-06 09:21:03.679083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-06；应付金额=1555050.00；已付金额=0',NULL,564,'2026-12-06 09:21:03.679084','2026-12-06 09:21:03.679086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 09:20:00 UTC；经办人=2；说明=''''',NULL,565,'2026-12-06 09:21:03.679087','2026-12-06 09:21:03.679088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,566,'2026-12-06 09:21:03.682895','2026-12-06 09:21:03.682898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,567,'2026-12-06 09:21:03.684135','2026-12-06 09:21:03.684139');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 09:21:00 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,568,'2026-12-06 09:21:03.701534','2026-12-06 09:21:03.701540');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,569,'2026-12-06 09:21:03.702823','2026-12-06 09:21:03.702827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,570,'2026-12-06 09:21:03.705116','2026-12-06 09:21:03.705119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-12-06 09:21:03.706599','2026-12-06 09:21:03.706601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 09:21:03.708048','2026-12-06 09:21:03.708059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 09:21:03.717973','2026-12-06 09:21:03.717977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 09:21:03.719502','2026-12-06 09:21:03.719505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 09:21:03.725243','2026-12-06 09:21:03.725247');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 09:21:03.726884','2026-12-06 09:21:03.726887');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 09:21:03.728318','2026-12-06 09:21:03.728320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 09:21:03.736977','2026-12-06 09:21:03.736980');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 09:21:03.744796','2026-12-06 09:21:03.744801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 09:21:03.746446','2026-12-06 09:21:03.746449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 09:21:03.747994','2026-12-06 09:21:03.747997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 09:21:03.749496','2026-12-06 09:21:03.749507');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 09:21:03.750911','2026-12-06 09:21:03.750914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 09:21:03.754731','2026-12-06 09:21:03.754736');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 09:21:03.761034','2026-12-06 09:21:03.761039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 09:21:03.762752','2026-12-06 09:21:03.762755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 09:21:03.764266','2026-12-06 09:21:03.764269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 09:21:03.766413','2026-12-06 09:21:03.766416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 09:21:03.767922','2026-12-06 09:21:03.767925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 09:21:03.773917','2026-12-06 09:21:03.773921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 09:21:03.775427','2026-12-06 09:21:03.775430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 09:21:03.777545','2026-12-06 09:21:03.777548');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 09:21:03.785011','2026-12-06 09:21:03.785015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 09:21:03.786789','2026-12-06 09:21:03.786792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 09:21:03.788317','2026-12-06 09:21:03.788320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 09:21:03.792849','2026-12-06 09:21:03.792853');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 09:21:03.794364','2026-12-06 09:21:03.794367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 09:21:03.795766','2026-12-06 09:21:03.795769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 09:21:03.797311','2026-12-06 09:21:03.797314');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 09:21:03.800916','2026-12-06 09:21:03.800921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 09:21:03.802498','2026-12-06 09:21:03.802501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 09:21:03.806423','2026-12-06 09:21:03.806427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 09:21:03.808060','2026-12-06 09:21:03.808063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-11 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 09:21:03.813858','2026-12-06 09:21:03.813862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 09:21:03.815329','2026-12-06 09:21:03.815332');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 09:21:03.824977','2026-12-06 09:21:03.824984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 09:21:03.826708','2026-12-06 09:21:03.826737');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 09:21:03.828292','2026-12-06 09:21:03.828295');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 09:21:03.834279','2026-12-06 09:21:03.834282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 09:21:03.835700','2026-12-06 09:21:03.835703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 09:21:03.845494','2026-12-06 09:21:03.845499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 09:21:03.847114','2026-12-06 09:21:03.847117');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 09:21:03.852596','2026-12-06 09:21:03.852601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 09:21:03.854342','2026-12-06 09:21:03.854345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 09:21:03.856157','2026-12-06 09:21:03.856160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''',NULL,616,'2026-12-06 09:21:03.873578','2026-12-06 09:21:03.873584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,617,'2026-12-06 09:21:03.873586','2026-12-06 09:21:03.873587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''',NULL,618,'2026-12-06 09:21:03.887666','2026-12-06 09:21:03.887671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,619,'2026-12-06 09:21:03.887673','2026-12-06 09:21:03.887674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'房源=24；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-07 07:21:00 UTC；原因=''''；释放原因=''''',NULL,620,'2026-12-06 09:21:03.903133','2026-12-06 09:21:03.903138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,621,'2026-12-06 09:21:03.903140','2026-12-06 09:21:03.903141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 04:21:00 UTC；原因=''''；释放原因=''''',NULL,622,'2026-12-06 09:21:03.912414','2026-12-06 09:21:03.912418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-06 09:21:03.912419','2026-12-06 09:21:03.912421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 13:21:00 UTC；原因=''''；释放原因=''''',NULL,624,'2026-12-06 09:21:03.929943','2026-12-06 09:21:03.929948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-06 09:21:03.929950','2026-12-06 09:21:03.929951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'房源=282；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-06 03:21:00 UTC；原因=''''；释放原因=''''',NULL,626,'2026-12-06 09:21:03.947134','2026-12-06 09:21:03.947138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-06 09:21:03.947140','2026-12-06 09:21:03.947141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'房源=312；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-05 09:21:00 UTC；原因=''''；释放原因=''''',NULL,628,'2026-12-06 09:21:03.964979','2026-12-06 09:21:03.964985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-06 09:21:03.964987','2026-12-06 09:21:03.964988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'房源=38；类型=''锁定''；客户=2；经办人=4；到期时间=2026-12-04 09:21:00 UTC；原因=''''；释放原因=''''',NULL,630,'2026-12-06 09:21:03.978933','2026-12-06 09:21:03.978937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-06 09:21:03.978938','2026-12-06 09:21:03.978939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'完成时间：（空） → 2026-06-25 04:53:00 UTC；完成人：（空） → 4',NULL,632,'2026-12-06 09:21:04.002410','2026-12-06 09:21:04.002415');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,633,'2026-12-06 09:21:04.006084','2026-12-06 09:21:04.006088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,634,'2026-12-06 09:21:04.007534','2026-12-06 09:21:04.007537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-22 06:38:00 UTC；完成人：（空） → 2',NULL,635,'2026-12-06 09:21:04.018529','2026-12-06 09:21:04.018532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,636,'2026-12-06 09:21:04.020010','2026-12-06 09:21:04.020014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 09:21:04.029758','2026-12-06 09:21:04.029761');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-24 05:22:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 09:21:04.036746','2026-12-06 09:21:04.036751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-25 02:07:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 09:21:04.038265','2026-12-06 09:21:04.038267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-26 10:37:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 09:21:04.049604','2026-12-06 09:21:04.049608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'完成时间：（空） → 2026-06-23 08:22:00 UTC；完成人：（空） → 4',NULL,641,'2026-12-06 09:21:04.051151','2026-12-06 09:21:04.051154');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 4',NULL,642,'2026-12-06 09:21:04.061065','2026-12-06 09:21:04.061071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 4',NULL,643,'2026-12-06 09:21:04.062783','2026-12-06 09:21:04.062786');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'完成时间：（空） → 2026-06-25 02:34:00 UTC；完成人：（空） → 4',NULL,644,'2026-12-06 09:21:04.064161','2026-12-06 09:21:04.064164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 4',NULL,645,'2026-12-06 09:21:04.074471','2026-12-06 09:21:04.074474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 4',NULL,646,'2026-12-06 09:21:04.075953','2026-12-06 09:21:04.075956');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-22 04:10:00 UTC；完成人：（空） → 2',NULL,647,'2026-12-06 09:21:04.082855','2026-12-06 09:21:04.082859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,648,'2026-12-06 09:21:04.084301','2026-12-06 09:21:04.084304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 09:21:04.093614','2026-12-06 09:21:04.093619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'完成时间：（空） → 2026-11-21 09:00:00 UTC；完成人：（空） → 4',NULL,650,'2026-12-06 09:21:04.095059','2026-12-06 09:21:04.095062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'完成时间：（空） → 2026-11-22 02:07:00 UTC；完成人：（空） → 4',NULL,651,'2026-12-06 09:21:04.096421','2026-12-06 09:21:04.096423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'完成时间：（空） → 2026-11-23 10:37:00 UTC；完成人：（空） → 4',NULL,652,'2026-12-06 09:21:04.112895','2026-12-06 09:21:04.112901');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'完成时间：（空） → 2026-11-06 07:10:00 UTC；完成人：（空） → 4',NULL,653,'2026-12-06 09:21:04.114512','2026-12-06 09:21:04.114516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'完成时间：（空） → 2026-11-07 02:07:00 UTC；完成人：（空） → 4',NULL,654,'2026-12-06 09:21:04.115880','2026-12-06 09:21:04.115882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'完成时间：（空） → 2026-11-08 10:37:00 UTC；完成人：（空） → 4',NULL,655,'2026-12-06 09:21:04.123313','2026-12-06 09:21:04.123317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-31 08:21:00 UTC；完成人：（空） → 2',NULL,656,'2026-12-06 09:21:04.129890','2026-12-06 09:21:04.129895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-01 02:07:00 UTC；完成人：（空） → 2',NULL,657,'2026-12-06 09:21:04.131366','2026-12-06 09:21:04.131370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-02 10:37:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 09:21:04.139568','2026-12-06 09:21:04.139573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-30 05:56:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 09:21:04.141170','2026-12-06 09:21:04.141173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-31 02:07:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 09:21:04.142528','2026-12-06 09:21:04.142531');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-01 10:37:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 09:21:04.143871','2026-12-06 09:21:04.143873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-03 08:58:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 09:21:04.153584','2026-12-06 09:21:04.153588');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-04 02:07:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 09:21:04.157797','2026-12-06 09:21:04.157800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-05 10:37:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 09:21:04.159241','2026-12-06 09:21:04.159244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-05 02:12:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 09:21:04.172047','2026-12-06 09:21:04.172054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,666,'2026-12-06 09:21:04.237879','2026-12-06 09:21:04.237884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',667,'2026-12-06 09:21:04.257157','2026-12-06 09:21:04.257163');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 09:21:01.003177','2026-12-06 09:21:01.003185');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 09:21:01.021671','2026-12-06 09:21:01.021677');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 09:21:01.041498','2026-12-06 09:21:01.041504');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 09:20:58.845927','2026-12-06 09:20:58.845930');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 09:20:58.845931','2026-12-06 09:20:58.845932');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 09:20:58.834689','2026-12-06 09:20:58.834694');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-25 04:46:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 04:53:00.000000',4,1,'2026-12-06 09:21:02.124078','2026-12-06 09:21:04.001284');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,2,'2026-12-06 09:21:02.124087','2026-12-06 09:21:04.005276');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,3,'2026-12-06 09:21:02.124090','2026-12-06 09:21:04.006883');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-22 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 06:38:00.000000',2,4,'2026-12-06 09:21:02.319113','2026-12-06 09:21:04.017702');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,5,'2026-12-06 09:21:02.319119','2026-12-06 09:21:04.019335');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,6,'2026-12-06 09:21:02.319121','2026-12-06 09:21:04.028942');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-24 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-24 05:22:00.000000',2,7,'2026-12-06 09:21:02.495985','2026-12-06 09:21:04.034502');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-25 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-25 02:07:00.000000',2,8,'2026-12-06 09:21:02.495991','2026-12-06 09:21:04.037594');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-26 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-26 10:37:00.000000',2,9,'2026-12-06 09:21:02.495993','2026-12-06 09:21:04.048693');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-23 08:15:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 08:22:00.000000',4,10,'2026-12-06 09:21:02.586982','2026-12-06 09:21:04.050455');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-24 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',4,11,'2026-12-06 09:21:02.586989','2026-12-06 09:21:04.051893');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-25 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',4,12,'2026-12-06 09:21:02.586991','2026-12-06 09:21:04.062090');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-25 02:27:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 02:34:00.000000',4,13,'2026-12-06 09:21:02.694317','2026-12-06 09:21:04.063520');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-26 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',4,14,'2026-12-06 09:21:02.694324','2026-12-06 09:21:04.073677');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-27 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',4,15,'2026-12-06 09:21:02.694327','2026-12-06 09:21:04.075275');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-22 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 04:10:00.000000',2,16,'2026-12-06 09:21:02.795145','2026-12-06 09:21:04.082064');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,17,'2026-12-06 09:21:02.795150','2026-12-06 09:21:04.083614');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,18,'2026-12-06 09:21:02.795153','2026-12-06 09:21:04.092865');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-21 08:53:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-21 09:00:00.000000',4,19,'2026-12-06 09:21:02.918078','2026-12-06 09:21:04.094404');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-22 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-22 02:07:00.000000',4,20,'2026-12-06 09:21:02.918084','2026-12-06 09:21:04.095776');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-23 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-23 10:37:00.000000',4,21,'2026-12-06 09:21:02.918086','2026-12-06 09:21:04.104004');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-06 07:03:00.000000','曾小贤您好，我是安家·云栖府的置业顾问陈思雨。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-06 07:10:00.000000',4,22,'2026-12-06 09:21:03.002118','2026-12-06 09:21:04.113798');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-07 02:00:00.000000','曾小贤您好，我是陈思雨。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-07 02:07:00.000000',4,23,'2026-12-06 09:21:03.002124','2026-12-06 09:21:04.115252');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-08 10:30:00.000000','曾小贤您好，我是陈思雨。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-08 10:37:00.000000',4,24,'2026-12-06 09:21:03.002126','2026-12-06 09:21:04.122508');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-31 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-31 08:21:00.000000',2,25,'2026-12-06 09:21:03.102637','2026-12-06 09:21:04.124119');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-01 02:07:00.000000',2,26,'2026-12-06 09:21:03.102644','2026-12-06 09:21:04.130694');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-02 10:37:00.000000',2,27,'2026-12-06 09:21:03.102647','2026-12-06 09:21:04.132108');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-30 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-30 05:56:00.000000',2,28,'2026-12-06 09:21:03.184013','2026-12-06 09:21:04.140420');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-31 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-31 02:07:00.000000',2,29,'2026-12-06 09:21:03.184020','2026-12-06 09:21:04.141904');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-01 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-01 10:37:00.000000',2,30,'2026-12-06 09:21:03.184022','2026-12-06 09:21:04.143242');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-03 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-03 08:58:00.000000',2,31,'2026-12-06 09:21:03.246981','2026-12-06 09:21:04.152727');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-04 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-04 02:07:00.000000',2,32,'2026-12-06 09:21:03.246987','2026-12-06 09:21:04.157081');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-05 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-05 10:37:00.000000',2,33,'2026-12-06 09:21:03.246990','2026-12-06 09:21:04.158564');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-05 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-05 02:12:00.000000',2,34,'2026-12-06 09:21:03.615121','2026-12-06 09:21:04.159985');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-06 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 09:21:03.615126','2026-12-06 09:21:03.615127');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-07 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 09:21:03.615129','2026-12-06 09:21:03.615130');
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
INSERT INTO "customer_merges" VALUES(2,4,'{"age_band": "", "anonymised_at": null, "area_max": null, "area_min": null, "awareness": "", "birthday": null, "budget_max": null, "budget_min": null, "buyer_type": "", "channel": "自然到访", "consent_at": "2026-12-04T09:20:59+00:00", "created_at": "2026-12-06T09:21:00.194016+00:00", "created_by_id": null, "do_not_disturb": false, "family_structure": "", "first_visit_at": "2026-12-04T09:20:59+00:00", "floor_preference": "", "focus": "", "gender": "", "grade": "C", "id": 4, "last_contact_at": "2026-12-04T09:20:59+00:00", "last_follow_up_at": null, "last_visit_at": "2026-12-04T09:20:59+00:00", "layout": "", "marketing_opt_in": false, "name": "曾晓贤", "next_follow_up_on": "2027-01-03", "notes": "", "owner_id": 4, "phone": "13900004444", "phone_kind": "mobile", "planned_follow_up_on": null, "protected_until": "2027-01-03", "purpose": "", "referrer_id": null, "risk_index": null, "risk_monitoring": false, "updated_at": "2026-12-06T09:21:00.205883+00:00", "version": 2, "visit_count": 1}','同一人登记了两次',NULL,1,'2026-12-06 09:21:00.267845','2026-12-06 09:21:00.267848');
CREATE TABLE customer_name_grams (
	gram VARCHAR(2) NOT NULL, 
	customer_id INTEGER NOT NULL, 
	CONSTRAINT pk_customer_name_grams PRIMARY KEY (gram, customer_id), 
	CONSTRAINT fk_customer_name_grams_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
)
 WITHOUT ROWID

;
INSERT INTO "customer_name_grams" VALUES('张伟',1);
INSERT INTO "customer_name_grams" VALUES('小贤',2);
INSERT INTO "customer_name_grams" VALUES('曾小',2);
INSERT INTO "customer_name_grams" VALUES('单丽',3);
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 09:21:00.242516','2026-12-06 09:21:00.242522');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-03','A',NULL,NULL,NULL,'','2026-11-16 09:20:59.000000',1,0,2,'2026-11-16 09:20:59.000000','2026-12-04 09:20:59.000000','2026-12-05 09:20:59.000000','2026-12-05 09:20:59.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 09:21:00.017085','2026-12-06 09:21:00.444800');
INSERT INTO "customers" VALUES('曾小贤','zxx','13900003333','13900003333','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-16','C',1,NULL,NULL,'','2026-11-16 10:20:59.000000',0,0,2,'2026-11-16 10:20:59.000000','2026-12-04 09:20:59.000000',NULL,'2026-12-04 09:20:59.000000',NULL,'2027-01-03',1,NULL,NULL,NULL,6,2,'2026-12-06 09:21:00.086626','2026-12-06 09:21:01.511216');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-16','C',NULL,NULL,NULL,'','2026-11-16 11:20:59.000000',0,0,1,'2026-11-16 11:20:59.000000','2026-11-16 11:20:59.000000',NULL,'2026-11-16 11:20:59.000000',NULL,'2026-12-16',0,NULL,NULL,NULL,2,3,'2026-12-06 09:21:00.145613','2026-12-06 09:21:00.157184');
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-19 01:26:00.000000',4,'',1,'2026-12-06 09:21:01.502151','2026-12-06 09:21:01.502159');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-19 01:32:00.000000',2,'',2,'2026-12-06 09:21:01.603488','2026-12-06 09:21:01.603493');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-19 01:38:00.000000',2,'',3,'2026-12-06 09:21:01.693237','2026-12-06 09:21:01.693243');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-19 01:44:00.000000',4,'',4,'2026-12-06 09:21:01.767548','2026-12-06 09:21:01.767553');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-19 01:50:00.000000',4,'',5,'2026-12-06 09:21:01.857567','2026-12-06 09:21:01.857573');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-19 01:56:00.000000',2,'',6,'2026-12-06 09:21:01.984287','2026-12-06 09:21:01.984292');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-25 04:46:00.000000',7,'',7,'2026-12-06 09:21:02.064206','2026-12-06 09:21:02.064211');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-04 02:25:00.000000',7,'',8,'2026-12-06 09:21:02.155521','2026-12-06 09:21:02.155525');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-10 01:07:00.000000',10,'',9,'2026-12-06 09:21:02.172053','2026-12-06 09:21:02.172057');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-15 04:39:00.000000',10,'',10,'2026-12-06 09:21:02.184988','2026-12-06 09:21:02.184993');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-25 03:18:00.000000',10,'',11,'2026-12-06 09:21:02.188294','2026-12-06 09:21:02.188297');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-03 03:11:00.000000',10,'',12,'2026-12-06 09:21:02.200090','2026-12-06 09:21:02.200093');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-19 03:26:00.000000',10,'',13,'2026-12-06 09:21:02.211783','2026-12-06 09:21:02.211786');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-18 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 09:21:02.250564','2026-12-06 09:21:02.250567');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-22 06:31:00.000000',7,'',15,'2026-12-06 09:21:02.303356','2026-12-06 09:21:02.303359');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-01 06:41:00.000000',7,'',16,'2026-12-06 09:21:02.332416','2026-12-06 09:21:02.332419');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-06 01:08:00.000000',10,'',17,'2026-12-06 09:21:02.335542','2026-12-06 09:21:02.335545');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-13 03:36:00.000000',10,'',18,'2026-12-06 09:21:02.354217','2026-12-06 09:21:02.354220');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-27 05:58:00.000000',10,'',19,'2026-12-06 09:21:02.362827','2026-12-06 09:21:02.362830');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-06 09:39:00.000000',10,'',20,'2026-12-06 09:21:02.371762','2026-12-06 09:21:02.371765');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-19 05:04:00.000000',10,'',21,'2026-12-06 09:21:02.386678','2026-12-06 09:21:02.386681');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-14 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 09:21:02.414652','2026-12-06 09:21:02.414655');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-24 05:15:00.000000',7,'',23,'2026-12-06 09:21:02.480632','2026-12-06 09:21:02.480637');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-03 08:30:00.000000',7,'',24,'2026-12-06 09:21:02.508018','2026-12-06 09:21:02.508021');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-08 02:50:00.000000',10,'',25,'2026-12-06 09:21:02.514369','2026-12-06 09:21:02.514372');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-17 01:34:00.000000',10,'',26,'2026-12-06 09:21:02.532644','2026-12-06 09:21:02.532651');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-30 01:54:00.000000',10,'',27,'2026-12-06 09:21:02.536432','2026-12-06 09:21:02.536434');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-06 07:43:00.000000',10,'',28,'2026-12-06 09:21:02.545784','2026-12-06 09:21:02.545787');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-23 08:15:00.000000',7,'',29,'2026-12-06 09:21:02.567822','2026-12-06 09:21:02.567825');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-01 06:59:00.000000',7,'',30,'2026-12-06 09:21:02.596253','2026-12-06 09:21:02.596256');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-08 06:50:00.000000',10,'',31,'2026-12-06 09:21:02.603556','2026-12-06 09:21:02.603559');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-16 07:08:00.000000',10,'',32,'2026-12-06 09:21:02.610634','2026-12-06 09:21:02.610637');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-28 05:51:00.000000',10,'',33,'2026-12-06 09:21:02.621965','2026-12-06 09:21:02.621968');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-06 06:33:00.000000',10,'',34,'2026-12-06 09:21:02.629417','2026-12-06 09:21:02.629420');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-18 04:47:00.000000',10,'',35,'2026-12-06 09:21:02.638752','2026-12-06 09:21:02.638755');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-25 02:27:00.000000',7,'',36,'2026-12-06 09:21:02.675042','2026-12-06 09:21:02.675044');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-04 05:56:00.000000',7,'',37,'2026-12-06 09:21:02.707689','2026-12-06 09:21:02.707692');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-11 07:20:00.000000',10,'',38,'2026-12-06 09:21:02.714984','2026-12-06 09:21:02.714987');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-19 08:06:00.000000',10,'',39,'2026-12-06 09:21:02.726324','2026-12-06 09:21:02.726326');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-30 03:41:00.000000',10,'',40,'2026-12-06 09:21:02.731909','2026-12-06 09:21:02.731912');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-06 02:23:00.000000',10,'',41,'2026-12-06 09:21:02.739108','2026-12-06 09:21:02.739110');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-21 08:09:00.000000',10,'',42,'2026-12-06 09:21:02.750455','2026-12-06 09:21:02.750458');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-22 04:03:00.000000',7,'',43,'2026-12-06 09:21:02.784186','2026-12-06 09:21:02.784189');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-28 08:30:00.000000',7,'',44,'2026-12-06 09:21:02.800289','2026-12-06 09:21:02.800291');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-02 02:50:00.000000',10,'',45,'2026-12-06 09:21:02.806216','2026-12-06 09:21:02.806218');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-09 05:29:00.000000',10,'',46,'2026-12-06 09:21:02.810704','2026-12-06 09:21:02.810706');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-20 03:02:00.000000',10,'',47,'2026-12-06 09:21:02.819650','2026-12-06 09:21:02.819652');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-27 01:36:00.000000',10,'',48,'2026-12-06 09:21:02.826926','2026-12-06 09:21:02.826929');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-09 02:39:00.000000',10,'',49,'2026-12-06 09:21:02.838180','2026-12-06 09:21:02.838183');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-20 04:49:00.000000',4,'',50,'2026-12-06 09:21:02.864337','2026-12-06 09:21:02.864341');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-21 08:53:00.000000',7,'',51,'2026-12-06 09:21:02.902899','2026-12-06 09:21:02.902902');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-01 06:06:00.000000',7,'',52,'2026-12-06 09:21:02.931343','2026-12-06 09:21:02.931346');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-04 04:57:00.000000',10,'',53,'2026-12-06 09:21:02.938522','2026-12-06 09:21:02.938525');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-02 02:43:00.000000',4,'',54,'2026-12-06 09:21:02.970280','2026-12-06 09:21:02.970284');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-06 07:03:00.000000',7,'',55,'2026-12-06 09:21:02.987280','2026-12-06 09:21:02.987283');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-12 04:11:00.000000',7,'',56,'2026-12-06 09:21:03.013586','2026-12-06 09:21:03.013589');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-15 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 09:21:03.023268','2026-12-06 09:21:03.023271');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-28 09:34:00.000000',2,'',58,'2026-12-06 09:21:03.068681','2026-12-06 09:21:03.068686');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-31 08:14:00.000000',7,'',59,'2026-12-06 09:21:03.087149','2026-12-06 09:21:03.087152');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-10 02:08:00.000000',7,'',60,'2026-12-06 09:21:03.108243','2026-12-06 09:21:03.108246');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-13 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 09:21:03.122654','2026-12-06 09:21:03.122657');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-29 08:36:00.000000',2,'',62,'2026-12-06 09:21:03.158547','2026-12-06 09:21:03.158551');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-30 05:49:00.000000',7,'',63,'2026-12-06 09:21:03.177458','2026-12-06 09:21:03.177461');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-07 07:48:00.000000',7,'',64,'2026-12-06 09:21:03.192119','2026-12-06 09:21:03.192122');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-30 06:41:00.000000',2,'',65,'2026-12-06 09:21:03.213254','2026-12-06 09:21:03.213258');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-03 08:51:00.000000',7,'',66,'2026-12-06 09:21:03.233748','2026-12-06 09:21:03.233751');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-12 09:08:00.000000',7,'',67,'2026-12-06 09:21:03.254440','2026-12-06 09:21:03.254443');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-17 02:19:00.000000',10,'',68,'2026-12-06 09:21:03.261597','2026-12-06 09:21:03.261600');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-23 03:16:00.000000',10,'',69,'2026-12-06 09:21:03.268539','2026-12-06 09:21:03.268544');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-05 06:18:00.000000',10,'',70,'2026-12-06 09:21:03.271702','2026-12-06 09:21:03.271704');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-11 02:34:00.000000',10,'',71,'2026-12-06 09:21:03.278848','2026-12-06 09:21:03.278852');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-27 01:01:00.000000',10,'',72,'2026-12-06 09:21:03.281832','2026-12-06 09:21:03.281835');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-30 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 09:21:03.299204','2026-12-06 09:21:03.299206');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-25 06:33:00.000000',2,'',74,'2026-12-06 09:21:03.350173','2026-12-06 09:21:03.350178');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-26 05:29:00.000000',4,'',75,'2026-12-06 09:21:03.389404','2026-12-06 09:21:03.389409');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-29 04:52:00.000000',2,'',76,'2026-12-06 09:21:03.436304','2026-12-06 09:21:03.436309');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-30 06:52:00.000000',2,'',77,'2026-12-06 09:21:03.462758','2026-12-06 09:21:03.462761');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-01 09:25:00.000000',2,'',78,'2026-12-06 09:21:03.480276','2026-12-06 09:21:03.480281');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-02 07:30:00.000000',2,'',79,'2026-12-06 09:21:03.515277','2026-12-06 09:21:03.515281');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-03 02:20:00.000000',4,'',80,'2026-12-06 09:21:03.553856','2026-12-06 09:21:03.553860');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-04 04:51:00.000000',2,'',81,'2026-12-06 09:21:03.589271','2026-12-06 09:21:03.589276');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-05 02:05:00.000000',7,'',82,'2026-12-06 09:21:03.604816','2026-12-06 09:21:03.604819');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-05 06:59:00.000000',4,'',83,'2026-12-06 09:21:03.637943','2026-12-06 09:21:03.637947');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 09:20:00.000000',2,'',84,'2026-12-06 09:21:03.674783','2026-12-06 09:21:03.674788');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:6AxWNfdjHSR91d26XyYelmRnyeggB44k+myLCdKfem/+yK4l/Bkhs/LiyBpSrg==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-19 01:26:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0001','330126062513349','2026-06-25 04:46:00.000000','2026-07-04',-2521134,6627873,'2026-11-18 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 09:21:01.462405','2026-12-06 09:21:02.250069');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:po0RQjTgNBDU/mRs0UmwRX5V4zG2Q39cpbGjQtsVMTIvAVMpTlQPuku7KU25fQ==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-19 01:32:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0002','330126062299846','2026-06-22 06:31:00.000000','2026-07-01',-221760,6931109,'2026-10-14 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 09:21:01.579592','2026-12-06 09:21:02.414370');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:y5hNyAYWffqsLIoJAgmIPN7FUvcA5DlGMYc9EZKQEpo4uJHwkjjcVEkaHm3MBA==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-19 01:38:00.000000','2026-06-26',500,90,'signed','YQF-2026-0003','330126062487853','2026-06-24 05:15:00.000000','2026-07-03',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 09:21:01.674308','2026-12-06 09:21:02.545519');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:ZJMRgj35miLC7quIEOxXypJWtlXgPTzIu+4LF16jI0J4gZovAJebcOClZWWbVA==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-19 01:44:00.000000','2026-06-26',500,90,'signed','YQF-2026-0004','330126062356438','2026-06-23 08:15:00.000000','2026-07-01',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 09:21:01.751301','2026-12-06 09:21:02.638488');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:gB4ccz7LAcKJy3xQjme/ckFd866DCilfGrIrGPOys1EZWQlu+sCYdcQOt2LVzA==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-20 03:00:00.000000',190665920,216264480,8000000,'2026-06-19 01:50:00.000000','2026-06-26',500,90,'signed','YQF-2026-0005','330126062555680','2026-06-25 02:27:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 09:21:01.840975','2026-12-06 09:21:02.750207');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:9peOdZqbg78PwNIbyRvprHnDMQm/PNEVZ1LD/x1SVHZC0uMOspeo6DtxGf+4Bw==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-19 01:56:00.000000','2026-06-26',500,90,'signed','YQF-2026-0006','330126062258361','2026-06-22 04:03:00.000000','2026-06-28',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 09:21:01.962774','2026-12-06 09:21:02.837930');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:5flvLn6cGHM96gkhUkHU3WIkhp4kn/R87j57IXlGu8fBwWSBcGakXvn7xYZTJQ==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-20 04:49:00.000000','2026-11-27',500,90,'signed','YQF-2026-0007','330126112181882','2026-11-21 08:53:00.000000','2026-12-01',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 09:21:02.855963','2026-12-06 09:21:02.938282');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:sl2sWHP4IwMp80wjw1Fmc7Od4AsO+jVPaAh06qpa0PxFBw0rM8Lxkv2U0hQpdQ==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-02 02:43:00.000000','2026-11-09',500,90,'delivered','YQF-2026-0008','330126110650101','2026-11-06 07:03:00.000000','2026-11-12',2684416,9372626,'2026-11-15 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 09:21:02.957855','2026-12-06 09:21:03.023031');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:/j68zwTo0cgK1fZWhSr0yGuKlYWZl6jNHxY+LvAMiPA9NPQcYUgmSfTWBtLyBA==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-28 09:34:00.000000','2026-11-04',500,90,'delivered','YQF-2026-0009','330126103168856','2026-10-31 08:14:00.000000','2026-11-10',0,8492152,'2026-11-13 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 09:21:03.056304','2026-12-06 09:21:03.122384');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:HI3zW6X+z7VQqupLo7PyIWeF896hBKVC9bmr//u/1hAPDOy6TRjKjjad5SLdgQ==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-29 08:36:00.000000','2026-09-05',500,90,'signed','YQF-2026-0010','330126083019420','2026-08-30 05:49:00.000000','2026-09-07',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 09:21:03.150210','2026-12-06 09:21:03.191876');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:FVg1dQ2sAJA5wyJrVDkzEk/GzMBJiv2u3xa9GnUZhIEAfyoLrkA5HArg1QORFQ==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-30 06:41:00.000000','2026-10-07',500,90,'delivered','YQF-2026-0011','330126100323964','2026-10-03 08:51:00.000000','2026-10-12',4424000,12630240,'2026-11-30 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 09:21:03.209170','2026-12-06 09:21:03.298980');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:35nAewFdL1jGQaGw3HBdGJB92utTejOjm2DXAS8kA65cMFr+UULJ+K2S0ztxdg==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-25 06:33:00.000000','2026-12-02',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 09:21:03.337062','2026-12-06 09:21:03.337068');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:dDgMgZms3K0kn6zfKYfUyhnGtoJ/UPEiKxHSLmRPt2jV+h4mdsXGrSrtKjXsZg==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-26 05:29:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 09:21:03.376967','2026-12-06 09:21:03.376973');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:/yxo506xhBy7bbkPpvbzmf6t3JuBjRjBsMccQxUrn7ZqMKdXYfukZWbI+tNnFQ==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-29 04:52:00.000000','2026-12-06',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 09:21:03.428221','2026-12-06 09:21:03.428228');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:sGU8wFCAQX9wLfE/WlPTicEZN1W6jlSGIRWFrZNnD93PPw6KH2/qLGLapNc0dg==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-01 03:00:00.000000',196415900,221466480,8000000,'2026-11-30 06:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 09:21:03.454602','2026-12-06 09:21:03.470632');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:X96aZjkEcf5NDZXMjAuKzgJRGM/9GZn7AXD+sWs+QBPyqOOgMxixdR3YykVK5w==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-01 09:25:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 09:21:03.476474','2026-12-06 09:21:03.476546');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:R+mH6l7Q+xBy1JZqOw6ukxVq88Sv61dVeVdcLYJ2bzOlChZtYYspXJShPAnYwA==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-03 03:00:00.000000',264313750,300555000,10000000,'2026-12-02 07:30:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 09:21:03.507028','2026-12-06 09:21:03.531614');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:9oNPar9SRVhedD81NkV87Gd6vB2QC/PQze8d3ofJT9X7+oA/e6yObwRJB7ag0Q==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-03 02:20:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 09:21:03.545732','2026-12-06 09:21:03.545738');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:yp9MSU200I/sZBjf77sTkHuuKUiaB7VtZ1Mjy9jb3g7YLdH2+YMuvLtF3utKCw==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-04 04:51:00.000000','2026-12-11',500,90,'signed','YQF-2026-0019','330126120520190','2026-12-05 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 09:21:03.581219','2026-12-06 09:21:03.604531');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:tJQQpJeLJex8AAmWyWqP/kCUfpEX4WllxRqoJlD0XrB8qtkyngWL98nLkuwRzA==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-05 06:59:00.000000','2026-12-12',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 09:21:03.629839','2026-12-06 09:21:03.629845');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:xjhV/MlVVPXhtMUT76aIbxz+g9G6++0LrIzM3bZhyjp5OTn0evVzATvB/iuSlw==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 09:20:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 09:21:03.666544','2026-12-06 09:21:03.666549');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 09:20:59.000000',2,1,'2026-12-06 09:21:00.530645','2026-12-06 09:21:00.540324');
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
INSERT INTO "duty_roster" VALUES('2026-11-16',2,1,1,'2026-12-06 09:20:59.082454','2026-12-06 09:20:59.082460');
INSERT INTO "duty_roster" VALUES('2026-11-16',4,2,2,'2026-12-06 09:20:59.082461','2026-12-06 09:20:59.082462');
INSERT INTO "duty_roster" VALUES('2026-11-16',5,3,3,'2026-12-06 09:20:59.082463','2026-12-06 09:20:59.082463');
INSERT INTO "duty_roster" VALUES('2026-12-06',4,1,4,'2026-12-06 09:21:00.486506','2026-12-06 09:21:00.486512');
INSERT INTO "duty_roster" VALUES('2026-12-06',2,2,5,'2026-12-06 09:21:00.486513','2026-12-06 09:21:00.486514');
INSERT INTO "duty_roster" VALUES('2026-12-06',5,3,6,'2026-12-06 09:21:00.486516','2026-12-06 09:21:00.486517');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 09:20:59.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 09:21:00.229516','2026-12-06 09:21:00.229522');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 09:20:59.000000','2026-12-06 09:21:00.230416');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,1,'2026-12-06 09:21:01.504266','2026-12-06 09:21:02.035168');
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-04',53122598,53122598,'2026-07-02',2,2,'2026-12-06 09:21:01.504273','2026-12-06 09:21:02.059573');
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-18',147286062,147286062,'2026-08-19',2,3,'2026-12-06 09:21:01.504275','2026-12-06 09:21:02.215283');
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,4,'2026-12-06 09:21:01.603928','2026-12-06 09:21:02.286812');
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-04',56010560,56010560,'2026-07-03',2,5,'2026-12-06 09:21:01.603934','2026-12-06 09:21:02.294648');
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-17',154024640,154024640,'2026-08-19',2,6,'2026-12-06 09:21:01.603936','2026-12-06 09:21:02.391573');
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-19',5000000,5000000,'2026-06-19',3,7,'2026-12-06 09:21:01.693707','2026-12-06 09:21:02.447805');
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-04',83523040,83523040,'2026-06-29',2,8,'2026-12-06 09:21:01.693713','2026-12-06 09:21:02.467711');
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-17',206553760,0,NULL,1,9,'2026-12-06 09:21:01.693715','2026-12-06 09:21:01.693716');
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,10,'2026-12-06 09:21:01.768033','2026-12-06 09:21:02.557547');
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-04',68950000,68950000,'2026-06-28',2,11,'2026-12-06 09:21:01.768039','2026-12-06 09:21:02.565153');
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-17',179550000,179550000,'2026-08-18',2,12,'2026-12-06 09:21:01.768040','2026-12-06 09:21:02.649401');
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,13,'2026-12-06 09:21:01.857986','2026-12-06 09:21:02.654076');
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-04',49199776,49199776,'2026-07-03',2,14,'2026-12-06 09:21:01.857991','2026-12-06 09:21:02.672359');
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-18',133466144,133466144,'2026-08-21',2,15,'2026-12-06 09:21:01.857994','2026-12-06 09:21:02.757956');
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,16,'2026-12-06 09:21:01.992921','2026-12-06 09:21:02.766736');
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-04',71000000,71000000,'2026-07-04',2,17,'2026-12-06 09:21:01.992930','2026-12-06 09:21:02.778363');
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-17',189000000,189000000,'2026-08-09',2,18,'2026-12-06 09:21:01.992932','2026-12-06 09:21:02.844772');
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-18',6627873,6627873,'2026-11-24',2,19,'2026-12-06 09:21:02.252062','2026-12-06 09:21:02.273202');
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-14',6931109,6931109,'2026-10-19',2,20,'2026-12-06 09:21:02.415460','2026-12-06 09:21:02.435134');
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-20',5000000,5000000,'2026-11-20',2,21,'2026-12-06 09:21:02.872911','2026-12-06 09:21:02.883373');
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-05',61623515,36974109,NULL,2,22,'2026-12-06 09:21:02.872918','2026-12-06 09:21:02.896033');
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-19',155454869,0,NULL,1,23,'2026-12-06 09:21:02.872921','2026-12-06 09:21:02.872922');
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-02',5000000,5000000,'2026-11-02',2,24,'2026-12-06 09:21:02.970614','2026-12-06 09:21:02.980410');
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-02',292543680,0,NULL,1,25,'2026-12-06 09:21:02.970618','2026-12-06 09:21:02.970619');
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-15',2684416,2684416,'2026-11-18',2,26,'2026-12-06 09:21:03.024025','2026-12-06 09:21:03.037849');
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-15',9372626,9372626,'2026-11-16',2,27,'2026-12-06 09:21:03.024030','2026-12-06 09:21:03.045241');
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-28',10000000,10000000,'2026-10-28',2,28,'2026-12-06 09:21:03.069088','2026-12-06 09:21:03.081282');
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-27',259592120,0,NULL,1,29,'2026-12-06 09:21:03.069093','2026-12-06 09:21:03.069094');
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-13',8492152,8492152,'2026-11-19',2,30,'2026-12-06 09:21:03.123433','2026-12-06 09:21:03.134606');
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-29',8000000,8000000,'2026-08-29',2,31,'2026-12-06 09:21:03.158909','2026-12-06 09:21:03.163089');
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-28',258805000,258805000,'2026-09-22',2,32,'2026-12-06 09:21:03.158914','2026-12-06 09:21:03.170575');
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-30',5000000,5000000,'2026-09-30',2,33,'2026-12-06 09:21:03.213604','2026-12-06 09:21:03.221948');
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-15',115288000,115288000,'2026-10-10',2,34,'2026-12-06 09:21:03.213608','2026-12-06 09:21:03.226978');
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-29',280672000,280672000,'2026-11-27',2,35,'2026-12-06 09:21:03.213610','2026-12-06 09:21:03.284060');
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-30',4424000,4424000,'2026-11-30',2,36,'2026-12-06 09:21:03.299961','2026-12-06 09:21:03.314044');
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-30',12630240,12630240,'2026-12-03',2,37,'2026-12-06 09:21:03.299966','2026-12-06 09:21:03.321393');
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-25',5000000,5000000,'2026-11-25',2,38,'2026-12-06 09:21:03.350609','2026-12-06 09:21:03.357465');
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-10',101049400,0,NULL,1,39,'2026-12-06 09:21:03.350614','2026-12-06 09:21:03.350615');
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-23',247448600,0,NULL,1,40,'2026-12-06 09:21:03.350616','2026-12-06 09:21:03.350617');
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-26',10000000,10000000,'2026-11-26',2,41,'2026-12-06 09:21:03.389838','2026-12-06 09:21:03.406032');
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-11',46392281,0,NULL,1,42,'2026-12-06 09:21:03.389843','2026-12-06 09:21:03.389844');
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-25',131581989,0,NULL,1,43,'2026-12-06 09:21:03.389846','2026-12-06 09:21:03.389847');
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-29',5000000,5000000,'2026-11-29',2,44,'2026-12-06 09:21:03.436759','2026-12-06 09:21:03.445809');
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-14',55512265,0,NULL,1,45,'2026-12-06 09:21:03.436764','2026-12-06 09:21:03.436765');
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-28',141195285,0,NULL,1,46,'2026-12-06 09:21:03.436766','2026-12-06 09:21:03.436767');
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-30',8000000,8000000,'2026-11-30',2,47,'2026-12-06 09:21:03.463109','2026-12-06 09:21:03.467467');
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-15',50924770,0,NULL,1,48,'2026-12-06 09:21:03.463113','2026-12-06 09:21:03.463114');
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-29',137491130,0,NULL,1,49,'2026-12-06 09:21:03.463115','2026-12-06 09:21:03.463116');
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-01',5000000,5000000,'2026-12-01',2,50,'2026-12-06 09:21:03.488580','2026-12-06 09:21:03.495596');
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-31',162493760,0,NULL,1,51,'2026-12-06 09:21:03.488588','2026-12-06 09:21:03.488589');
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-02',10000000,10000000,'2026-12-02',2,52,'2026-12-06 09:21:03.515633','2026-12-06 09:21:03.524394');
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-17',69294125,0,NULL,1,53,'2026-12-06 09:21:03.515637','2026-12-06 09:21:03.515638');
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-31',185019625,0,NULL,1,54,'2026-12-06 09:21:03.515639','2026-12-06 09:21:03.515641');
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-03',8000000,8000000,'2026-12-03',2,55,'2026-12-06 09:21:03.554210','2026-12-06 09:21:03.566086');
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-18',79215119,0,NULL,1,56,'2026-12-06 09:21:03.554214','2026-12-06 09:21:03.554215');
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-01',203501945,0,NULL,1,57,'2026-12-06 09:21:03.554217','2026-12-06 09:21:03.554218');
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-04',10000000,10000000,'2026-12-04',2,58,'2026-12-06 09:21:03.589655','2026-12-06 09:21:03.602080');
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-19',45877283,0,NULL,1,59,'2026-12-06 09:21:03.589659','2026-12-06 09:21:03.589660');
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-02',130380327,0,NULL,1,60,'2026-12-06 09:21:03.589661','2026-12-06 09:21:03.589662');
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-05',5000000,5000000,'2026-12-05',2,61,'2026-12-06 09:21:03.638281','2026-12-06 09:21:03.651200');
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-20',96747589,0,NULL,1,62,'2026-12-06 09:21:03.638285','2026-12-06 09:21:03.638286');
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-03',237411041,0,NULL,1,63,'2026-12-06 09:21:03.638287','2026-12-06 09:21:03.638288');
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,64,'2026-12-06 09:21:03.675158','2026-12-06 09:21:03.681881');
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-21',61645000,0,NULL,1,65,'2026-12-06 09:21:03.675162','2026-12-06 09:21:03.675163');
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-06',155505000,0,NULL,1,66,'2026-12-06 09:21:03.675164','2026-12-06 09:21:03.675165');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 09:21:00.042666','2026-12-06 09:21:00.042670');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 09:21:00.102831','2026-12-06 09:21:00.102833');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 09:21:00.157445','2026-12-06 09:21:00.157447');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 09:21:00.206130','2026-12-06 09:21:00.292269');
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
INSERT INTO "phone_changes" VALUES(2,NULL,'13900001111','13900003333','客户换号',1,'2026-12-06 09:21:00.255361','2026-12-06 09:21:00.255364');
INSERT INTO "phone_changes" VALUES(2,NULL,'13900004444','13900003333','合并客户 4：同一人登记了两次',2,'2026-12-06 09:21:00.277015','2026-12-06 09:21:00.277021');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-20','杭州市余杭区文一西路 2688 号','2026-06-19',1,1,'2026-12-06 09:21:00.983862','2026-12-06 09:21:00.983869');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-19 01:26:00.000000',4,1,2,1,'2026-05-21 02:18:00.000000','2026-12-06 09:21:01.523586',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-19 01:32:00.000000',2,2,2,2,'2026-05-24 05:39:00.000000','2026-12-06 09:21:01.612105',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-19 01:38:00.000000',2,3,2,3,'2026-05-28 02:29:00.000000','2026-12-06 09:21:01.705317',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-19 01:44:00.000000',4,4,2,4,'2026-05-31 05:43:00.000000','2026-12-06 09:21:01.778705',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-16 07:04:00.000000',8,NULL,2,5,'2026-06-04 02:02:00.000000','2026-12-06 09:21:01.280725',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-19 01:50:00.000000',4,5,2,6,'2026-06-08 05:35:00.000000','2026-12-06 09:21:01.871245',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-19 01:56:00.000000',2,6,2,7,'2026-06-11 02:56:00.000000','2026-12-06 09:21:01.996424',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-15 07:00:00.000000',7,NULL,2,8,'2026-06-15 05:00:00.000000','2026-12-06 09:21:01.273413',NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 09:21:04.000000','2026-12-06 09:21:04.251075','2026-12-06 09:21:04.000000','叫号三次未到');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-21',8,'',NULL,'',NULL,NULL,'2026-05-22 08:00:00.000000',9,1,'2026-05-21 02:33:00.000000','2026-12-06 09:21:03.704193');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-24',8,'',NULL,'',NULL,NULL,'2026-05-25 08:00:00.000000',9,2,'2026-05-24 05:54:00.000000','2026-12-06 09:21:03.705940');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-28',8,'',NULL,'',NULL,NULL,'2026-05-29 08:00:00.000000',9,3,'2026-05-28 02:44:00.000000','2026-12-06 09:21:03.707335');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-31',8,'',NULL,'',NULL,NULL,'2026-06-01 08:00:00.000000',9,4,'2026-05-31 05:58:00.000000','2026-12-06 09:21:03.717117');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-04',8,'',NULL,'',NULL,NULL,'2026-06-05 08:00:00.000000',9,5,'2026-06-04 02:17:00.000000','2026-12-06 09:21:03.718811');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-08',8,'',NULL,'',NULL,NULL,'2026-06-09 08:00:00.000000',9,6,'2026-06-08 05:50:00.000000','2026-12-06 09:21:03.720317');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-11',8,'',NULL,'',NULL,NULL,'2026-06-12 08:00:00.000000',9,7,'2026-06-11 03:11:00.000000','2026-12-06 09:21:03.726135');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,8,'2026-06-19 01:04:00.000000','2026-12-06 09:21:03.727659');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-02',8,'',NULL,'',NULL,NULL,'2026-07-03 08:00:00.000000',9,9,'2026-07-02 02:50:00.000000','2026-12-06 09:21:03.736146');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,10,'2026-08-19 02:39:00.000000','2026-12-06 09:21:03.737794');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-24',8,'',NULL,'',NULL,NULL,'2026-11-25 08:00:00.000000',9,11,'2026-11-24 05:03:00.000000','2026-12-06 09:21:03.745729');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,12,'2026-06-19 07:56:00.000000','2026-12-06 09:21:03.747298');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,13,'2026-07-03 01:27:00.000000','2026-12-06 09:21:03.748848');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,14,'2026-08-19 05:53:00.000000','2026-12-06 09:21:03.750243');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-19',8,'',NULL,'',NULL,NULL,'2026-10-20 08:00:00.000000',9,15,'2026-10-19 07:11:00.000000','2026-12-06 09:21:03.751674');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,16,'2026-06-19 06:05:00.000000','2026-12-06 09:21:03.755813');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,17,'2026-06-29 01:05:00.000000','2026-12-06 09:21:03.761984');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,18,'2026-06-19 02:58:00.000000','2026-12-06 09:21:03.763571');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-28',8,'',NULL,'',NULL,NULL,'2026-06-29 08:00:00.000000',9,19,'2026-06-28 04:08:00.000000','2026-12-06 09:21:03.765660');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-18',8,'',NULL,'',NULL,NULL,'2026-08-19 08:00:00.000000',9,20,'2026-08-18 07:04:00.000000','2026-12-06 09:21:03.767220');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,21,'2026-06-19 01:11:00.000000','2026-12-06 09:21:03.773119');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,22,'2026-07-03 01:31:00.000000','2026-12-06 09:21:03.774731');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-21',8,'',NULL,'',NULL,NULL,'2026-08-22 08:00:00.000000',9,23,'2026-08-21 02:17:00.000000','2026-12-06 09:21:03.776183');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,24,'2026-06-19 05:43:00.000000','2026-12-06 09:21:03.778410');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,25,'2026-07-04 08:57:00.000000','2026-12-06 09:21:03.786026');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'','2026-12-03 09:21:00.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-09 06:43:00.000000','2026-12-06 09:21:03.692052');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,27,'2026-11-20 05:00:00.000000','2026-12-06 09:21:03.787599');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-04 07:10:00.000000','2026-12-04 07:10:00.000000');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-02',8,'',NULL,'',NULL,NULL,'2026-11-03 08:00:00.000000',9,29,'2026-11-02 01:03:00.000000','2026-12-06 09:21:03.792029');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,30,'2026-11-18 06:50:00.000000','2026-12-06 09:21:03.793660');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,31,'2026-11-16 03:38:00.000000','2026-12-06 09:21:03.795115');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-28',8,'',NULL,'',NULL,NULL,'2026-10-29 08:00:00.000000',9,32,'2026-10-28 03:46:00.000000','2026-12-06 09:21:03.796551');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,33,'2026-11-19 03:34:00.000000','2026-12-06 09:21:03.798060');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-29',8,'',NULL,'',NULL,NULL,'2026-08-30 08:00:00.000000',9,34,'2026-08-29 04:03:00.000000','2026-12-06 09:21:03.801788');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-22',8,'',NULL,'',NULL,NULL,'2026-09-23 08:00:00.000000',9,35,'2026-09-22 05:56:00.000000','2026-12-06 09:21:03.803248');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-30',8,'',NULL,'',NULL,NULL,'2026-10-01 08:00:00.000000',9,36,'2026-09-30 03:52:00.000000','2026-12-06 09:21:03.807298');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-10',8,'',NULL,'',NULL,NULL,'2026-10-11 08:00:00.000000',9,37,'2026-10-10 01:44:00.000000','2026-12-06 09:21:03.813050');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,38,'2026-11-27 01:08:00.000000','2026-12-06 09:21:03.814637');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,39,'2026-11-30 07:08:00.000000','2026-12-06 09:21:03.816068');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,40,'2026-12-03 01:10:00.000000','2026-12-06 09:21:03.825938');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,41,'2026-11-25 07:50:00.000000','2026-12-06 09:21:03.827568');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,42,'2026-11-26 03:34:00.000000','2026-12-06 09:21:03.833531');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-29',8,'',NULL,'',NULL,NULL,'2026-11-30 08:00:00.000000',9,43,'2026-11-29 04:30:00.000000','2026-12-06 09:21:03.835054');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,44,'2026-11-30 04:23:00.000000','2026-12-06 09:21:03.836470');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,45,'2026-12-01 03:25:00.000000','2026-12-06 09:21:03.846388');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,46,'2026-12-02 01:06:00.000000','2026-12-06 09:21:03.847860');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,47,'2026-12-03 07:28:00.000000','2026-12-06 09:21:03.853596');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-04 09:13:00.000000','2026-12-04 09:13:00.000000');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-05 05:57:00.000000','2026-12-05 05:57:00.000000');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 07:25:00.000000','2026-12-06 07:25:00.000000');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'',NULL,'',NULL,26,'2026-12-04 08:00:00.000000',9,51,'2026-12-03 09:21:00.000000','2026-12-06 09:21:03.855197');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','推荐的 曾小贤 首次到访',NULL,NULL,1,'2026-12-06 09:21:00.114408','2026-12-06 09:21:00.114413');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 09:20:59.000000','2026-12-06 09:21:00.471675');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0602',4,NULL,3,'2026-12-06 09:21:01.532779','2026-12-06 09:21:01.532784');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1105',4,NULL,4,'2026-12-06 09:21:01.789398','2026-12-06 09:21:01.789401');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋1304',4,NULL,5,'2026-12-06 09:21:01.875858','2026-12-06 09:21:01.875863');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0001',7,NULL,6,'2026-12-06 09:21:02.144058','2026-12-06 09:21:02.144065');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0004',7,NULL,7,'2026-12-06 09:21:02.593757','2026-12-06 09:21:02.593761');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0005',7,NULL,8,'2026-12-06 09:21:02.705069','2026-12-06 09:21:02.705075');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1703',4,NULL,9,'2026-12-06 09:21:02.876286','2026-12-06 09:21:02.876291');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0007',7,NULL,10,'2026-12-06 09:21:02.928615','2026-12-06 09:21:02.928621');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋1604',4,NULL,11,'2026-12-06 09:21:02.977597','2026-12-06 09:21:02.977601');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','被推荐人签约 合同YQF-2026-0008',7,NULL,12,'2026-12-06 09:21:03.007090','2026-12-06 09:21:03.007093');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 3栋0804',4,NULL,13,'2026-12-06 09:21:03.401021','2026-12-06 09:21:03.401026');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 1栋0901',4,NULL,14,'2026-12-06 09:21:03.559146','2026-12-06 09:21:03.559150');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','被推荐人认购 2栋1单元1802',4,NULL,15,'2026-12-06 09:21:03.645380','2026-12-06 09:21:03.645385');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 09:21:00.403278','2026-12-06 09:21:00.403284');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 09:21:00.403286','2026-12-06 09:21:00.403287');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 09:21:00.403288','2026-12-06 09:21:00.403289');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 09:21:00.403291','2026-12-06 09:21:00.403291');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 09:21:00.431911','2026-12-06 09:21:00.431916');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 09:21:00.431918','2026-12-06 09:21:00.431919');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 09:21:00.431920','2026-12-06 09:21:00.431922');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 09:21:00.431923','2026-12-06 09:21:00.431924');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 09:21:00.447791','2026-12-06 09:21:00.462779');
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
INSERT INTO "rotation_turns" VALUES('2026-11-16',2,'serve',1,NULL,'',1,'2026-11-16 09:20:59.000000','2026-12-06 09:21:00.062927');
INSERT INTO "rotation_turns" VALUES('2026-11-16',4,'serve',2,NULL,'',2,'2026-11-16 10:20:59.000000','2026-12-06 09:21:00.114717');
INSERT INTO "rotation_turns" VALUES('2026-11-16',5,'serve',3,NULL,'',3,'2026-11-16 11:20:59.000000','2026-12-06 09:21:00.159889');
INSERT INTO "rotation_turns" VALUES('2026-12-06',4,'skip',NULL,NULL,'',4,'2026-12-06 09:20:59.000000','2026-12-06 09:21:00.499378');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',NULL,'同行踩盘','',5,'2026-12-06 09:20:59.000000','2026-12-06 09:21:00.516086');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 09:20:58.820739','2026-12-06 09:20:58.820745');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 09:20:58.822607','2026-12-06 09:20:58.822609');
INSERT INTO "settings" VALUES('ids.key','"uJ4aBfiVtu4PXi/Xpd742pjFk+famQGNAzP1EtexPeY="',1,3,'2026-12-06 09:21:01.439039','2026-12-06 09:21:01.439051');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-20 01:06:00.000000','','2026-06-19 01:26:00.000000','转认购',1,'2026-06-19 01:06:00.000000','2026-12-06 09:21:01.464093');
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-20 01:12:00.000000','','2026-06-19 01:32:00.000000','转认购',2,'2026-06-19 01:12:00.000000','2026-12-06 09:21:01.580268');
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-20 01:18:00.000000','','2026-06-19 01:38:00.000000','转认购',3,'2026-06-19 01:18:00.000000','2026-12-06 09:21:01.675007');
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-20 01:24:00.000000','','2026-06-19 01:44:00.000000','转认购',4,'2026-06-19 01:24:00.000000','2026-12-06 09:21:01.751950');
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-20 01:30:00.000000','','2026-06-19 01:50:00.000000','转认购',5,'2026-06-19 01:30:00.000000','2026-12-06 09:21:01.841674');
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-20 01:36:00.000000','','2026-06-19 01:56:00.000000','转认购',6,'2026-06-19 01:36:00.000000','2026-12-06 09:21:01.963399');
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 09:21:00.000000','2026-12-06 09:21:03.868200');
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 09:21:00.000000','2026-12-06 09:21:03.886568');
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 07:21:00.000000','',NULL,'',9,'2026-12-06 07:21:00.000000','2026-12-06 09:21:03.895831');
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 04:21:00.000000','',NULL,'',10,'2026-12-06 04:21:00.000000','2026-12-06 09:21:03.911415');
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 13:21:00.000000','',NULL,'',11,'2026-12-05 13:21:00.000000','2026-12-06 09:21:03.928833');
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 03:21:00.000000','',NULL,'',12,'2026-12-05 03:21:00.000000','2026-12-06 09:21:03.945866');
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 09:21:00.000000','',NULL,'',13,'2026-12-04 09:21:00.000000','2026-12-06 09:21:03.955576');
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 09:21:00.000000','',NULL,'',14,'2026-12-03 09:21:00.000000','2026-12-06 09:21:03.977818');
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,1,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.924429');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'available','',1,3,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'available','',1,4,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 09:21:01.004172','2026-12-06 09:21:02.259854');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.895560');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.547962');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'held','',2,38,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.977488');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 09:21:01.004172','2026-12-06 09:21:02.484203');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 09:21:01.004172','2026-12-06 09:21:02.426585');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.672928');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 09:21:01.004172','2026-12-06 09:21:03.031187');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 09:21:01.004172','2026-12-06 09:21:02.914792');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 09:21:01.004172','2026-12-06 09:21:01.004172');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 09:21:01.022299','2026-12-06 09:21:03.911162');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 09:21:01.022299','2026-12-06 09:21:03.130427');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 09:21:01.022299','2026-12-06 09:21:03.307202');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 09:21:01.022299','2026-12-06 09:21:03.632095');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 09:21:01.022299','2026-12-06 09:21:03.339506');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 09:21:01.022299','2026-12-06 09:21:01.022299');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.607845');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.379377');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.478698');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'held','',2,282,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.940334');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 09:21:01.042041','2026-12-06 09:21:02.575330');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 09:21:01.042041','2026-12-06 09:21:02.686768');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'held','',2,312,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.955317');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.460997');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 09:21:01.042041','2026-12-06 09:21:02.787565');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.433387');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.513494');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.180805');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.886302');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 09:21:01.042041','2026-12-06 09:21:03.867420');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 09:21:01.042041','2026-12-06 09:21:01.042041');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 09:20:58.657697','2026-12-06 09:20:58.657704');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 09:20:58.805079','2026-12-06 09:20:58.805085');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 09:20:58.808223','2026-12-06 09:20:58.808225');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 09:20:58.808226','2026-12-06 09:20:58.808227');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 09:20:59.021518','2026-12-06 09:20:59.021520');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 09:20:59.024002','2026-12-06 09:20:59.024004');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 09:20:59.024005','2026-12-06 09:20:59.024005');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 09:20:59.034797','2026-12-06 09:20:59.034799');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 09:21:00.920898','2026-12-06 09:21:00.920905');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 09:21:00.932903','2026-12-06 09:21:00.932909');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 09:21:00.940550','2026-12-06 09:21:00.940556');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 09:21:00.944110','2026-12-06 09:21:00.944114');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 09:21:00.961263','2026-12-06 09:21:00.961267');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$1VeXWxT3QUmE1xcNVJoP3Q==$8D9rbv111QWgSXSHIMIIa/DpQAFXjKXxhpalFKoyuuc=',1,0,NULL,1,1,'2026-12-06 09:20:58.648009','2026-12-06 09:20:58.648015');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$9XWoWrRs0ri8/BJNEdiDWQ==$2JSJX9vSiKFtJfLlBOP/hgPJ3eVPVqfYKGu5mklCnuQ=',1,1,NULL,1,2,'2026-12-06 09:20:58.800235','2026-12-06 09:20:58.800239');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 09:20:58.807571','2026-12-06 09:20:58.807574');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 09:20:59.021104','2026-12-06 09:20:59.021110');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 09:20:59.023681','2026-12-06 09:20:59.023683');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 09:20:59.034545','2026-12-06 09:20:59.034548');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 09:21:00.916127','2026-12-06 09:21:00.916137');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 09:21:00.924308','2026-12-06 09:21:00.924313');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 09:21:00.936078','2026-12-06 09:21:00.936083');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 09:21:00.943645','2026-12-06 09:21:00.943650');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 09:21:00.960646','2026-12-06 09:21:00.960652');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 09:20:59.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 09:21:00.043443','2026-12-06 09:21:00.043445');
INSERT INTO "visits" VALUES(2,'2026-11-16 10:20:59.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 09:21:00.102977','2026-12-06 09:21:00.102978');
INSERT INTO "visits" VALUES(3,'2026-11-16 11:20:59.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 09:21:00.157590','2026-12-06 09:21:00.157591');
INSERT INTO "visits" VALUES(1,'2026-12-04 09:20:59.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 09:21:00.180713','2026-12-06 09:21:00.180718');
INSERT INTO "visits" VALUES(2,'2026-12-04 09:20:59.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 09:21:00.206280','2026-12-06 09:21:00.289219');
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
CREATE INDEX ix_customer_name_grams_customer_id ON customer_name_grams (customer_id);
COMMIT;
