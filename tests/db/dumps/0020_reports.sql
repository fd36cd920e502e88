BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0020_reports');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-07 03:25:04.560370','2026-12-07 03:25:04.560373');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-07 03:25:04.560374','2026-12-07 03:25:04.560375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-07 03:25:04.700205','2026-12-07 03:25:04.700207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-07 03:25:04.700208','2026-12-07 03:25:04.700208');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-07 03:25:04.712303','2026-12-07 03:25:04.712306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-07 03:25:04.712307','2026-12-07 03:25:04.712307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-07 03:25:04.712308','2026-12-07 03:25:04.712308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-07 03:25:04.729729','2026-12-07 03:25:04.729732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-07 03:25:04.730858','2026-12-07 03:25:04.730859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-07 03:25:04.739528','2026-12-07 03:25:04.739532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,11,'2026-12-07 03:25:04.749439','2026-12-07 03:25:04.749443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-12-07 03:25:04.749443','2026-12-07 03:25:04.749444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-07 03:25:04.749444','2026-12-07 03:25:04.749445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-07 03:25:04.939654','2026-12-07 03:25:04.939657');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-07 03:25:04.939657','2026-12-07 03:25:04.939658');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-07 03:25:04.950167','2026-12-07 03:25:04.950170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-07 03:25:04.950171','2026-12-07 03:25:04.950172');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-07 03:25:04.950172','2026-12-07 03:25:04.950173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-07 03:25:04.952036','2026-12-07 03:25:04.952037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-07 03:25:04.952038','2026-12-07 03:25:04.952038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-17；顾问=2；顺序=1',NULL,21,'2026-12-07 03:25:04.988203','2026-12-07 03:25:04.988205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-17；顾问=4；顺序=2',NULL,22,'2026-12-07 03:25:04.988206','2026-12-07 03:25:04.988206');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-17；顾问=5；顺序=3',NULL,23,'2026-12-07 03:25:04.988207','2026-12-07 03:25:04.988207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-17 03:25:04 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-07 03:25:05.723736','2026-12-07 03:25:05.723741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-07 03:25:05.732800','2026-12-07 03:25:05.732806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-17 03:25:04 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-07 03:25:05.732808','2026-12-07 03:25:05.732808');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-17',NULL,27,'2026-12-07 03:25:05.732809','2026-12-07 03:25:05.732810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-17；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-07 03:25:05.753892','2026-12-07 03:25:05.753896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-07 03:25:05.765046','2026-12-07 03:25:05.765049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-07 03:25:05.777879','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-07 03:25:05.779761','2026-12-07 03:25:10.604142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-07 03:25:05.779764','2026-12-07 03:25:10.603491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-07 03:25:05.779766','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-17；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,34,'2026-12-07 03:25:05.786722','2026-12-07 03:25:05.786723');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,35,'2026-12-07 03:25:05.786729','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-17 05:25:04 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,36,'2026-12-07 03:25:05.812063','2026-12-07 03:25:05.812067');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,37,'2026-12-07 03:25:05.830986','2026-12-07 03:25:05.830988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-17 05:25:04 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,38,'2026-12-07 03:25:05.830988','2026-12-07 03:25:05.830989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,39,'2026-12-07 03:25:05.830989','2026-12-07 03:25:05.830990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-11-17；顾问=5；类型=''接待''；来访编号=3；备注=''''',NULL,40,'2026-12-07 03:25:05.832609','2026-12-07 03:25:05.832610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-05 03:25:04 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,41,'2026-12-07 03:25:05.851629','2026-12-07 03:25:05.851631');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-17 → 2027-01-04',NULL,42,'2026-12-07 03:25:05.851632','2026-12-07 03:25:05.851632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-05 03:25:04 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,43,'2026-12-07 03:25:05.874898','2026-12-07 03:25:05.874901');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,44,'2026-12-07 03:25:05.885259','2026-12-07 03:25:10.604142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,45,'2026-12-07 03:25:05.885269','2026-12-07 03:25:10.603491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-04',NULL,46,'2026-12-07 03:25:05.885270','2026-12-07 03:25:05.885270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,47,'2026-12-07 03:25:05.927946','2026-12-07 03:25:05.927949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-06 03:25:04 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-10；原等级=''C 低意向''；新等级=''A 高意向''',NULL,48,'2026-12-07 03:25:05.927950','2026-12-07 03:25:05.927950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-10',NULL,49,'2026-12-07 03:25:05.927950','2026-12-07 03:25:05.927951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,50,'2026-12-07 03:25:05.939713','2026-12-07 03:25:05.939719');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,51,'2026-12-07 03:25:05.948183','2026-12-07 03:25:10.603859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,52,'2026-12-07 03:25:05.948186','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,53,'2026-12-07 03:25:05.960922','2026-12-07 03:25:10.604415');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,54,'2026-12-07 03:25:05.966512','2026-12-07 03:25:10.603859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-04；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-05 03:25:04 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,55,'2026-12-07 03:25:06.025444','2026-12-07 03:25:06.025448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',56,'2026-12-07 03:25:06.025449','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,57,'2026-12-07 03:25:06.027810','2026-12-07 03:25:06.027812');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,58,'2026-12-07 03:25:06.035234','2026-12-07 03:25:06.035237');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,59,'2026-12-07 03:25:06.035237','2026-12-07 03:25:06.035238');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''低风险''',NULL,60,'2026-12-07 03:25:06.035238','2026-12-07 03:25:06.035243');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,61,'2026-12-07 03:25:06.035244','2026-12-07 03:25:06.035245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-07；维度=''沟通频率''；风险=''高风险''',NULL,62,'2026-12-07 03:25:06.048083','2026-12-07 03:25:06.048085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-07；维度=''关注重点''；风险=''高风险''',NULL,63,'2026-12-07 03:25:06.048086','2026-12-07 03:25:06.048086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-07；维度=''陪同人员态度''；风险=''高风险''',NULL,64,'2026-12-07 03:25:06.048086','2026-12-07 03:25:06.048087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-07；维度=''资金准备''；风险=''低风险''',NULL,65,'2026-12-07 03:25:06.048087','2026-12-07 03:25:06.048088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-06；截止日=2026-12-07；状态=''open''；回访结果=''''',NULL,66,'2026-12-07 03:25:06.056339','2026-12-07 03:25:06.056341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,67,'2026-12-07 03:25:06.073417','2026-12-07 03:25:06.073420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,68,'2026-12-07 03:25:06.075868','2026-12-07 03:25:06.075870');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-07；顾问=4；顺序=1',NULL,69,'2026-12-07 03:25:06.090373','2026-12-07 03:25:06.090375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-07；顾问=2；顺序=2',NULL,70,'2026-12-07 03:25:06.090376','2026-12-07 03:25:06.090377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-07；顾问=5；顺序=3',NULL,71,'2026-12-07 03:25:06.090377','2026-12-07 03:25:06.090377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-07；顾问=4；类型=''跳过''；备注=''''',NULL,72,'2026-12-07 03:25:06.102079','2026-12-07 03:25:06.102081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-07；顾问=2；类型=''接待''；备注=''''',NULL,73,'2026-12-07 03:25:06.104307','2026-12-07 03:25:06.104308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',5,'无效原因：（空） → ''同行踩盘''',NULL,74,'2026-12-07 03:25:06.111372','2026-12-07 03:25:06.111374');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,75,'2026-12-07 03:25:06.124370','2026-12-07 03:25:06.124372');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-07 03:25:04 UTC',NULL,76,'2026-12-07 03:25:06.131788','2026-12-07 03:25:06.131789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,77,'2026-12-07 03:25:06.416233','2026-12-07 03:25:06.416235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,78,'2026-12-07 03:25:06.416235','2026-12-07 03:25:06.416236');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,79,'2026-12-07 03:25:06.418381','2026-12-07 03:25:06.418383');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,80,'2026-12-07 03:25:06.418384','2026-12-07 03:25:06.418384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,81,'2026-12-07 03:25:06.419960','2026-12-07 03:25:06.419962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,82,'2026-12-07 03:25:06.419962','2026-12-07 03:25:06.419963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,83,'2026-12-07 03:25:06.429937','2026-12-07 03:25:06.429941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,84,'2026-12-07 03:25:06.429942','2026-12-07 03:25:06.429942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,85,'2026-12-07 03:25:06.431428','2026-12-07 03:25:06.431429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,86,'2026-12-07 03:25:06.431430','2026-12-07 03:25:06.431430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-21；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-20',NULL,87,'2026-12-07 03:25:06.450643','2026-12-07 03:25:06.450645');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,88,'2026-12-07 03:25:06.460562','2026-12-07 03:25:06.460566');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,89,'2026-12-07 03:25:06.460566','2026-12-07 03:25:06.460567');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-07 03:25:06.476234','2026-12-07 03:25:06.476237');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,91,'2026-12-07 03:25:06.476238','2026-12-07 03:25:06.476238');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-07 03:25:06.479489','2026-12-07 03:25:06.479491');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,93,'2026-12-07 03:25:06.479492','2026-12-07 03:25:06.479492');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,94,'2026-12-07 03:25:06.495769','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-22；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-12-07 03:25:06.510528','2026-12-07 03:25:10.637732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,96,'2026-12-07 03:25:06.522621','2026-12-07 03:25:06.522628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-25；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-12-07 03:25:06.524879','2026-12-07 03:25:06.524881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,98,'2026-12-07 03:25:06.536388','2026-12-07 03:25:06.536390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-29；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-12-07 03:25:06.547128','2026-12-07 03:25:06.547131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,100,'2026-12-07 03:25:06.554430','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-01；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-12-07 03:25:06.556677','2026-12-07 03:25:10.638000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,102,'2026-12-07 03:25:06.564002','2026-12-07 03:25:06.564003');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-05；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-12-07 03:25:06.574773','2026-12-07 03:25:06.574782');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,104,'2026-12-07 03:25:06.583186','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-09；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-12-07 03:25:06.591873','2026-12-07 03:25:10.638231');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,106,'2026-12-07 03:25:06.599289','2026-12-07 03:25:06.599291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-12；出纳=8；note=''''；作废原因=''''',NULL,107,'2026-12-07 03:25:06.605486','2026-12-07 03:25:06.605489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,108,'2026-12-07 03:25:06.608689','2026-12-07 03:25:06.608691');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-16 07:00:00 UTC；closed_by_id：（空） → 7',NULL,109,'2026-12-07 03:25:06.626401','2026-12-07 03:25:06.626403');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-17 07:04:00 UTC；closed_by_id：（空） → 8',NULL,110,'2026-12-07 03:25:06.638160','2026-12-07 03:25:06.638163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,111,'2026-12-07 03:25:06.672447','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,112,'2026-12-07 03:25:06.672450','2026-12-07 03:25:06.672451');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,113,'2026-12-07 03:25:06.695016','2026-12-07 03:25:06.695019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,114,'2026-12-07 03:25:06.697004','2026-12-07 03:25:06.697006');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-20 01:26:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,115,'2026-12-07 03:25:06.716455','2026-12-07 03:25:10.630423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,116,'2026-12-07 03:25:06.716464','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,117,'2026-12-07 03:25:06.722259','2026-12-07 03:25:06.722261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,118,'2026-12-07 03:25:06.735007','2026-12-07 03:25:06.735010');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,119,'2026-12-07 03:25:06.735011','2026-12-07 03:25:06.735011');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,120,'2026-12-07 03:25:06.735011','2026-12-07 03:25:06.735012');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-20 01:26:00 UTC；经办人=4；说明=''''',NULL,121,'2026-12-07 03:25:06.735012','2026-12-07 03:25:06.735013');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,122,'2026-12-07 03:25:06.742301','2026-12-07 03:25:06.742303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,123,'2026-12-07 03:25:06.742303','2026-12-07 03:25:06.742304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,124,'2026-12-07 03:25:06.743898','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,125,'2026-12-07 03:25:06.743900','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,126,'2026-12-07 03:25:06.744865','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-21 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,127,'2026-12-07 03:25:06.758936','2026-12-07 03:25:06.758939');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,128,'2026-12-07 03:25:06.758939','2026-12-07 03:25:06.758940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-20 01:32:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,129,'2026-12-07 03:25:06.781381','2026-12-07 03:25:06.781384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-20 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,130,'2026-12-07 03:25:06.781385','2026-12-07 03:25:06.781386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,131,'2026-12-07 03:25:06.782539','2026-12-07 03:25:06.782541');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,132,'2026-12-07 03:25:06.784544','2026-12-07 03:25:06.784546');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,133,'2026-12-07 03:25:06.784547','2026-12-07 03:25:06.784547');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,134,'2026-12-07 03:25:06.784548','2026-12-07 03:25:06.784548');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-20 01:32:00 UTC；经办人=2；说明=''''',NULL,135,'2026-12-07 03:25:06.784548','2026-12-07 03:25:06.784549');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,136,'2026-12-07 03:25:06.802583','2026-12-07 03:25:06.802586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,137,'2026-12-07 03:25:06.802586','2026-12-07 03:25:06.802587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,138,'2026-12-07 03:25:06.803606','2026-12-07 03:25:06.803608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-21 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,139,'2026-12-07 03:25:06.811325','2026-12-07 03:25:06.811327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,140,'2026-12-07 03:25:06.811328','2026-12-07 03:25:06.811328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-20 01:38:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,141,'2026-12-07 03:25:06.830699','2026-12-07 03:25:06.830701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-20 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,142,'2026-12-07 03:25:06.830709','2026-12-07 03:25:06.830710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,143,'2026-12-07 03:25:06.831676','2026-12-07 03:25:06.831677');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,144,'2026-12-07 03:25:06.842303','2026-12-07 03:25:06.842305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,145,'2026-12-07 03:25:06.842306','2026-12-07 03:25:06.842307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,146,'2026-12-07 03:25:06.842307','2026-12-07 03:25:06.842307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-20 01:38:00 UTC；经办人=2；说明=''''',NULL,147,'2026-12-07 03:25:06.842308','2026-12-07 03:25:06.842308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,148,'2026-12-07 03:25:06.843714','2026-12-07 03:25:06.843715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,149,'2026-12-07 03:25:06.843716','2026-12-07 03:25:06.843717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,150,'2026-12-07 03:25:06.844776','2026-12-07 03:25:06.844777');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,151,'2026-12-07 03:25:06.865921','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,152,'2026-12-07 03:25:06.865926','2026-12-07 03:25:06.865926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-20 01:44:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,153,'2026-12-07 03:25:06.885558','2026-12-07 03:25:10.630789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,154,'2026-12-07 03:25:06.885562','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,155,'2026-12-07 03:25:06.886625','2026-12-07 03:25:06.886627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,156,'2026-12-07 03:25:06.888497','2026-12-07 03:25:06.888503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,157,'2026-12-07 03:25:06.888504','2026-12-07 03:25:06.888505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,158,'2026-12-07 03:25:06.888505','2026-12-07 03:25:06.888506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-20 01:44:00 UTC；经办人=4；说明=''''',NULL,159,'2026-12-07 03:25:06.888506','2026-12-07 03:25:06.888507');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,160,'2026-12-07 03:25:06.894194','2026-12-07 03:25:06.894197');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,161,'2026-12-07 03:25:06.894197','2026-12-07 03:25:06.894198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,162,'2026-12-07 03:25:06.895200','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,163,'2026-12-07 03:25:06.895913','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,164,'2026-12-07 03:25:06.908207','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,165,'2026-12-07 03:25:06.917161','2026-12-07 03:25:06.917162');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-20 01:50:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,166,'2026-12-07 03:25:06.934142','2026-12-07 03:25:10.631040');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,167,'2026-12-07 03:25:06.934145','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,168,'2026-12-07 03:25:06.935238','2026-12-07 03:25:06.935239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,169,'2026-12-07 03:25:06.942711','2026-12-07 03:25:06.942713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,170,'2026-12-07 03:25:06.942714','2026-12-07 03:25:06.942714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-19；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,171,'2026-12-07 03:25:06.942715','2026-12-07 03:25:06.942715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-20 01:50:00 UTC；经办人=4；说明=''''',NULL,172,'2026-12-07 03:25:06.942715','2026-12-07 03:25:06.942716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,173,'2026-12-07 03:25:06.944222','2026-12-07 03:25:06.944224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,174,'2026-12-07 03:25:06.944224','2026-12-07 03:25:06.944225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,175,'2026-12-07 03:25:06.949364','2026-12-07 03:25:10.609969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,176,'2026-12-07 03:25:06.950156','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-21 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,177,'2026-12-07 03:25:06.959669','2026-12-07 03:25:06.959671');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,178,'2026-12-07 03:25:06.959671','2026-12-07 03:25:06.959672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-20 01:56:00 UTC；签约期限=2026-06-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,179,'2026-12-07 03:25:06.982458','2026-12-07 03:25:06.982461');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-20 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,180,'2026-12-07 03:25:06.982461','2026-12-07 03:25:06.982462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,181,'2026-12-07 03:25:06.983372','2026-12-07 03:25:06.983374');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-20；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,182,'2026-12-07 03:25:06.990669','2026-12-07 03:25:06.990672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-05；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,183,'2026-12-07 03:25:06.990672','2026-12-07 03:25:06.990673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-18；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,184,'2026-12-07 03:25:06.990673','2026-12-07 03:25:06.990673');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-20 01:56:00 UTC；经办人=2；说明=''''',NULL,185,'2026-12-07 03:25:06.990674','2026-12-07 03:25:06.990674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,186,'2026-12-07 03:25:06.992028','2026-12-07 03:25:06.992030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,187,'2026-12-07 03:25:06.992031','2026-12-07 03:25:06.992031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-20 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,188,'2026-12-07 03:25:06.992779','2026-12-07 03:25:06.992780');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,189,'2026-12-07 03:25:07.005763','2026-12-07 03:25:07.005766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-07 03:25:07.006971','2026-12-07 03:25:10.638455');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-03',NULL,191,'2026-12-07 03:25:07.014979','2026-12-07 03:25:07.014981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,192,'2026-12-07 03:25:07.016067','2026-12-07 03:25:10.638669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-26 04:46:00 UTC；经办人=7；说明=''''',NULL,193,'2026-12-07 03:25:07.035455','2026-12-07 03:25:07.035458');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062613349''；签约时间：（空） → 2026-06-26 04:46:00 UTC',NULL,194,'2026-12-07 03:25:07.035458','2026-12-07 03:25:07.035459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,195,'2026-12-07 03:25:07.037013','2026-12-07 03:25:07.037015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,196,'2026-12-07 03:25:07.055497','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,197,'2026-12-07 03:25:07.055502','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,198,'2026-12-07 03:25:07.055503','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,199,'2026-12-07 03:25:07.056636','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-05 02:25:00 UTC；经办人=7；说明=''''',NULL,200,'2026-12-07 03:25:07.065831','2026-12-07 03:25:07.065835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-05',NULL,201,'2026-12-07 03:25:07.065836','2026-12-07 03:25:07.065836');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-11 01:07:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-07 03:25:07.067964','2026-12-07 03:25:07.067970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-07 03:25:07.067971','2026-12-07 03:25:07.067971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-16 04:39:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-07 03:25:07.077791','2026-12-07 03:25:07.077793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-07 03:25:07.077794','2026-12-07 03:25:07.077795');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-26 03:18:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-07 03:25:07.079460','2026-12-07 03:25:07.079462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-07 03:25:07.079462','2026-12-07 03:25:07.079463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-04 03:11:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-07 03:25:07.080964','2026-12-07 03:25:07.080966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-07 03:25:07.080966','2026-12-07 03:25:07.080967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-20 03:26:00 UTC；经办人=10；说明=''''',NULL,210,'2026-12-07 03:25:07.086814','2026-12-07 03:25:07.086815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,211,'2026-12-07 03:25:07.086816','2026-12-07 03:25:07.086816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-20',NULL,212,'2026-12-07 03:25:07.087826','2026-12-07 03:25:07.087828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,213,'2026-12-07 03:25:07.089012','2026-12-07 03:25:07.089014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,214,'2026-12-07 03:25:07.113535','2026-12-07 03:25:07.113537');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,215,'2026-12-07 03:25:07.113537','2026-12-07 03:25:07.113538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-19；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,216,'2026-12-07 03:25:07.115434','2026-12-07 03:25:07.115436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-19 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,217,'2026-12-07 03:25:07.115437','2026-12-07 03:25:07.115437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-19 01:35:00 UTC',NULL,218,'2026-12-07 03:25:07.115437','2026-12-07 03:25:07.115438');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,219,'2026-12-07 03:25:07.116570','2026-12-07 03:25:07.116572');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-25',NULL,220,'2026-12-07 03:25:07.126978','2026-12-07 03:25:07.126979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-07 03:25:07.128162','2026-12-07 03:25:10.638883');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,222,'2026-12-07 03:25:07.135806','2026-12-07 03:25:07.135807');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-07 03:25:07.145364','2026-12-07 03:25:07.145367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-04',NULL,224,'2026-12-07 03:25:07.153613','2026-12-07 03:25:07.153617');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,225,'2026-12-07 03:25:07.155087','2026-12-07 03:25:07.155089');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-23 06:31:00 UTC；经办人=7；说明=''''',NULL,226,'2026-12-07 03:25:07.162951','2026-12-07 03:25:07.162953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062399846''；签约时间：（空） → 2026-06-23 06:31:00 UTC',NULL,227,'2026-12-07 03:25:07.162954','2026-12-07 03:25:07.162954');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,228,'2026-12-07 03:25:07.164528','2026-12-07 03:25:07.164530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-23 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,229,'2026-12-07 03:25:07.175860','2026-12-07 03:25:07.175862');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,230,'2026-12-07 03:25:07.175862','2026-12-07 03:25:07.175863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,231,'2026-12-07 03:25:07.175863','2026-12-07 03:25:07.175863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-02 06:41:00 UTC；经办人=7；说明=''''',NULL,232,'2026-12-07 03:25:07.182177','2026-12-07 03:25:07.182181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-02',NULL,233,'2026-12-07 03:25:07.182181','2026-12-07 03:25:07.182182');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-07 01:08:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-07 03:25:07.184021','2026-12-07 03:25:07.184022');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-07 03:25:07.184023','2026-12-07 03:25:07.184023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-14 03:36:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-07 03:25:07.194303','2026-12-07 03:25:07.194304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-07 03:25:07.194305','2026-12-07 03:25:07.194306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-28 05:58:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-07 03:25:07.196229','2026-12-07 03:25:07.196230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-07 03:25:07.196231','2026-12-07 03:25:07.196232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-07 09:39:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-07 03:25:07.202242','2026-12-07 03:25:07.202244');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-07 03:25:07.202245','2026-12-07 03:25:07.202245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-20 05:04:00 UTC；经办人=10；说明=''''',NULL,242,'2026-12-07 03:25:07.203932','2026-12-07 03:25:07.203933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,243,'2026-12-07 03:25:07.203934','2026-12-07 03:25:07.203934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-20',NULL,244,'2026-12-07 03:25:07.205068','2026-12-07 03:25:07.213172');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-20；出纳=8；note=''''；作废原因=''''',NULL,245,'2026-12-07 03:25:07.215017','2026-12-07 03:25:07.215020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,246,'2026-12-07 03:25:07.224319','2026-12-07 03:25:07.224321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,247,'2026-12-07 03:25:07.224322','2026-12-07 03:25:07.224322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-15；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,248,'2026-12-07 03:25:07.232748','2026-12-07 03:25:07.232751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-15 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,249,'2026-12-07 03:25:07.232752','2026-12-07 03:25:07.232752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-15 05:33:00 UTC',NULL,250,'2026-12-07 03:25:07.232753','2026-12-07 03:25:07.232758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,251,'2026-12-07 03:25:07.234009','2026-12-07 03:25:07.234011');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-20',NULL,252,'2026-12-07 03:25:07.235481','2026-12-07 03:25:07.235483');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-20；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-07 03:25:07.236752','2026-12-07 03:25:07.236754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-20',NULL,254,'2026-12-07 03:25:07.252037','2026-12-07 03:25:07.252039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-07 03:25:07.257731','2026-12-07 03:25:07.257735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-30',NULL,256,'2026-12-07 03:25:07.260673','2026-12-07 03:25:07.260676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-30；出纳=8；note=''''；作废原因=''''',NULL,257,'2026-12-07 03:25:07.270364','2026-12-07 03:25:07.270366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-25 05:15:00 UTC；经办人=7；说明=''''',NULL,258,'2026-12-07 03:25:07.282712','2026-12-07 03:25:07.282714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062587853''；签约时间：（空） → 2026-06-25 05:15:00 UTC',NULL,259,'2026-12-07 03:25:07.282715','2026-12-07 03:25:07.282715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,260,'2026-12-07 03:25:07.284349','2026-12-07 03:25:07.284350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-25 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,261,'2026-12-07 03:25:07.297295','2026-12-07 03:25:07.297299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-26 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,262,'2026-12-07 03:25:07.297300','2026-12-07 03:25:07.297300');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-27 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,263,'2026-12-07 03:25:07.297301','2026-12-07 03:25:07.297301');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-04 08:30:00 UTC；经办人=7；说明=''''',NULL,264,'2026-12-07 03:25:07.299576','2026-12-07 03:25:07.299578');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-04',NULL,265,'2026-12-07 03:25:07.299579','2026-12-07 03:25:07.299579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-09 02:50:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-07 03:25:07.305576','2026-12-07 03:25:07.305579');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-07 03:25:07.305580','2026-12-07 03:25:07.305580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-18 01:34:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-07 03:25:07.307340','2026-12-07 03:25:07.307342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-07 03:25:07.307342','2026-12-07 03:25:07.307343');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-31 01:54:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-07 03:25:07.308964','2026-12-07 03:25:07.308965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-07 03:25:07.308966','2026-12-07 03:25:07.308966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-07 07:43:00 UTC；经办人=10；说明=''''',NULL,272,'2026-12-07 03:25:07.315196','2026-12-07 03:25:07.315202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,273,'2026-12-07 03:25:07.315203','2026-12-07 03:25:07.315203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,274,'2026-12-07 03:25:07.316979','2026-12-07 03:25:07.316981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-07 03:25:07.326682','2026-12-07 03:25:10.639086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-29',NULL,276,'2026-12-07 03:25:07.332769','2026-12-07 03:25:07.332771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,277,'2026-12-07 03:25:07.334145','2026-12-07 03:25:10.639286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-24 08:15:00 UTC；经办人=7；说明=''''',NULL,278,'2026-12-07 03:25:07.346237','2026-12-07 03:25:07.346239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062456438''；签约时间：（空） → 2026-06-24 08:15:00 UTC',NULL,279,'2026-12-07 03:25:07.346240','2026-12-07 03:25:07.346240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,280,'2026-12-07 03:25:07.347908','2026-12-07 03:25:07.347910');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,281,'2026-12-07 03:25:07.355671','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,282,'2026-12-07 03:25:07.355674','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,283,'2026-12-07 03:25:07.355675','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,284,'2026-12-07 03:25:07.356761','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-02 06:59:00 UTC；经办人=7；说明=''''',NULL,285,'2026-12-07 03:25:07.365227','2026-12-07 03:25:07.365229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-02',NULL,286,'2026-12-07 03:25:07.365229','2026-12-07 03:25:07.365230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-09 06:50:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-07 03:25:07.366990','2026-12-07 03:25:07.366991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-07 03:25:07.366992','2026-12-07 03:25:07.366993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-17 07:08:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-07 03:25:07.368625','2026-12-07 03:25:07.368626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-07 03:25:07.368627','2026-12-07 03:25:07.368628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-29 05:51:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-07 03:25:07.378580','2026-12-07 03:25:07.378583');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-07 03:25:07.378583','2026-12-07 03:25:07.378584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-07 06:33:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-07 03:25:07.380474','2026-12-07 03:25:07.380475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-07 03:25:07.380476','2026-12-07 03:25:07.380476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-19 04:47:00 UTC；经办人=10；说明=''''',NULL,295,'2026-12-07 03:25:07.386606','2026-12-07 03:25:07.386608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,296,'2026-12-07 03:25:07.386609','2026-12-07 03:25:07.386609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-19',NULL,297,'2026-12-07 03:25:07.387682','2026-12-07 03:25:07.387684');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-07 03:25:07.388931','2026-12-07 03:25:07.388933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-20',NULL,299,'2026-12-07 03:25:07.403508','2026-12-07 03:25:07.403510');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,300,'2026-12-07 03:25:07.404724','2026-12-07 03:25:10.643746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-21 03:00:00 UTC',NULL,301,'2026-12-07 03:25:07.412651','2026-12-07 03:25:07.412654');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-04',NULL,302,'2026-12-07 03:25:07.421993','2026-12-07 03:25:07.421996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,303,'2026-12-07 03:25:07.423221','2026-12-07 03:25:10.644083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-26 02:27:00 UTC；经办人=7；说明=''''',NULL,304,'2026-12-07 03:25:07.438062','2026-12-07 03:25:07.438064');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062655680''；签约时间：（空） → 2026-06-26 02:27:00 UTC',NULL,305,'2026-12-07 03:25:07.438065','2026-12-07 03:25:07.438065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,306,'2026-12-07 03:25:07.439692','2026-12-07 03:25:07.439694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,307,'2026-12-07 03:25:07.451766','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,308,'2026-12-07 03:25:07.451769','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,309,'2026-12-07 03:25:07.451770','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,310,'2026-12-07 03:25:07.452971','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-05 05:56:00 UTC；经办人=7；说明=''''',NULL,311,'2026-12-07 03:25:07.459394','2026-12-07 03:25:07.459395');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-05',NULL,312,'2026-12-07 03:25:07.459396','2026-12-07 03:25:07.459396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-12 07:20:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-07 03:25:07.461012','2026-12-07 03:25:07.461014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-07 03:25:07.461014','2026-12-07 03:25:07.461015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-20 08:06:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-07 03:25:07.471025','2026-12-07 03:25:07.471027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-07 03:25:07.471027','2026-12-07 03:25:07.471028');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-31 03:41:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-07 03:25:07.472590','2026-12-07 03:25:07.472591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-07 03:25:07.472592','2026-12-07 03:25:07.472592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-07 02:23:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-07 03:25:07.474308','2026-12-07 03:25:07.474309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-07 03:25:07.474310','2026-12-07 03:25:07.474310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-22 08:09:00 UTC；经办人=10；说明=''''',NULL,321,'2026-12-07 03:25:07.475998','2026-12-07 03:25:07.475999');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,322,'2026-12-07 03:25:07.476000','2026-12-07 03:25:07.476000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-22',NULL,323,'2026-12-07 03:25:07.477024','2026-12-07 03:25:07.477026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-22；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-07 03:25:07.486646','2026-12-07 03:25:07.486649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-20',NULL,325,'2026-12-07 03:25:07.494755','2026-12-07 03:25:07.494757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-20；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-07 03:25:07.495906','2026-12-07 03:25:07.495908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-05',NULL,327,'2026-12-07 03:25:07.506932','2026-12-07 03:25:07.506934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-05；出纳=8；note=''''；作废原因=''''',NULL,328,'2026-12-07 03:25:07.508088','2026-12-07 03:25:07.508090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-23 04:03:00 UTC；经办人=7；说明=''''',NULL,329,'2026-12-07 03:25:07.520024','2026-12-07 03:25:07.520026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062358361''；签约时间：（空） → 2026-06-23 04:03:00 UTC',NULL,330,'2026-12-07 03:25:07.520027','2026-12-07 03:25:07.520027');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,331,'2026-12-07 03:25:07.525740','2026-12-07 03:25:07.525743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-23 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,332,'2026-12-07 03:25:07.528393','2026-12-07 03:25:07.528395');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-24 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,333,'2026-12-07 03:25:07.528396','2026-12-07 03:25:07.528396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-25 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,334,'2026-12-07 03:25:07.528397','2026-12-07 03:25:07.528397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-29 08:30:00 UTC；经办人=7；说明=''''',NULL,335,'2026-12-07 03:25:07.534046','2026-12-07 03:25:07.534048');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-29',NULL,336,'2026-12-07 03:25:07.534049','2026-12-07 03:25:07.534049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-03 02:50:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-07 03:25:07.535856','2026-12-07 03:25:07.535858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-07 03:25:07.535858','2026-12-07 03:25:07.535859');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-10 05:29:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-07 03:25:07.545942','2026-12-07 03:25:07.545944');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-07 03:25:07.545945','2026-12-07 03:25:07.545945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-21 03:02:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-07 03:25:07.785723','2026-12-07 03:25:07.785729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-07 03:25:07.785731','2026-12-07 03:25:07.785732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-28 01:36:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-07 03:25:07.787583','2026-12-07 03:25:07.787585');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-07 03:25:07.787586','2026-12-07 03:25:07.787586');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-10 02:39:00 UTC；经办人=10；说明=''''',NULL,345,'2026-12-07 03:25:07.793578','2026-12-07 03:25:07.793583');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,346,'2026-12-07 03:25:07.793584','2026-12-07 03:25:07.793584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-10',NULL,347,'2026-12-07 03:25:07.795318','2026-12-07 03:25:07.795319');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''',NULL,348,'2026-12-07 03:25:07.796616','2026-12-07 03:25:07.796618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-21 04:49:00 UTC；签约期限=2026-11-28；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,349,'2026-12-07 03:25:07.817000','2026-12-07 03:25:10.631294');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,350,'2026-12-07 03:25:07.822578','2026-12-07 03:25:07.822580');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-21；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,351,'2026-12-07 03:25:07.824730','2026-12-07 03:25:07.824732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-06；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,352,'2026-12-07 03:25:07.824732','2026-12-07 03:25:07.824733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-20；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,353,'2026-12-07 03:25:07.824733','2026-12-07 03:25:07.824734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-21 04:49:00 UTC；经办人=4；说明=''''',NULL,354,'2026-12-07 03:25:07.824734','2026-12-07 03:25:07.824735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,355,'2026-12-07 03:25:07.825866','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-21',NULL,356,'2026-12-07 03:25:07.827356','2026-12-07 03:25:07.827358');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-21；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-07 03:25:07.828494','2026-12-07 03:25:10.644317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,358,'2026-12-07 03:25:07.835800','2026-12-07 03:25:07.835802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,359,'2026-12-07 03:25:07.836970','2026-12-07 03:25:10.644532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-22 08:53:00 UTC；经办人=7；说明=''''',NULL,360,'2026-12-07 03:25:07.849627','2026-12-07 03:25:07.849635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112281882''；签约时间：（空） → 2026-11-22 08:53:00 UTC',NULL,361,'2026-12-07 03:25:07.849636','2026-12-07 03:25:07.849636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,362,'2026-12-07 03:25:07.855024','2026-12-07 03:25:07.855031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,363,'2026-12-07 03:25:07.862116','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,364,'2026-12-07 03:25:07.862119','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,365,'2026-12-07 03:25:07.862119','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,366,'2026-12-07 03:25:07.863205','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-02 06:06:00 UTC；经办人=7；说明=''''',NULL,367,'2026-12-07 03:25:07.864865','2026-12-07 03:25:07.864867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-02',NULL,368,'2026-12-07 03:25:07.864867','2026-12-07 03:25:07.864868');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-05 04:57:00 UTC；经办人=10；说明=''''',NULL,369,'2026-12-07 03:25:07.870797','2026-12-07 03:25:07.870799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,370,'2026-12-07 03:25:07.870800','2026-12-07 03:25:07.870800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-03 02:43:00 UTC；签约期限=2026-11-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,371,'2026-12-07 03:25:07.876232','2026-12-07 03:25:10.631528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,372,'2026-12-07 03:25:07.883594','2026-12-07 03:25:07.883603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-03；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,373,'2026-12-07 03:25:07.890088','2026-12-07 03:25:07.890091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-03；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,374,'2026-12-07 03:25:07.890092','2026-12-07 03:25:07.890092');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-03 02:43:00 UTC；经办人=4；说明=''''',NULL,375,'2026-12-07 03:25:07.890093','2026-12-07 03:25:07.890093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,376,'2026-12-07 03:25:07.891170','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-03',NULL,377,'2026-12-07 03:25:07.892731','2026-12-07 03:25:07.892733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-03；出纳=8；note=''''；作废原因=''''',NULL,378,'2026-12-07 03:25:07.898301','2026-12-07 03:25:10.644858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-07 07:03:00 UTC；经办人=7；说明=''''',NULL,379,'2026-12-07 03:25:07.902198','2026-12-07 03:25:07.902205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110750101''；签约时间：（空） → 2026-11-07 07:03:00 UTC',NULL,380,'2026-12-07 03:25:07.902207','2026-12-07 03:25:07.902207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,381,'2026-12-07 03:25:07.903660','2026-12-07 03:25:07.903661');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,382,'2026-12-07 03:25:07.914947','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,383,'2026-12-07 03:25:07.914950','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,384,'2026-12-07 03:25:07.914951','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,385,'2026-12-07 03:25:07.916120','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-13 04:11:00 UTC；经办人=7；说明=''''',NULL,386,'2026-12-07 03:25:07.917890','2026-12-07 03:25:07.917891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-13',NULL,387,'2026-12-07 03:25:07.917892','2026-12-07 03:25:07.917892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,388,'2026-12-07 03:25:07.920378','2026-12-07 03:25:07.920380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,389,'2026-12-07 03:25:07.920381','2026-12-07 03:25:07.920381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-16；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,390,'2026-12-07 03:25:07.931386','2026-12-07 03:25:07.931388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-16；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,391,'2026-12-07 03:25:07.931388','2026-12-07 03:25:07.931389');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-16 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,392,'2026-12-07 03:25:07.931389','2026-12-07 03:25:07.931390');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-16 09:40:00 UTC',NULL,393,'2026-12-07 03:25:07.931390','2026-12-07 03:25:07.931391');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,394,'2026-12-07 03:25:07.932489','2026-12-07 03:25:07.932490');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-19',NULL,395,'2026-12-07 03:25:07.938095','2026-12-07 03:25:07.938097');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-07 03:25:07.939345','2026-12-07 03:25:10.645071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-17',NULL,397,'2026-12-07 03:25:07.946462','2026-12-07 03:25:07.946465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-17；出纳=8；note=''''；作废原因=''''',NULL,398,'2026-12-07 03:25:07.948010','2026-12-07 03:25:10.649556');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-29 09:34:00 UTC；签约期限=2026-11-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,399,'2026-12-07 03:25:07.960411','2026-12-07 03:25:07.960413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,400,'2026-12-07 03:25:07.965596','2026-12-07 03:25:07.965599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-29；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,401,'2026-12-07 03:25:07.967432','2026-12-07 03:25:07.967433');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-28；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,402,'2026-12-07 03:25:07.967434','2026-12-07 03:25:07.967434');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-29 09:34:00 UTC；经办人=2；说明=''''',NULL,403,'2026-12-07 03:25:07.967435','2026-12-07 03:25:07.967435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-29',NULL,404,'2026-12-07 03:25:07.972490','2026-12-07 03:25:07.972493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-29；出纳=8；note=''''；作废原因=''''',NULL,405,'2026-12-07 03:25:07.973906','2026-12-07 03:25:07.973908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-11-01 08:14:00 UTC；经办人=7；说明=''''',NULL,406,'2026-12-07 03:25:07.984314','2026-12-07 03:25:07.984317');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126110168856''；签约时间：（空） → 2026-11-01 08:14:00 UTC',NULL,407,'2026-12-07 03:25:07.984318','2026-12-07 03:25:07.984318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,408,'2026-12-07 03:25:07.986081','2026-12-07 03:25:07.986083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-11-01 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,409,'2026-12-07 03:25:07.988531','2026-12-07 03:25:07.988533');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-02 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,410,'2026-12-07 03:25:07.988533','2026-12-07 03:25:07.988534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-03 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,411,'2026-12-07 03:25:07.988534','2026-12-07 03:25:07.988534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-11 02:08:00 UTC；经办人=7；说明=''''',NULL,412,'2026-12-07 03:25:07.994757','2026-12-07 03:25:07.994759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-11',NULL,413,'2026-12-07 03:25:07.994759','2026-12-07 03:25:07.994760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,414,'2026-12-07 03:25:08.005790','2026-12-07 03:25:08.005791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,415,'2026-12-07 03:25:08.005792','2026-12-07 03:25:08.005792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-14；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,416,'2026-12-07 03:25:08.007083','2026-12-07 03:25:08.007085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-14 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,417,'2026-12-07 03:25:08.007085','2026-12-07 03:25:08.007086');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-14 08:05:00 UTC',NULL,418,'2026-12-07 03:25:08.007086','2026-12-07 03:25:08.007087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,419,'2026-12-07 03:25:08.008099','2026-12-07 03:25:08.008100');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-20',NULL,420,'2026-12-07 03:25:08.009402','2026-12-07 03:25:08.009404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,421,'2026-12-07 03:25:08.010672','2026-12-07 03:25:08.010674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-30 08:36:00 UTC；签约期限=2026-09-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,422,'2026-12-07 03:25:08.025645','2026-12-07 03:25:08.025648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,423,'2026-12-07 03:25:08.026518','2026-12-07 03:25:08.026519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,424,'2026-12-07 03:25:08.028049','2026-12-07 03:25:08.028051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-29；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,425,'2026-12-07 03:25:08.028057','2026-12-07 03:25:08.028058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-30 08:36:00 UTC；经办人=2；说明=''''',NULL,426,'2026-12-07 03:25:08.028059','2026-12-07 03:25:08.028059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-30',NULL,427,'2026-12-07 03:25:08.037683','2026-12-07 03:25:08.037686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-30；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-07 03:25:08.038985','2026-12-07 03:25:08.038987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-23',NULL,429,'2026-12-07 03:25:08.046535','2026-12-07 03:25:08.046536');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-23；出纳=8；note=''''；作废原因=''''',NULL,430,'2026-12-07 03:25:08.047693','2026-12-07 03:25:08.047694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-31 05:49:00 UTC；经办人=7；说明=''''',NULL,431,'2026-12-07 03:25:08.052740','2026-12-07 03:25:08.052742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083119420''；签约时间：（空） → 2026-08-31 05:49:00 UTC',NULL,432,'2026-12-07 03:25:08.052743','2026-12-07 03:25:08.052743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,433,'2026-12-07 03:25:08.058610','2026-12-07 03:25:08.058612');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-31 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,434,'2026-12-07 03:25:08.065174','2026-12-07 03:25:08.065177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-09-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,435,'2026-12-07 03:25:08.065178','2026-12-07 03:25:08.065178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,436,'2026-12-07 03:25:08.065179','2026-12-07 03:25:08.065179');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-08 07:48:00 UTC；经办人=7；说明=''''',NULL,437,'2026-12-07 03:25:08.067269','2026-12-07 03:25:08.067276');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-08',NULL,438,'2026-12-07 03:25:08.067277','2026-12-07 03:25:08.067278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-10-01 06:41:00 UTC；签约期限=2026-10-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,439,'2026-12-07 03:25:08.076441','2026-12-07 03:25:08.076448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,440,'2026-12-07 03:25:08.081490','2026-12-07 03:25:08.081493');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,441,'2026-12-07 03:25:08.083307','2026-12-07 03:25:08.083309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-16；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,442,'2026-12-07 03:25:08.083309','2026-12-07 03:25:08.083310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-30；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,443,'2026-12-07 03:25:08.083310','2026-12-07 03:25:08.083310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-10-01 06:41:00 UTC；经办人=2；说明=''''',NULL,444,'2026-12-07 03:25:08.083311','2026-12-07 03:25:08.083311');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-10-01',NULL,445,'2026-12-07 03:25:08.090713','2026-12-07 03:25:08.090715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-10-01；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-07 03:25:08.091939','2026-12-07 03:25:08.091941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-11',NULL,447,'2026-12-07 03:25:08.099042','2026-12-07 03:25:08.099044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-11；出纳=8；note=''''；作废原因=''''',NULL,448,'2026-12-07 03:25:08.100202','2026-12-07 03:25:08.100203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-04 08:51:00 UTC；经办人=7；说明=''''',NULL,449,'2026-12-07 03:25:08.108811','2026-12-07 03:25:08.108812');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100423964''；签约时间：（空） → 2026-10-04 08:51:00 UTC',NULL,450,'2026-12-07 03:25:08.108813','2026-12-07 03:25:08.108814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,451,'2026-12-07 03:25:08.110561','2026-12-07 03:25:08.110563');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-04 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,452,'2026-12-07 03:25:08.117166','2026-12-07 03:25:08.117170');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-05 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,453,'2026-12-07 03:25:08.117171','2026-12-07 03:25:08.117172');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-06 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,454,'2026-12-07 03:25:08.117173','2026-12-07 03:25:08.117173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-13 09:08:00 UTC；经办人=7；说明=''''',NULL,455,'2026-12-07 03:25:08.119232','2026-12-07 03:25:08.119233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-13',NULL,456,'2026-12-07 03:25:08.119234','2026-12-07 03:25:08.119234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-18 02:19:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-07 03:25:08.120747','2026-12-07 03:25:08.120749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-07 03:25:08.120749','2026-12-07 03:25:08.120750');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-24 03:16:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-07 03:25:08.126855','2026-12-07 03:25:08.126857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-07 03:25:08.126857','2026-12-07 03:25:08.126858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-06 06:18:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-07 03:25:08.128434','2026-12-07 03:25:08.128435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-07 03:25:08.128436','2026-12-07 03:25:08.128436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-12 02:34:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-07 03:25:08.137617','2026-12-07 03:25:08.137620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-07 03:25:08.137621','2026-12-07 03:25:08.137621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-28 01:01:00 UTC；经办人=10；说明=''''',NULL,465,'2026-12-07 03:25:08.139366','2026-12-07 03:25:08.139367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,466,'2026-12-07 03:25:08.139368','2026-12-07 03:25:08.139368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-28',NULL,467,'2026-12-07 03:25:08.140397','2026-12-07 03:25:08.140399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-28；出纳=8；note=''''；作废原因=''''',NULL,468,'2026-12-07 03:25:08.145988','2026-12-07 03:25:08.145992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,469,'2026-12-07 03:25:08.154916','2026-12-07 03:25:08.154919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,470,'2026-12-07 03:25:08.154920','2026-12-07 03:25:08.154920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-31；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,471,'2026-12-07 03:25:08.161423','2026-12-07 03:25:08.161427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-12-01；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,472,'2026-12-07 03:25:08.161427','2026-12-07 03:25:08.161428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-12-01 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,473,'2026-12-07 03:25:08.161428','2026-12-07 03:25:08.161429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-12-01 06:27:00 UTC',NULL,474,'2026-12-07 03:25:08.161429','2026-12-07 03:25:08.161430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,475,'2026-12-07 03:25:08.162706','2026-12-07 03:25:08.162709');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-12-01',NULL,476,'2026-12-07 03:25:08.164158','2026-12-07 03:25:08.164160');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-07 03:25:08.169667','2026-12-07 03:25:08.169670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-04',NULL,478,'2026-12-07 03:25:08.172504','2026-12-07 03:25:08.172505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,479,'2026-12-07 03:25:08.178492','2026-12-07 03:25:08.178499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-26 06:33:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,480,'2026-12-07 03:25:08.188814','2026-12-07 03:25:08.188816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,481,'2026-12-07 03:25:08.193992','2026-12-07 03:25:08.193994');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,482,'2026-12-07 03:25:08.195986','2026-12-07 03:25:08.195988');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,483,'2026-12-07 03:25:08.195988','2026-12-07 03:25:08.195989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-24；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,484,'2026-12-07 03:25:08.195989','2026-12-07 03:25:08.195990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-26 06:33:00 UTC；经办人=2；说明=''''',NULL,485,'2026-12-07 03:25:08.195990','2026-12-07 03:25:08.195991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-26',NULL,486,'2026-12-07 03:25:08.202029','2026-12-07 03:25:08.202031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,487,'2026-12-07 03:25:08.203288','2026-12-07 03:25:08.203289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-27 05:29:00 UTC；签约期限=2026-12-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,488,'2026-12-07 03:25:08.219154','2026-12-07 03:25:10.631753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,489,'2026-12-07 03:25:08.220042','2026-12-07 03:25:08.220044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-27；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,490,'2026-12-07 03:25:08.226104','2026-12-07 03:25:08.226107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-12；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,491,'2026-12-07 03:25:08.226107','2026-12-07 03:25:08.226108');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-26；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,492,'2026-12-07 03:25:08.226108','2026-12-07 03:25:08.226109');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-27 05:29:00 UTC；经办人=4；说明=''''',NULL,493,'2026-12-07 03:25:08.226109','2026-12-07 03:25:08.226109');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,494,'2026-12-07 03:25:08.227271','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-27',NULL,495,'2026-12-07 03:25:08.228830','2026-12-07 03:25:08.228832');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,496,'2026-12-07 03:25:08.237409','2026-12-07 03:25:10.649793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-30 04:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,497,'2026-12-07 03:25:08.250974','2026-12-07 03:25:08.250976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,498,'2026-12-07 03:25:08.254078','2026-12-07 03:25:08.254081');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,499,'2026-12-07 03:25:08.256034','2026-12-07 03:25:08.256036');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,500,'2026-12-07 03:25:08.256037','2026-12-07 03:25:08.256037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,501,'2026-12-07 03:25:08.256038','2026-12-07 03:25:08.256038');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-30 04:52:00 UTC；经办人=2；说明=''''',NULL,502,'2026-12-07 03:25:08.256039','2026-12-07 03:25:08.256039');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-30',NULL,503,'2026-12-07 03:25:08.262221','2026-12-07 03:25:08.262223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,504,'2026-12-07 03:25:08.263494','2026-12-07 03:25:08.263497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-12-01 06:52:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,505,'2026-12-07 03:25:08.279342','2026-12-07 03:25:08.279345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,506,'2026-12-07 03:25:08.280200','2026-12-07 03:25:08.280202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,507,'2026-12-07 03:25:08.285885','2026-12-07 03:25:08.285894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-16；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,508,'2026-12-07 03:25:08.285895','2026-12-07 03:25:08.285896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-30；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,509,'2026-12-07 03:25:08.285896','2026-12-07 03:25:08.285896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-12-01 06:52:00 UTC；经办人=2；说明=''''',NULL,510,'2026-12-07 03:25:08.285897','2026-12-07 03:25:08.285897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-01',NULL,511,'2026-12-07 03:25:08.287846','2026-12-07 03:25:08.287848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,512,'2026-12-07 03:25:08.289043','2026-12-07 03:25:08.289045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-02 03:00:00 UTC',NULL,513,'2026-12-07 03:25:08.300325','2026-12-07 03:25:08.300327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-02 09:25:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,514,'2026-12-07 03:25:08.314183','2026-12-07 03:25:08.314186');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,515,'2026-12-07 03:25:08.315217','2026-12-07 03:25:08.315219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,516,'2026-12-07 03:25:08.316952','2026-12-07 03:25:08.316954');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2027-01-01；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,517,'2026-12-07 03:25:08.316955','2026-12-07 03:25:08.316955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-02 09:25:00 UTC；经办人=2；说明=''''',NULL,518,'2026-12-07 03:25:08.316956','2026-12-07 03:25:08.316956');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-02',NULL,519,'2026-12-07 03:25:08.323064','2026-12-07 03:25:08.323065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,520,'2026-12-07 03:25:08.324438','2026-12-07 03:25:08.324440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-03 07:30:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,521,'2026-12-07 03:25:08.340446','2026-12-07 03:25:08.340448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,522,'2026-12-07 03:25:08.345648','2026-12-07 03:25:08.345656');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,523,'2026-12-07 03:25:08.347602','2026-12-07 03:25:08.347603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,524,'2026-12-07 03:25:08.347604','2026-12-07 03:25:08.347604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,525,'2026-12-07 03:25:08.347605','2026-12-07 03:25:08.347605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-03 07:30:00 UTC；经办人=2；说明=''''',NULL,526,'2026-12-07 03:25:08.347606','2026-12-07 03:25:08.347606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-03',NULL,527,'2026-12-07 03:25:08.351987','2026-12-07 03:25:08.351990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,528,'2026-12-07 03:25:08.357469','2026-12-07 03:25:08.357472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-04 03:00:00 UTC',NULL,529,'2026-12-07 03:25:08.360522','2026-12-07 03:25:08.360524');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-04 02:20:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,530,'2026-12-07 03:25:08.374263','2026-12-07 03:25:10.631969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,531,'2026-12-07 03:25:08.375285','2026-12-07 03:25:08.375286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,532,'2026-12-07 03:25:08.381767','2026-12-07 03:25:08.381771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,533,'2026-12-07 03:25:08.381771','2026-12-07 03:25:08.381772');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,534,'2026-12-07 03:25:08.381772','2026-12-07 03:25:08.381773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-04 02:20:00 UTC；经办人=4；说明=''''',NULL,535,'2026-12-07 03:25:08.381773','2026-12-07 03:25:08.381773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,536,'2026-12-07 03:25:08.382936','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-04',NULL,537,'2026-12-07 03:25:08.384520','2026-12-07 03:25:08.384522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,538,'2026-12-07 03:25:08.390539','2026-12-07 03:25:10.650007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-05 04:51:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,539,'2026-12-07 03:25:08.406047','2026-12-07 03:25:08.406050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,540,'2026-12-07 03:25:08.406948','2026-12-07 03:25:08.406950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,541,'2026-12-07 03:25:08.409125','2026-12-07 03:25:08.409129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,542,'2026-12-07 03:25:08.409130','2026-12-07 03:25:08.409130');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,543,'2026-12-07 03:25:08.409131','2026-12-07 03:25:08.409131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-05 04:51:00 UTC；经办人=2；说明=''''',NULL,544,'2026-12-07 03:25:08.409131','2026-12-07 03:25:08.409132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-05',NULL,545,'2026-12-07 03:25:08.411000','2026-12-07 03:25:08.411002');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,546,'2026-12-07 03:25:08.412342','2026-12-07 03:25:08.412344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-06 02:05:00 UTC；经办人=7；说明=''''',NULL,547,'2026-12-07 03:25:08.425059','2026-12-07 03:25:08.425061');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120620190''；签约时间：（空） → 2026-12-06 02:05:00 UTC',NULL,548,'2026-12-07 03:25:08.425062','2026-12-07 03:25:08.425062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,549,'2026-12-07 03:25:08.427818','2026-12-07 03:25:08.427820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-06 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,550,'2026-12-07 03:25:08.434763','2026-12-07 03:25:08.437159');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-07 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,551,'2026-12-07 03:25:08.437162','2026-12-07 03:25:08.437163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-08 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,552,'2026-12-07 03:25:08.437163','2026-12-07 03:25:08.437164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-06 06:59:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,553,'2026-12-07 03:25:08.447204','2026-12-07 03:25:10.632178');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,554,'2026-12-07 03:25:08.448289','2026-12-07 03:25:08.448291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,555,'2026-12-07 03:25:08.452843','2026-12-07 03:25:08.452846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,556,'2026-12-07 03:25:08.452846','2026-12-07 03:25:08.452847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-04；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,557,'2026-12-07 03:25:08.452847','2026-12-07 03:25:08.452848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-06 06:59:00 UTC；经办人=4；说明=''''',NULL,558,'2026-12-07 03:25:08.452848','2026-12-07 03:25:08.452848');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,559,'2026-12-07 03:25:08.458350','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,560,'2026-12-07 03:25:08.459965','2026-12-07 03:25:08.459967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,561,'2026-12-07 03:25:08.465323','2026-12-07 03:25:10.650216');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-07 03:24:06 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,562,'2026-12-07 03:25:08.481229','2026-12-07 03:25:08.481232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,563,'2026-12-07 03:25:08.482259','2026-12-07 03:25:08.482261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,564,'2026-12-07 03:25:08.484005','2026-12-07 03:25:08.484007');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-22；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,565,'2026-12-07 03:25:08.484007','2026-12-07 03:25:08.484008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-07；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,566,'2026-12-07 03:25:08.484008','2026-12-07 03:25:08.484009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-07 03:24:06 UTC；经办人=2；说明=''''',NULL,567,'2026-12-07 03:25:08.484009','2026-12-07 03:25:08.484009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-07',NULL,568,'2026-12-07 03:25:08.490501','2026-12-07 03:25:08.490503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-07；出纳=8；note=''''；作废原因=''''',NULL,569,'2026-12-07 03:25:08.491715','2026-12-07 03:25:08.491716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-04 03:25:06 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,570,'2026-12-07 03:25:08.501054','2026-12-07 03:25:08.501057');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-10；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,571,'2026-12-07 03:25:08.506661','2026-12-07 03:25:08.506663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-07 03:25:08.515322','2026-12-07 03:25:08.515324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-07 03:25:08.516335','2026-12-07 03:25:08.516337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-07 03:25:08.521372','2026-12-07 03:25:08.521375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-07 03:25:08.522412','2026-12-07 03:25:08.522414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-07 03:25:08.523428','2026-12-07 03:25:08.523430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-10 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-07 03:25:08.524417','2026-12-07 03:25:08.524418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-13 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-07 03:25:08.525461','2026-12-07 03:25:08.525462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-07 03:25:08.526364','2026-12-07 03:25:08.526366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-07 03:25:08.527202','2026-12-07 03:25:08.527203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-07 03:25:08.528167','2026-12-07 03:25:08.528168');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-07 03:25:08.528987','2026-12-07 03:25:08.528989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-07 03:25:08.536221','2026-12-07 03:25:08.536223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-07 03:25:08.541486','2026-12-07 03:25:08.541488');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-07 03:25:08.542634','2026-12-07 03:25:08.542636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-07 03:25:08.543471','2026-12-07 03:25:08.543472');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-07 03:25:08.544266','2026-12-07 03:25:08.544267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-07-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-07 03:25:08.549444','2026-12-07 03:25:08.549447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-07 03:25:08.550451','2026-12-07 03:25:08.550452');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-07 03:25:08.551490','2026-12-07 03:25:08.551496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-07 03:25:08.552489','2026-12-07 03:25:08.552490');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-07 03:25:08.553377','2026-12-07 03:25:08.553379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-07 03:25:08.554406','2026-12-07 03:25:08.554407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-07 03:25:08.555348','2026-12-07 03:25:08.555350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-07 03:25:08.556226','2026-12-07 03:25:08.556228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-06 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-07 03:25:08.565141','2026-12-07 03:25:08.565146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-07 03:25:08.566252','2026-12-07 03:25:08.566254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-07 03:25:08.567120','2026-12-07 03:25:08.567122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-07 03:25:08.568031','2026-12-07 03:25:08.568032');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-18 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-07 03:25:08.568838','2026-12-07 03:25:08.568839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-07 03:25:08.573957','2026-12-07 03:25:08.573960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-07 03:25:08.575068','2026-12-07 03:25:08.575070');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-31 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-07 03:25:08.575937','2026-12-07 03:25:08.575938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-24 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-07 03:25:08.576751','2026-12-07 03:25:08.576752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-07 03:25:08.581837','2026-12-07 03:25:08.581838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-07 03:25:08.582692','2026-12-07 03:25:08.582694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-07 03:25:08.583513','2026-12-07 03:25:08.583514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-07 03:25:08.584425','2026-12-07 03:25:08.584426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-07 03:25:08.589617','2026-12-07 03:25:08.589625');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-07 03:25:08.590603','2026-12-07 03:25:08.590605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-07 03:25:08.591456','2026-12-07 03:25:08.591462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-07 03:25:08.592281','2026-12-07 03:25:08.592282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-07 03:25:08.597215','2026-12-07 03:25:08.597219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-07 03:25:08.598256','2026-12-07 03:25:08.598258');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-07 03:25:08.599055','2026-12-07 03:25:08.599056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-07 03:25:08.599845','2026-12-07 03:25:08.599846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,617,'2026-12-07 03:25:08.600826','2026-12-07 03:25:08.600827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,618,'2026-12-07 03:25:08.608832','2026-12-07 03:25:08.608834');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,619,'2026-12-07 03:25:08.608834','2026-12-07 03:25:08.608835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-06 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,620,'2026-12-07 03:25:08.616715','2026-12-07 03:25:08.616717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,621,'2026-12-07 03:25:08.616717','2026-12-07 03:25:08.616718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,622,'2026-12-07 03:25:08.624028','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-07 03:25:08.624031','2026-12-07 03:25:08.624031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 22:25:06 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,624,'2026-12-07 03:25:08.627495','2026-12-07 03:25:08.627497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-07 03:25:08.627497','2026-12-07 03:25:08.627498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 07:25:06 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,626,'2026-12-07 03:25:08.637040','2026-12-07 03:25:08.637042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-07 03:25:08.637043','2026-12-07 03:25:08.637043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,628,'2026-12-07 03:25:08.644281','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-07 03:25:08.644284','2026-12-07 03:25:08.644284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,630,'2026-12-07 03:25:08.651927','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-07 03:25:08.651930','2026-12-07 03:25:08.651930');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,632,'2026-12-07 03:25:08.655085','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,633,'2026-12-07 03:25:08.655087','2026-12-07 03:25:08.655088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,634,'2026-12-07 03:25:08.667234','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,635,'2026-12-07 03:25:08.668057','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,636,'2026-12-07 03:25:08.668800','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-23 06:38:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-07 03:25:08.673872','2026-12-07 03:25:08.673874');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-07 03:25:08.674897','2026-12-07 03:25:08.674899');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-07 03:25:08.675711','2026-12-07 03:25:08.675714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-25 05:22:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-07 03:25:08.676514','2026-12-07 03:25:08.676516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-26 02:07:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-07 03:25:08.681491','2026-12-07 03:25:08.681494');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-27 10:37:00 UTC；完成人：（空） → 2',NULL,642,'2026-12-07 03:25:08.682395','2026-12-07 03:25:08.682397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,643,'2026-12-07 03:25:08.683147','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,644,'2026-12-07 03:25:08.683877','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,645,'2026-12-07 03:25:08.684586','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,646,'2026-12-07 03:25:08.689795','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,647,'2026-12-07 03:25:08.690661','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,648,'2026-12-07 03:25:08.691419','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-23 04:10:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-07 03:25:08.692161','2026-12-07 03:25:08.692163');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-24 02:07:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-07 03:25:08.692904','2026-12-07 03:25:08.692905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-25 10:37:00 UTC；完成人：（空） → 2',NULL,651,'2026-12-07 03:25:08.698015','2026-12-07 03:25:08.698019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,652,'2026-12-07 03:25:08.698825','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,653,'2026-12-07 03:25:08.699592','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,654,'2026-12-07 03:25:08.700323','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,655,'2026-12-07 03:25:08.702218','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,656,'2026-12-07 03:25:08.703239','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,657,'2026-12-07 03:25:08.704926','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-11-01 08:21:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-07 03:25:08.710050','2026-12-07 03:25:08.710052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-02 02:07:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-07 03:25:08.710960','2026-12-07 03:25:08.710962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-03 10:37:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-07 03:25:08.711684','2026-12-07 03:25:08.711685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-31 05:56:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-07 03:25:08.712399','2026-12-07 03:25:08.712400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-09-01 02:07:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-07 03:25:08.717331','2026-12-07 03:25:08.717335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-02 10:37:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-07 03:25:08.718422','2026-12-07 03:25:08.718424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-04 08:58:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-07 03:25:08.719183','2026-12-07 03:25:08.719184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-05 02:07:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-07 03:25:08.719906','2026-12-07 03:25:08.719907');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-06 10:37:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-07 03:25:08.720625','2026-12-07 03:25:08.720627');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-06 02:12:00 UTC；完成人：（空） → 2',NULL,667,'2026-12-07 03:25:08.725266','2026-12-07 03:25:08.725269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',14,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,668,'2026-12-07 03:25:08.754216','2026-12-07 03:25:08.754219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',16,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,669,'2026-12-07 03:25:08.754220','2026-12-07 03:25:08.754220');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,670,'2026-12-07 03:25:08.754221','2026-12-07 03:25:08.754221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',18,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,671,'2026-12-07 03:25:08.754222','2026-12-07 03:25:08.754222');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,672,'2026-12-07 03:25:08.754222','2026-12-07 03:25:08.754223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',20,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,673,'2026-12-07 03:25:08.754224','2026-12-07 03:25:08.754224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',21,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,674,'2026-12-07 03:25:08.754224','2026-12-07 03:25:08.754225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''',NULL,675,'2026-12-07 03:25:08.754225','2026-12-07 03:25:08.754226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''',NULL,676,'2026-12-07 03:25:08.754226','2026-12-07 03:25:08.754227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,677,'2026-12-07 03:25:08.754227','2026-12-07 03:25:08.754227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,678,'2026-12-07 03:25:08.754228','2026-12-07 03:25:08.754228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,679,'2026-12-07 03:25:08.754228','2026-12-07 03:25:08.754229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,680,'2026-12-07 03:25:08.754229','2026-12-07 03:25:08.754230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'通讯地址：'''' → ''浙江省杭州市上城区****''；邮政编码：'''' → ''310002''',NULL,681,'2026-12-07 03:25:08.754230','2026-12-07 03:25:08.754230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,682,'2026-12-07 03:25:08.754231','2026-12-07 03:25:08.754231');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'通讯地址：'''' → ''浙江省杭州市余杭区****''；邮政编码：'''' → ''311121''',NULL,683,'2026-12-07 03:25:08.754231','2026-12-07 03:25:08.754232');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,684,'2026-12-07 03:25:08.754232','2026-12-07 03:25:08.754233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',12,'通讯地址：'''' → ''浙江省杭州市拱墅区****''；邮政编码：'''' → ''310011''',NULL,685,'2026-12-07 03:25:08.754233','2026-12-07 03:25:08.754238');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',13,'通讯地址：'''' → ''浙江省杭州市滨江区****''；邮政编码：'''' → ''310051''',NULL,686,'2026-12-07 03:25:08.754239','2026-12-07 03:25:08.754239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',1,'项目=1；交易=9；催款函编号=1；阶段=0；函件日期=2026-11-08；issued_at=2026-11-08 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,687,'2026-12-07 03:25:09.013768','2026-12-07 03:25:09.013770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',1,'催款函=1；付款节点=29；阶段=0；逾期天数=0；未付金额=2595921.20；违约金=0.00',NULL,688,'2026-12-07 03:25:09.014774','2026-12-07 03:25:09.014777');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',2,'项目=1；交易=8；催款函编号=2；阶段=0；函件日期=2026-11-13；issued_at=2026-11-13 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,689,'2026-12-07 03:25:09.031963','2026-12-07 03:25:09.031965');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',2,'催款函=2；付款节点=25；阶段=0；逾期天数=0；未付金额=2925436.80；违约金=0.00',NULL,690,'2026-12-07 03:25:09.032436','2026-12-07 03:25:09.032437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',3,'项目=1；交易=7；催款函编号=3；阶段=0；函件日期=2026-11-16；issued_at=2026-11-16 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,691,'2026-12-07 03:25:09.061068','2026-12-07 03:25:09.061069');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',3,'催款函=3；付款节点=22；阶段=0；逾期天数=0；未付金额=246494.06；违约金=0.00',NULL,692,'2026-12-07 03:25:09.066023','2026-12-07 03:25:09.066026');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',4,'项目=1；交易=12；催款函编号=4；阶段=0；函件日期=2026-11-21；issued_at=2026-11-21 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,693,'2026-12-07 03:25:09.131636','2026-12-07 03:25:09.131637');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',4,'催款函=4；付款节点=39；阶段=0；逾期天数=0；未付金额=1010494.00；违约金=0.00',NULL,694,'2026-12-07 03:25:09.132092','2026-12-07 03:25:09.132094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',4,'作废时间：（空） → 2026-11-21 01:40:00 UTC；作废原因：'''' → ''打印卡纸，已重新出具''；voided_by_id：（空） → 7',NULL,695,'2026-12-07 03:25:09.140321','2026-12-07 03:25:09.140324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',5,'项目=1；交易=12；催款函编号=5；阶段=0；函件日期=2026-11-21；issued_at=2026-11-21 01:45:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,696,'2026-12-07 03:25:09.157997','2026-12-07 03:25:09.157998');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',5,'催款函=5；付款节点=39；阶段=0；逾期天数=0；未付金额=1010494.00；违约金=0.00',NULL,697,'2026-12-07 03:25:09.158449','2026-12-07 03:25:09.158451');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',6,'项目=1；交易=13；催款函编号=6；阶段=0；函件日期=2026-11-22；issued_at=2026-11-22 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,698,'2026-12-07 03:25:09.216017','2026-12-07 03:25:09.216018');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',6,'催款函=6；付款节点=42；阶段=0；逾期天数=0；未付金额=463922.81；违约金=0.00',NULL,699,'2026-12-07 03:25:09.216406','2026-12-07 03:25:09.216407');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',7,'项目=1；交易=14；催款函编号=7；阶段=0；函件日期=2026-11-25；issued_at=2026-11-25 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,700,'2026-12-07 03:25:09.232824','2026-12-07 03:25:09.232903');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',7,'催款函=7；付款节点=45；阶段=0；逾期天数=0；未付金额=555122.65；违约金=0.00',NULL,701,'2026-12-07 03:25:09.238007','2026-12-07 03:25:09.238011');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',8,'项目=1；交易=15；催款函编号=8；阶段=0；函件日期=2026-11-26；issued_at=2026-11-26 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,702,'2026-12-07 03:25:09.262049','2026-12-07 03:25:09.262051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',8,'催款函=8；付款节点=48；阶段=0；逾期天数=0；未付金额=509247.70；违约金=0.00',NULL,703,'2026-12-07 03:25:09.262645','2026-12-07 03:25:09.262646');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',9,'项目=1；交易=17；催款函编号=9；阶段=0；函件日期=2026-11-28；issued_at=2026-11-28 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,704,'2026-12-07 03:25:09.289536','2026-12-07 03:25:09.289539');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',9,'催款函=9；付款节点=53；阶段=0；逾期天数=0；未付金额=692941.25；违约金=0.00',NULL,705,'2026-12-07 03:25:09.290291','2026-12-07 03:25:09.290293');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',10,'项目=1；交易=18；催款函编号=10；阶段=0；函件日期=2026-11-29；issued_at=2026-11-29 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,706,'2026-12-07 03:25:09.335892','2026-12-07 03:25:09.335893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',10,'催款函=10；付款节点=56；阶段=0；逾期天数=0；未付金额=792151.19；违约金=0.00',NULL,707,'2026-12-07 03:25:09.336800','2026-12-07 03:25:09.336801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',11,'项目=1；交易=19；催款函编号=11；阶段=0；函件日期=2026-11-30；issued_at=2026-11-30 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,708,'2026-12-07 03:25:09.360445','2026-12-07 03:25:09.360447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',11,'催款函=11；付款节点=59；阶段=0；逾期天数=0；未付金额=458772.83；违约金=0.00',NULL,709,'2026-12-07 03:25:09.360894','2026-12-07 03:25:09.360896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',12,'项目=1；交易=20；催款函编号=12；阶段=0；函件日期=2026-12-01；issued_at=2026-12-01 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,710,'2026-12-07 03:25:09.378940','2026-12-07 03:25:09.378941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',12,'催款函=12；付款节点=62；阶段=0；逾期天数=0；未付金额=967475.89；违约金=0.00',NULL,711,'2026-12-07 03:25:09.379430','2026-12-07 03:25:09.379432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',13,'项目=1；交易=21；催款函编号=13；阶段=0；函件日期=2026-12-02；issued_at=2026-12-02 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,712,'2026-12-07 03:25:09.443865','2026-12-07 03:25:09.443867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',13,'催款函=13；付款节点=65；阶段=0；逾期天数=0；未付金额=616450.00；违约金=0.00',NULL,713,'2026-12-07 03:25:09.444318','2026-12-07 03:25:09.444320');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',14,'项目=1；交易=8；催款函编号=14；阶段=1；函件日期=2026-12-04；issued_at=2026-12-04 01:30:00 UTC；出具人=7；送达方式=''未登记''；快递/挂号单号=''''；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,714,'2026-12-07 03:25:09.460772','2026-12-07 03:25:09.460777');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',14,'催款函=14；付款节点=25；阶段=1；逾期天数=1；未付金额=2925436.80；违约金=1462.72',NULL,715,'2026-12-07 03:25:09.465604','2026-12-07 03:25:09.465607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',1,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-08',NULL,716,'2026-12-07 03:25:09.472267','2026-12-07 03:25:09.472269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',2,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-13',NULL,717,'2026-12-07 03:25:09.477912','2026-12-07 03:25:09.477914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',3,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-16',NULL,718,'2026-12-07 03:25:09.481780','2026-12-07 03:25:09.481784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',5,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-21',NULL,719,'2026-12-07 03:25:09.482912','2026-12-07 03:25:09.482913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',6,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-22',NULL,720,'2026-12-07 03:25:09.483906','2026-12-07 03:25:09.483909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',7,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-25',NULL,721,'2026-12-07 03:25:09.485028','2026-12-07 03:25:09.485030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',8,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-26',NULL,722,'2026-12-07 03:25:09.490553','2026-12-07 03:25:09.490555');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',9,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-28',NULL,723,'2026-12-07 03:25:09.491602','2026-12-07 03:25:09.491604');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',10,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-29',NULL,724,'2026-12-07 03:25:09.492767','2026-12-07 03:25:09.492769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',11,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-11-30',NULL,725,'2026-12-07 03:25:09.498237','2026-12-07 03:25:09.498240');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',12,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-01',NULL,726,'2026-12-07 03:25:09.499328','2026-12-07 03:25:09.499330');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',13,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-02',NULL,727,'2026-12-07 03:25:09.500310','2026-12-07 03:25:09.500312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',14,'送达方式：''未登记'' → ''当面签收''；签收日期：（空） → 2026-12-04',NULL,728,'2026-12-07 03:25:09.505436','2026-12-07 03:25:09.505439');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','dunning_letters',1,'重印次数：0 → 1',NULL,729,'2026-12-07 03:25:09.507895','2026-12-07 03:25:09.507897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,730,'2026-12-07 03:25:09.532310','2026-12-07 03:25:09.532312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',731,'2026-12-07 03:25:09.681613','2026-12-07 03:25:09.681617');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,732,'2026-12-07 03:25:09.715191','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,733,'2026-12-07 03:25:09.716561','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,734,'2026-12-07 03:25:09.722399','2026-12-07 03:25:10.609489');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-08 03:25:09 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,735,'2026-12-07 03:25:09.731071','2026-12-07 03:25:09.731073');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,736,'2026-12-07 03:25:09.731074','2026-12-07 03:25:09.731074');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-08 11:25 → 12-09 11:25（第 1 次，上限 2 次）','客户周末来签',737,'2026-12-07 03:25:09.735511','2026-12-07 03:25:09.735513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,738,'2026-12-07 03:25:09.736992','2026-12-07 03:25:09.736993');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',739,'2026-12-07 03:25:09.743730','2026-12-07 03:25:09.743732');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,740,'2026-12-07 03:25:09.768903','2026-12-07 03:25:09.768905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-07 03:25:09 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,741,'2026-12-07 03:25:09.781296','2026-12-07 03:25:09.781299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,742,'2026-12-07 03:25:09.782207','2026-12-07 03:25:09.782208');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,743,'2026-12-07 03:25:09.784410','2026-12-07 03:25:09.784411');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,744,'2026-12-07 03:25:09.784412','2026-12-07 03:25:09.784413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,745,'2026-12-07 03:25:09.784413','2026-12-07 03:25:09.784413');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-07 03:25:09 UTC；说明=''''',NULL,746,'2026-12-07 03:25:09.784414','2026-12-07 03:25:09.784414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,747,'2026-12-07 03:25:09.789714','2026-12-07 03:25:09.789717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-07 03:25:09 UTC；签约期限=2026-12-14；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''；通讯地址=''''；邮政编码=''''；违约条款编号=''第九条''；违约条款内容=''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。''；违约金基数=''总价款''；违约金比例（%）=5；违约金条款编号=''第十条''；约定仲裁=否',NULL,748,'2026-12-07 03:25:09.800971','2026-12-07 03:25:10.632385');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,749,'2026-12-07 03:25:09.801936','2026-12-07 03:25:09.801938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-07；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,750,'2026-12-07 03:25:09.803701','2026-12-07 03:25:09.803708');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,751,'2026-12-07 03:25:09.803709','2026-12-07 03:25:09.803710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,752,'2026-12-07 03:25:09.803710','2026-12-07 03:25:09.803710');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-07 03:25:09 UTC；说明=''''',NULL,753,'2026-12-07 03:25:09.803711','2026-12-07 03:25:09.803711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,754,'2026-12-07 03:25:09.804926','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-07 03:25:09 UTC；说明=''''',NULL,755,'2026-12-07 03:25:09.811536','2026-12-07 03:25:09.811538');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-07 03:25:09 UTC',NULL,756,'2026-12-07 03:25:09.811539','2026-12-07 03:25:09.811539');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-06',NULL,757,'2026-12-07 03:25:09.817343','2026-12-07 03:25:09.817347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-07',NULL,758,'2026-12-07 03:25:09.817347','2026-12-07 03:25:09.817348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,759,'2026-12-07 03:25:09.818423','2026-12-07 03:25:09.818424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,760,'2026-12-07 03:25:09.824814','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,761,'2026-12-07 03:25:09.824818','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,762,'2026-12-07 03:25:09.824819','2026-12-07 03:25:10.604798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,763,'2026-12-07 03:25:09.825943','2026-12-07 03:25:10.610350');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,764,'2026-12-07 03:25:09.933841','2026-12-07 03:25:09.933847');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,765,'2026-12-07 03:25:10.020759','2026-12-07 03:25:10.020765');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,766,'2026-12-07 03:25:10.115758','2026-12-07 03:25:10.115763');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,767,'2026-12-07 03:25:10.195398','2026-12-07 03:25:10.195403');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,768,'2026-12-07 03:25:10.279281','2026-12-07 03:25:10.279286');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,769,'2026-12-07 03:25:10.281013','2026-12-07 03:25:10.281015');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,770,'2026-12-07 03:25:10.287286','2026-12-07 03:25:10.287289');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,771,'2026-12-07 03:25:10.293592','2026-12-07 03:25:10.293595');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,772,'2026-12-07 03:25:10.296701','2026-12-07 03:25:10.296704');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,773,'2026-12-07 03:25:10.312285','2026-12-07 03:25:10.312288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-07 03:20:10 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,774,'2026-12-07 03:25:10.335610','2026-12-07 03:25:10.335613');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,775,'2026-12-07 03:25:10.342446','2026-12-07 03:25:10.342448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-07 03:20:10 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,776,'2026-12-07 03:25:10.342448','2026-12-07 03:25:10.342449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-06',NULL,777,'2026-12-07 03:25:10.342450','2026-12-07 03:25:10.342450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',6,'日期=2026-12-07；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,778,'2026-12-07 03:25:10.344352','2026-12-07 03:25:10.344358');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,779,'2026-12-07 03:25:10.357972','2026-12-07 03:25:10.357975');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,780,'2026-12-07 03:25:10.366694','2026-12-07 03:25:10.366697');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,781,'2026-12-07 03:25:10.375206','2026-12-07 03:25:10.375208');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,782,'2026-12-07 03:25:10.390441','2026-12-07 03:25:10.390443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,783,'2026-12-07 03:25:10.414691','2026-12-07 03:25:10.472302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,784,'2026-12-07 03:25:10.416141','2026-12-07 03:25:10.416149');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,785,'2026-12-07 03:25:10.424073','2026-12-07 03:25:10.472302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',786,'2026-12-07 03:25:10.579914','2026-12-07 03:25:10.579917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,787,'2026-12-07 03:25:10.583458','2026-12-07 03:25:10.603077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-07 03:25:10 UTC',NULL,788,'2026-12-07 03:25:10.622999','2026-12-07 03:25:10.623000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',20,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,789,'2026-12-07 03:25:10.629613','2026-12-07 03:25:10.629616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'通讯地址：''浙江省杭州市滨江区****'' → ''''；邮政编码：''310051'' → ''''',NULL,790,'2026-12-07 03:25:10.629617','2026-12-07 03:25:10.629618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'通讯地址：''浙江省杭州市拱墅区****'' → ''''；邮政编码：''310011'' → ''''',NULL,791,'2026-12-07 03:25:10.629618','2026-12-07 03:25:10.629618');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,792,'2026-12-07 03:25:10.629619','2026-12-07 03:25:10.629620');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',13,'通讯地址：''浙江省杭州市滨江区****'' → ''''；邮政编码：''310051'' → ''''',NULL,793,'2026-12-07 03:25:10.629620','2026-12-07 03:25:10.629621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：''浙江省杭州市西湖区****'' → ''''；邮政编码：''310012'' → ''''',NULL,794,'2026-12-07 03:25:10.629621','2026-12-07 03:25:10.629621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',18,'通讯地址：''浙江省杭州市余杭区****'' → ''''；邮政编码：''311121'' → ''''',NULL,795,'2026-12-07 03:25:10.629622','2026-12-07 03:25:10.629622');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'通讯地址：''浙江省杭州市上城区****'' → ''''；邮政编码：''310002'' → ''''',NULL,796,'2026-12-07 03:25:10.629623','2026-12-07 03:25:10.629623');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',797,'2026-12-07 03:25:10.758264','2026-12-07 03:25:10.758269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',15,'项目=1；交易=1；催款函编号=901；阶段=1；函件日期=2026-11-28；issued_at=2026-12-07 03:25:10 UTC；送达方式=''当面签收''；快递/挂号单号=''''；签收日期=2026-12-03；作废原因=''''；重印次数=0；继续履行原因=''''',NULL,798,'2026-12-07 03:25:10.814844','2026-12-07 03:25:10.814846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'通讯地址：'''' → ''浙江省杭州市西湖区****''；邮政编码：'''' → ''310012''；违约条款内容：''买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。'' → ''买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。''；催告后付款期限（天）：（空） → 60',NULL,799,'2026-12-07 03:25:10.814847','2026-12-07 03:25:10.814847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',15,'催款函=15；付款节点=2；阶段=1；逾期天数=30；未付金额=120000.50；违约金=1234.56',NULL,800,'2026-12-07 03:25:10.816109','2026-12-07 03:25:10.816110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',16,'项目=1；交易=1；催款函编号=902；阶段=4；函件日期=2026-11-29；issued_at=2026-12-07 03:25:10 UTC；送达方式=''快递''；快递/挂号单号=''XA00000002''；签收日期=2026-12-04；作废时间=2026-12-07 03:25:10 UTC；作废原因=''作废：打印错误''；重印次数=0；继续履行原因=''''',NULL,801,'2026-12-07 03:25:10.816111','2026-12-07 03:25:10.816111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',16,'催款函=16；付款节点=2；阶段=4；逾期天数=120；未付金额=120000.50；违约金=1234.56',NULL,802,'2026-12-07 03:25:10.823496','2026-12-07 03:25:10.823497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letters',17,'项目=1；交易=1；催款函编号=903；阶段=6；函件日期=2026-11-30；issued_at=2026-12-07 03:25:10 UTC；送达方式=''挂号信''；快递/挂号单号=''XA00000003''；签收日期=2026-12-05；作废原因=''''；重印次数=0；买受人书面催告决定日期=2026-12-07；继续履行原因=''''',NULL,803,'2026-12-07 03:25:10.823498','2026-12-07 03:25:10.823498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_letter_items',17,'催款函=17；付款节点=2；阶段=6；逾期天数=180；未付金额=120000.50；违约金=1234.56',NULL,804,'2026-12-07 03:25:10.824398','2026-12-07 03:25:10.824400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_blocks',1,'交易=1；暂停原因=''客户申请分期，谈判中''；开始日期=2026-11-17；结束日期=2026-12-17；提前解除日期=2026-11-25；解除原因=''谈判未果''',NULL,805,'2026-12-07 03:25:10.824401','2026-12-07 03:25:10.824401');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','dunning_calls',1,'交易=1；阶段=1；致电时间=2026-12-07 03:25:10 UTC；called_on=2026-12-07；结果=''承诺付款日期''；承诺付款日期=2026-12-14；备注=''客户说月底前转账''',NULL,806,'2026-12-07 03:25:10.824402','2026-12-07 03:25:10.824402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','change_orders',1,'项目=1；交易=1；客户=2；变更单号=1；变更类型=''退房''；状态=''已执行''；书面申请收到时间=2026-11-28 03:25:10 UTC；申请时交易阶段=''已签约''；签约后72小时内=是；原因类型=''资金压力型''；原因标签=''["贷款", "价格"]''；过错方=''买方''；解除依据=''贷款未获批准（非买方原因）''；条件说明=''银行 11 月 3 日书面拒贷''；系统核对=''无法核对，待法务确认''；法务确认时间=2026-11-29 03:25:10 UTC；真实原因=''首付来源落空''；洽谈时间=2026-11-29 03:25:10 UTC；洽谈结果=''坚持退''；洽谈记录=''客户坚持退房''；审核时间=2026-11-30 03:25:10 UTC；审核意见=''同意''；营销审批时间=2026-12-01 03:25:10 UTC；财务审批时间=2026-12-01 03:25:10 UTC；驳回原因=''''；撤回原因=''''；执行时间=2026-12-02 03:25:10 UTC；退款日期=2026-12-07；最迟退款日期=2027-01-06；计算应退金额=98765.43；调整后应退金额=100000.00；调整原因=''营销负责人特批''；override_at=2026-12-01 03:25:10 UTC；原房源=22；新付款方式=''全款''；新特批优惠=0.00；原成交价=2104086.60；更名方式=''增名''；原买受人=''曾小贤''；新买受人=''李娜''；新买受人证件号=''330106********0021''；新买受人证件号（密文）=***；与原买受人关系=''配偶''；原买受人同意日期=2026-12-07；购房资格审核=''资格审核通过''；解除通知出具时间=2026-12-03 03:25:10 UTC；通知送达方式=''快递''；通知快递/挂号单号=''SF1234567890''；通知送达日期=2026-12-04；合同原件收回日期=2026-12-05；归档编号=''GD-2026-001''；争议解决方式=''仲裁''；标记争议时间=2026-12-06 03:25:10 UTC；简报评分项=''["recorded", "not_seller"]''；评分时间=2026-12-07 03:25:10 UTC；赠送礼品=''物业费抵用券''；赠送日期=2026-12-07；备注=''资料齐全''',NULL,807,'2026-12-07 03:25:10.857246','2026-12-07 03:25:10.857250');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'违约金基数：''总价款'' → ''已到期应付款''；退款利率（年%）：（空） → 3.10；面积误差约定（%）：（空） → 3.00；约定办证期限：（空） → 2028-11-06；约定仲裁：否 → 是',NULL,808,'2026-12-07 03:25:10.857251','2026-12-07 03:25:10.857251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','change_order_steps',1,'变更单=1；步骤=''撤销网签备案''；完成时间=2026-12-07 03:25:10 UTC；说明=''已撤销备案''',NULL,809,'2026-12-07 03:25:10.858472','2026-12-07 03:25:10.858475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','refund_vouchers',1,'项目=1；退款凭证号=1；变更单=1；交易=1；收款人=''曾小贤''；金额=100000.00；支付方式=''转账''；付款日期=2026-12-07；note=''''；作废时间=2026-12-07 03:25:10 UTC；作废原因=''金额有误''；重印次数=0',NULL,810,'2026-12-07 03:25:10.858475','2026-12-07 03:25:10.858476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','refund_vouchers',2,'项目=1；退款凭证号=2；变更单=1；交易=1；收款人=''曾小贤''；金额=100000.00；支付方式=''转账''；付款日期=2026-12-07；note=''''；财务确认时间=2026-12-07 03:25:10 UTC；作废原因=''''；重印次数=0',NULL,811,'2026-12-07 03:25:10.858476','2026-12-07 03:25:10.858476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','inspection_issues',1,'交易=1；发现日期=2026-12-06；问题=''主卧窗框渗水''；部位=''主卧''；整改责任人=''工程部 李工''；承诺整改日期=2026-12-21；整改完成日期=2026-12-07；说明=''已打胶''',NULL,812,'2026-12-07 03:25:10.895598','2026-12-07 03:25:10.895599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaints',1,'项目=1；投诉编号=1；客户=2；交易=1；状态=''已办结''；受理渠道=''外部转办''；转办单位=''12345 热线''；转办编号=''12345-2026-0001''；转办单位时限=2026-12-12 03:25:10 UTC；受理时间=2026-11-17 03:25:10 UTC；投诉人=''曾小贤''；联系电话=''13800001111''；发生时间=''交付当天''；地点=''3栋1单元1201''；投诉内容=''客厅地面空鼓''；原因=''施工质量''；涉及金额/范围=''约 12 平方米''；客户诉求=''返修并赔偿''；性质=''质量''；等级=''二级''；投诉点=''地面空鼓''；媒体关注=否；涉及户数=1；工程部联系人=''工程部 李工''；施工单位联系人=''某建工 张经理''；物业管家=''物业 赵管家''；多部门协同=是；到场/回电时间=2026-11-17 04:05:10 UTC；到场/回电说明=''已回电''；首次答复时间=2026-11-18 03:25:10 UTC；首次答复内容=''三日内上门查看''；调查结论=''找平层施工不实''；责任方=''施工单位''；处理方案=''维修整改（可含赔偿/补偿）''；方案说明=''返修地面并赔偿''；方案提交时间=2026-11-19 03:25:10 UTC；法务审核时间=2026-11-20 03:25:10 UTC；法务意见=''同意''；财务审核时间=2026-11-20 03:25:10 UTC；财务意见=''同意''；方案退回原因=''''；执行责任人=''工程部 李工''；执行期限=2026-11-27；验收标准=''敲击无空鼓声''；执行完成时间=2026-11-28 03:25:10 UTC；满意度确认单签字日期=2026-11-28；回访期限=2026-12-01；处理轮次=1；办结时间=2026-11-30 03:25:10 UTC；办结说明=''''；案例总结=''找平层须旁站验收''',NULL,813,'2026-12-07 03:25:10.895600','2026-12-07 03:25:10.895601');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','buildings',1,'预计交付日期：（空） → 2027-02-25',NULL,814,'2026-12-07 03:25:10.895601','2026-12-07 03:25:10.895602');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'风险告知书签署时间：（空） → 2026-11-07 03:25:10 UTC；预验房邀约时间：（空） → 2026-12-02 03:25:10 UTC；预验房日期：（空） → 2026-12-06',NULL,815,'2026-12-07 03:25:10.895602','2026-12-07 03:25:10.895603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_pauses',1,'投诉=1；暂停时间=2026-11-18 01:25:10 UTC；恢复时间=2026-11-18 03:25:10 UTC；暂停原因=''等客户提供照片''',NULL,816,'2026-12-07 03:25:10.903822','2026-12-07 03:25:10.903825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_events',1,'投诉=1；事项=''调整等级''；时间=2026-11-18 03:25:10 UTC；原等级=''三级''；新等级=''二级''；说明=''涉及返修，升为二级''',NULL,817,'2026-12-07 03:25:10.903826','2026-12-07 03:25:10.903827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_notes',1,'投诉=1；类别=''调查''；证据来源=''第三方检测''；时间=2026-11-19 03:25:10 UTC；内容=''检测报告：空鼓面积 12 平方米''',NULL,818,'2026-12-07 03:25:10.903827','2026-12-07 03:25:10.903827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_files',1,'投诉=1；记录=1；来源=''第三方检测''；文件名=''检测报告.pdf''；大小（字节）=13；SHA-256=''14f2c5259b5778eb31afb06d1e1f34a017f2bfb59628c02eb8af35026feb7789''；添加时间=2026-11-19 03:25:10 UTC；说明=''第三方检测''',NULL,819,'2026-12-07 03:25:10.920474','2026-12-07 03:25:10.920479');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_payments',1,'投诉=1；项目=1；性质=''赔偿''；责任方=''施工单位''；金额=25000.00；事由=''地面返修期间的损失''；责任确认方式=''监理确认''；责任确认说明=''监理 王工 确认''；申请时间=2026-11-25 03:25:10 UTC；客服经理审批时间=2026-11-26 03:25:10 UTC；分管副总审批时间=2026-11-26 03:25:10 UTC；驳回原因=''''；赔付凭证号=1；收款人=''曾小贤''；支付方式=''转账''；付款日期=2026-11-27；作废时间=2026-12-07 03:25:10 UTC；作废原因=''金额有误''；reprints=0',NULL,820,'2026-12-07 03:25:10.920479','2026-12-07 03:25:10.920480');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_payments',2,'投诉=1；项目=1；性质=''赔偿''；责任方=''施工单位''；金额=25000.00；事由=''地面返修期间的损失''；责任确认方式=''监理确认''；责任确认说明=''监理 王工 确认''；申请时间=2026-11-25 03:25:10 UTC；客服经理审批时间=2026-11-26 03:25:10 UTC；分管副总审批时间=2026-11-26 03:25:10 UTC；驳回原因=''''；赔付凭证号=2；收款人=''曾小贤''；支付方式=''转账''；付款日期=2026-11-27；财务确认时间=2026-12-07 03:25:10 UTC；作废原因=''''；reprints=0',NULL,821,'2026-12-07 03:25:10.920480','2026-12-07 03:25:10.920481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','complaint_visits',1,'投诉=1；轮次=1；回访时间=2026-11-29 03:25:10 UTC；回访方式=''电话回访''；评分=''{"speed": 5, "attitude": 4, "result": 4, "overall": 5}''；满意度=0.90；客户意见=''满意''',NULL,822,'2026-12-07 03:25:10.920481','2026-12-07 03:25:10.920482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','report_runs',1,'报表=''daily''；报表日期=2026-12-07；生成时间=2026-12-07 03:25:10 UTC；生成方式=''cli''；文件名=''销售日报_2026-12-07.xlsx''',NULL,823,'2026-12-07 03:25:10.933723','2026-12-07 03:25:10.933726');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','report_templates',1,'报表=''weekly''；模板文件名=''周报模板.xlsx''；上传时间=2026-12-07 03:25:10 UTC',NULL,824,'2026-12-07 03:25:10.933727','2026-12-07 03:25:10.933727');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',2,1,'2026-12-07 03:25:06.457553','2026-12-07 03:25:10.886161','2027-02-25');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-07 03:25:06.465907','2026-12-07 03:25:06.465910',NULL);
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-07 03:25:06.477540','2026-12-07 03:25:06.477543',NULL);
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-07 03:25:04.740492','2026-12-07 03:25:04.740494');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-07 03:25:04.740495','2026-12-07 03:25:04.740495');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-07 03:25:04.737766','2026-12-07 03:25:04.737770');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-26 04:46:00.000000','','2026-06-26 04:53:00.000000',4,1,'2026-12-07 03:25:07.054301','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,2,'2026-12-07 03:25:07.054307','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,3,'2026-12-07 03:25:07.054308','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-23 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 06:38:00.000000',2,4,'2026-12-07 03:25:07.175090','2026-12-07 03:25:08.673402');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,5,'2026-12-07 03:25:07.175094','2026-12-07 03:25:08.674440');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,6,'2026-12-07 03:25:07.175095','2026-12-07 03:25:08.675333');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-25 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-25 05:22:00.000000',2,7,'2026-12-07 03:25:07.288405','2026-12-07 03:25:08.676148');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-26 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-26 02:07:00.000000',2,8,'2026-12-07 03:25:07.288414','2026-12-07 03:25:08.676928');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-27 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-27 10:37:00.000000',2,9,'2026-12-07 03:25:07.288415','2026-12-07 03:25:08.682011');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-24 08:15:00.000000','','2026-06-24 08:22:00.000000',4,10,'2026-12-07 03:25:07.354830','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-25 02:00:00.000000','','2026-06-25 02:07:00.000000',4,11,'2026-12-07 03:25:07.354835','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-26 10:30:00.000000','','2026-06-26 10:37:00.000000',4,12,'2026-12-07 03:25:07.354836','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-26 02:27:00.000000','','2026-06-26 02:34:00.000000',4,13,'2026-12-07 03:25:07.450811','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-27 02:00:00.000000','','2026-06-27 02:07:00.000000',4,14,'2026-12-07 03:25:07.450820','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-28 10:30:00.000000','','2026-06-28 10:37:00.000000',4,15,'2026-12-07 03:25:07.450821','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-23 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-23 04:10:00.000000',2,16,'2026-12-07 03:25:07.527662','2026-12-07 03:25:08.691824');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-24 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-24 02:07:00.000000',2,17,'2026-12-07 03:25:07.527665','2026-12-07 03:25:08.692574');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-25 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-25 10:37:00.000000',2,18,'2026-12-07 03:25:07.527666','2026-12-07 03:25:08.697564');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-22 08:53:00.000000','','2026-11-22 09:00:00.000000',4,19,'2026-12-07 03:25:07.857011','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-23 02:00:00.000000','','2026-11-23 02:07:00.000000',4,20,'2026-12-07 03:25:07.857014','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-24 10:30:00.000000','','2026-11-24 10:37:00.000000',4,21,'2026-12-07 03:25:07.857015','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-07 07:03:00.000000','','2026-11-07 07:10:00.000000',4,22,'2026-12-07 03:25:07.913856','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-08 02:00:00.000000','','2026-11-08 02:07:00.000000',4,23,'2026-12-07 03:25:07.913859','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-09 10:30:00.000000','','2026-11-09 10:37:00.000000',4,24,'2026-12-07 03:25:07.913860','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-11-01 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-11-01 08:21:00.000000',2,25,'2026-12-07 03:25:07.987868','2026-12-07 03:25:08.709635');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-02 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-02 02:07:00.000000',2,26,'2026-12-07 03:25:07.987871','2026-12-07 03:25:08.710474');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-03 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-03 10:37:00.000000',2,27,'2026-12-07 03:25:07.987872','2026-12-07 03:25:08.711347');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-31 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-31 05:56:00.000000',2,28,'2026-12-07 03:25:08.060407','2026-12-07 03:25:08.712077');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-09-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-09-01 02:07:00.000000',2,29,'2026-12-07 03:25:08.060410','2026-12-07 03:25:08.712769');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-02 10:37:00.000000',2,30,'2026-12-07 03:25:08.060411','2026-12-07 03:25:08.718013');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-04 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-04 08:58:00.000000',2,31,'2026-12-07 03:25:08.112396','2026-12-07 03:25:08.718835');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-05 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-05 02:07:00.000000',2,32,'2026-12-07 03:25:08.112399','2026-12-07 03:25:08.719579');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-06 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-06 10:37:00.000000',2,33,'2026-12-07 03:25:08.112400','2026-12-07 03:25:08.720290');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-06 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-06 02:12:00.000000',2,34,'2026-12-07 03:25:08.433923','2026-12-07 03:25:08.721010');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-07 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-07 03:25:08.433926','2026-12-07 03:25:08.433927');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-08 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-07 03:25:08.433927','2026-12-07 03:25:08.433927');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 03:25:09.000000','',NULL,NULL,37,'2026-12-07 03:25:09.820655','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-08 02:00:00.000000','',NULL,NULL,38,'2026-12-07 03:25:09.820658','2026-12-07 03:25:10.591806');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-09 10:30:00.000000','',NULL,NULL,39,'2026-12-07 03:25:09.820659','2026-12-07 03:25:10.591806');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','3017c065df83b286','2026-12-07 03:25:04.569731');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','3017c065df83b286','2026-12-07 03:25:04.749970');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','3017c065df83b286','2026-12-07 03:25:04.972445');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','3017c065df83b286','2026-12-07 03:25:04.988649');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','3017c065df83b286','2026-12-07 03:25:05.754239');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,rotation_turns,visits','3017c065df83b286','2026-12-07 03:25:05.787152');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','3017c065df83b286','2026-12-07 03:25:05.841181');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','3017c065df83b286','2026-12-07 03:25:05.852086');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','3017c065df83b286','2026-12-07 03:25:05.885990');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','3017c065df83b286','2026-12-07 03:25:06.056639');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','3017c065df83b286','2026-12-07 03:25:06.112044');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','3017c065df83b286','2026-12-07 03:25:06.124743');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','3017c065df83b286','2026-12-07 03:25:06.132065');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','3017c065df83b286','2026-12-07 03:25:06.431771');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,dunning_letter_items,dunning_letters,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','3017c065df83b286','2026-12-07 03:25:09.508213');
INSERT INTO "change_log" VALUES(16,'audit_log,projects,queue_tickets','3017c065df83b286','2026-12-07 03:25:09.682406');
INSERT INTO "change_log" VALUES(17,'audit_log,projects,queue_tickets,unit_holds,units','3017c065df83b286','2026-12-07 03:25:09.744031');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','3017c065df83b286','2026-12-07 03:25:09.826240');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:09.935977');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.027064');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.116923');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.196596');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.285753');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.288184');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','3017c065df83b286','2026-12-07 03:25:10.294445');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','3017c065df83b286','2026-12-07 03:25:10.391585');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,dunning_letters,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','3017c065df83b286','2026-12-07 03:25:10.758712');
INSERT INTO "change_log" VALUES(28,'audit_log,deals,dunning_blocks,dunning_calls,dunning_letter_items,dunning_letters','3017c065df83b286','2026-12-07 03:25:10.824937');
INSERT INTO "change_log" VALUES(29,'audit_log,change_order_steps,change_orders,deals,refund_vouchers','3017c065df83b286','2026-12-07 03:25:10.859084');
INSERT INTO "change_log" VALUES(30,'audit_log,buildings,complaint_events,complaint_files,complaint_notes,complaint_pauses,complaint_payments,complaint_visits,complaints,deals,inspection_issues','3017c065df83b286','2026-12-07 03:25:10.921215');
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
INSERT INTO "change_order_steps" VALUES(1,'revoke_filing','2026-12-07 03:25:10.000000',NULL,'已撤销备案',1,'2026-12-07 03:25:10.851230','2026-12-07 03:25:10.851233');
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
INSERT INTO "change_orders" VALUES(1,1,2,1,'cancel','executed','2026-11-28 03:25:10.000000','signed',1,'funds','["贷款", "价格"]','buyer','loan_refused','银行 11 月 3 日书面拒贷','无法核对，待法务确认','2026-11-29 03:25:10.000000',NULL,'首付来源落空',NULL,NULL,'2026-11-29 03:25:10.000000','leave','客户坚持退房','2026-11-30 03:25:10.000000',NULL,'同意','2026-12-01 03:25:10.000000',NULL,'2026-12-01 03:25:10.000000',NULL,NULL,NULL,'',NULL,NULL,'','2026-12-02 03:25:10.000000',NULL,NULL,'2026-12-07','2027-01-06',9876543,'{"v": 1}',10000000,'营销负责人特批',NULL,'2026-12-01 03:25:10.000000',22,NULL,NULL,'full',0,210408660,NULL,'add','曾小贤','李娜','330106********0021','','配偶','2026-12-07','资格审核通过','2026-12-03 03:25:10.000000','courier','SF1234567890','2026-12-04','2026-12-05',NULL,'GD-2026-001','arbitration','2026-12-06 03:25:10.000000','["recorded", "not_seller"]',NULL,'2026-12-07 03:25:10.000000','物业费抵用券','2026-12-07','资料齐全',1,1,'2026-12-07 03:25:10.842736','2026-12-07 03:25:10.842740','{"v": 1}');
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
INSERT INTO "complaint_events" VALUES(1,'level','2026-11-18 03:25:10.000000',NULL,'3','2','涉及返修，升为二级',1,'2026-12-07 03:25:10.888375','2026-12-07 03:25:10.888377');
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
INSERT INTO "complaint_files" VALUES(1,1,'third_party','检测报告.pdf',13,'14f2c5259b5778eb31afb06d1e1f34a017f2bfb59628c02eb8af35026feb7789',X'255044462D312E342064756D70','2026-11-19 03:25:10.000000',NULL,'第三方检测',1,'2026-12-07 03:25:10.900995','2026-12-07 03:25:10.900998');
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
INSERT INTO "complaint_notes" VALUES(1,'investigation','third_party','2026-11-19 03:25:10.000000',NULL,'检测报告：空鼓面积 12 平方米',1,'2026-12-07 03:25:10.889052','2026-12-07 03:25:10.889054');
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
INSERT INTO "complaint_pauses" VALUES(1,'2026-11-18 01:25:10.000000','2026-11-18 03:25:10.000000','等客户提供照片',NULL,NULL,1,'2026-12-07 03:25:10.895214','2026-12-07 03:25:10.895217');
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
INSERT INTO "complaint_payments" VALUES(1,1,'liability','contractor',2500000,'地面返修期间的损失','supervisor','监理 王工 确认','2026-11-25 03:25:10.000000',NULL,'2026-11-26 03:25:10.000000',NULL,'2026-11-26 03:25:10.000000',NULL,NULL,NULL,'',1,'曾小贤','转账','2026-11-27',NULL,NULL,NULL,'2026-12-07 03:25:10.000000',NULL,'金额有误',0,'{"v": 1}',1,'2026-12-07 03:25:10.902514','2026-12-07 03:25:10.902516');
INSERT INTO "complaint_payments" VALUES(1,1,'liability','contractor',2500000,'地面返修期间的损失','supervisor','监理 王工 确认','2026-11-25 03:25:10.000000',NULL,'2026-11-26 03:25:10.000000',NULL,'2026-11-26 03:25:10.000000',NULL,NULL,NULL,'',2,'曾小贤','转账','2026-11-27',NULL,'2026-12-07 03:25:10.000000',NULL,NULL,NULL,'',0,'{"v": 1}',2,'2026-12-07 03:25:10.902517','2026-12-07 03:25:10.902517');
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
INSERT INTO "complaint_visits" VALUES(1,1,'2026-11-29 03:25:10.000000',NULL,'phone','{"speed": 5, "attitude": 4, "result": 4, "overall": 5}',90,'满意',1,'2026-12-07 03:25:10.903496','2026-12-07 03:25:10.903499');
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
INSERT INTO "complaints" VALUES(1,1,2,1,'closed','referred','hotline','12345-2026-0001','2026-12-12 03:25:10.000000','2026-11-17 03:25:10.000000',NULL,'曾小贤','13800001111','交付当天','3栋1单元1201','客厅地面空鼓','施工质量','约 12 平方米','返修并赔偿','quality','2','地面空鼓',0,1,NULL,'工程部 李工','某建工 张经理','物业 赵管家',1,'2026-11-17 04:05:10.000000',NULL,'已回电','2026-11-18 03:25:10.000000',NULL,'三日内上门查看','找平层施工不实','contractor','repair','返修地面并赔偿','2026-11-19 03:25:10.000000',NULL,'2026-11-20 03:25:10.000000',NULL,'同意','2026-11-20 03:25:10.000000',NULL,'同意','',NULL,'工程部 李工','2026-11-27','敲击无空鼓声','2026-11-28 03:25:10.000000',NULL,'2026-11-28','2026-12-01',1,'2026-11-30 03:25:10.000000',NULL,'','找平层须旁站验收',1,1,'2026-12-07 03:25:10.871575','2026-12-07 03:25:10.871579');
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
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-07 03:25:05.959514','2026-12-07 03:25:10.602167');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-07 03:25:05.939004','2026-12-07 03:25:05.939008');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-04','A',NULL,NULL,NULL,'','2026-11-17 03:25:04.000000',1,0,2,'2026-11-17 03:25:04.000000','2026-12-05 03:25:04.000000','2026-12-06 03:25:04.000000','2026-12-06 03:25:04.000000','2026-12-10','2026-12-10',1,38,NULL,NULL,7,1,'2026-12-07 03:25:05.709698','2026-12-07 03:25:06.054159',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-17','C',1,NULL,NULL,'','2026-11-17 04:25:04.000000',0,1,2,'2026-11-17 04:25:04.000000','2026-12-05 03:25:04.000000',NULL,'2026-12-05 03:25:04.000000',NULL,NULL,0,NULL,'2026-12-07 03:25:10.000000',NULL,8,2,'2026-12-07 03:25:05.770020','2026-12-07 03:25:10.611053','2026-12-07 03:25:10.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-17 05:25:04.000000',0,0,1,'2026-11-17 05:25:04.000000','2026-11-17 05:25:04.000000',NULL,'2026-11-17 05:25:04.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-07 03:25:05.809804','2026-12-07 03:25:09.784183',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-06','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-07 03:20:10.000000',0,0,1,'2026-12-07 03:20:10.000000','2026-12-07 03:20:10.000000',NULL,'2026-12-07 03:20:10.000000',NULL,'2027-01-06',0,NULL,NULL,6,3,4,'2026-12-07 03:25:10.328316','2026-12-07 03:25:10.414348',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-07 03:25:10.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-07 03:25:10.000000',NULL,2,5,'2026-12-07 03:25:10.405345','2026-12-07 03:25:10.422227',NULL);
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-20 01:26:00.000000',4,'',1,'2026-12-07 03:25:06.723983','2026-12-07 03:25:06.723986');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-20 01:32:00.000000',2,'',2,'2026-12-07 03:25:06.783161','2026-12-07 03:25:06.783163');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-20 01:38:00.000000',2,'',3,'2026-12-07 03:25:06.832458','2026-12-07 03:25:06.832461');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-20 01:44:00.000000',4,'',4,'2026-12-07 03:25:06.887254','2026-12-07 03:25:06.887256');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-20 01:50:00.000000',4,'',5,'2026-12-07 03:25:06.941368','2026-12-07 03:25:06.941372');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-20 01:56:00.000000',2,'',6,'2026-12-07 03:25:06.989385','2026-12-07 03:25:06.989388');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-26 04:46:00.000000',7,'',7,'2026-12-07 03:25:07.033644','2026-12-07 03:25:07.033646');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-05 02:25:00.000000',7,'',8,'2026-12-07 03:25:07.060739','2026-12-07 03:25:07.060741');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-11 01:07:00.000000',10,'',9,'2026-12-07 03:25:07.067284','2026-12-07 03:25:07.067286');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-16 04:39:00.000000',10,'',10,'2026-12-07 03:25:07.068908','2026-12-07 03:25:07.068909');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-26 03:18:00.000000',10,'',11,'2026-12-07 03:25:07.078849','2026-12-07 03:25:07.078851');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-04 03:11:00.000000',10,'',12,'2026-12-07 03:25:07.080364','2026-12-07 03:25:07.080366');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-20 03:26:00.000000',10,'',13,'2026-12-07 03:25:07.086179','2026-12-07 03:25:07.086181');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-19 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-07 03:25:07.113300','2026-12-07 03:25:07.113303');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-23 06:31:00.000000',7,'',15,'2026-12-07 03:25:07.162076','2026-12-07 03:25:07.162078');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-02 06:41:00.000000',7,'',16,'2026-12-07 03:25:07.181226','2026-12-07 03:25:07.181230');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-07 01:08:00.000000',10,'',17,'2026-12-07 03:25:07.183340','2026-12-07 03:25:07.183342');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-14 03:36:00.000000',10,'',18,'2026-12-07 03:25:07.193504','2026-12-07 03:25:07.193506');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-28 05:58:00.000000',10,'',19,'2026-12-07 03:25:07.195489','2026-12-07 03:25:07.195491');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-07 09:39:00.000000',10,'',20,'2026-12-07 03:25:07.201500','2026-12-07 03:25:07.201501');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-20 05:04:00.000000',10,'',21,'2026-12-07 03:25:07.203296','2026-12-07 03:25:07.203297');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-15 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-07 03:25:07.224120','2026-12-07 03:25:07.224122');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-25 05:15:00.000000',7,'',23,'2026-12-07 03:25:07.281401','2026-12-07 03:25:07.281411');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-04 08:30:00.000000',7,'',24,'2026-12-07 03:25:07.298818','2026-12-07 03:25:07.298820');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-09 02:50:00.000000',10,'',25,'2026-12-07 03:25:07.300704','2026-12-07 03:25:07.300706');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-18 01:34:00.000000',10,'',26,'2026-12-07 03:25:07.306679','2026-12-07 03:25:07.306681');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-31 01:54:00.000000',10,'',27,'2026-12-07 03:25:07.308335','2026-12-07 03:25:07.308337');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-07 07:43:00.000000',10,'',28,'2026-12-07 03:25:07.314468','2026-12-07 03:25:07.314469');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-24 08:15:00.000000',7,'',29,'2026-12-07 03:25:07.345166','2026-12-07 03:25:07.345169');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-02 06:59:00.000000',7,'',30,'2026-12-07 03:25:07.364343','2026-12-07 03:25:07.364345');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-09 06:50:00.000000',10,'',31,'2026-12-07 03:25:07.366312','2026-12-07 03:25:07.366314');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-17 07:08:00.000000',10,'',32,'2026-12-07 03:25:07.367992','2026-12-07 03:25:07.367993');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-29 05:51:00.000000',10,'',33,'2026-12-07 03:25:07.377905','2026-12-07 03:25:07.377907');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-07 06:33:00.000000',10,'',34,'2026-12-07 03:25:07.379843','2026-12-07 03:25:07.379844');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-19 04:47:00.000000',10,'',35,'2026-12-07 03:25:07.385929','2026-12-07 03:25:07.385931');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-26 02:27:00.000000',7,'',36,'2026-12-07 03:25:07.431912','2026-12-07 03:25:07.431914');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-05 05:56:00.000000',7,'',37,'2026-12-07 03:25:07.458547','2026-12-07 03:25:07.458549');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-12 07:20:00.000000',10,'',38,'2026-12-07 03:25:07.460393','2026-12-07 03:25:07.460394');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-20 08:06:00.000000',10,'',39,'2026-12-07 03:25:07.470378','2026-12-07 03:25:07.470379');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-31 03:41:00.000000',10,'',40,'2026-12-07 03:25:07.471999','2026-12-07 03:25:07.472001');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-07 02:23:00.000000',10,'',41,'2026-12-07 03:25:07.473682','2026-12-07 03:25:07.473684');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-22 08:09:00.000000',10,'',42,'2026-12-07 03:25:07.475383','2026-12-07 03:25:07.475384');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-23 04:03:00.000000',7,'',43,'2026-12-07 03:25:07.519208','2026-12-07 03:25:07.519210');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-29 08:30:00.000000',7,'',44,'2026-12-07 03:25:07.533318','2026-12-07 03:25:07.533321');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-03 02:50:00.000000',10,'',45,'2026-12-07 03:25:07.535198','2026-12-07 03:25:07.535200');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-10 05:29:00.000000',10,'',46,'2026-12-07 03:25:07.537047','2026-12-07 03:25:07.537048');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-21 03:02:00.000000',10,'',47,'2026-12-07 03:25:07.784688','2026-12-07 03:25:07.784691');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-28 01:36:00.000000',10,'',48,'2026-12-07 03:25:07.786914','2026-12-07 03:25:07.786916');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-10 02:39:00.000000',10,'',49,'2026-12-07 03:25:07.788613','2026-12-07 03:25:07.788614');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-21 04:49:00.000000',4,'',50,'2026-12-07 03:25:07.823328','2026-12-07 03:25:07.823330');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-22 08:53:00.000000',7,'',51,'2026-12-07 03:25:07.844232','2026-12-07 03:25:07.844235');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-02 06:06:00.000000',7,'',52,'2026-12-07 03:25:07.864114','2026-12-07 03:25:07.864116');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-05 04:57:00.000000',10,'',53,'2026-12-07 03:25:07.870134','2026-12-07 03:25:07.870136');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-03 02:43:00.000000',4,'',54,'2026-12-07 03:25:07.884277','2026-12-07 03:25:07.884279');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-07 07:03:00.000000',7,'',55,'2026-12-07 03:25:07.901364','2026-12-07 03:25:07.901365');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-13 04:11:00.000000',7,'',56,'2026-12-07 03:25:07.917070','2026-12-07 03:25:07.917072');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-16 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-07 03:25:07.929432','2026-12-07 03:25:07.929434');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-29 09:34:00.000000',2,'',58,'2026-12-07 03:25:07.966221','2026-12-07 03:25:07.966223');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-11-01 08:14:00.000000',7,'',59,'2026-12-07 03:25:07.976735','2026-12-07 03:25:07.976737');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-11 02:08:00.000000',7,'',60,'2026-12-07 03:25:07.994028','2026-12-07 03:25:07.994030');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-14 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-07 03:25:08.005584','2026-12-07 03:25:08.005586');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-30 08:36:00.000000',2,'',62,'2026-12-07 03:25:08.027058','2026-12-07 03:25:08.027060');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-31 05:49:00.000000',7,'',63,'2026-12-07 03:25:08.051923','2026-12-07 03:25:08.051924');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-08 07:48:00.000000',7,'',64,'2026-12-07 03:25:08.066640','2026-12-07 03:25:08.066642');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-10-01 06:41:00.000000',2,'',65,'2026-12-07 03:25:08.082157','2026-12-07 03:25:08.082159');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-04 08:51:00.000000',7,'',66,'2026-12-07 03:25:08.108019','2026-12-07 03:25:08.108020');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-13 09:08:00.000000',7,'',67,'2026-12-07 03:25:08.118570','2026-12-07 03:25:08.118572');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-18 02:19:00.000000',10,'',68,'2026-12-07 03:25:08.120153','2026-12-07 03:25:08.120154');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-24 03:16:00.000000',10,'',69,'2026-12-07 03:25:08.126200','2026-12-07 03:25:08.126202');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-06 06:18:00.000000',10,'',70,'2026-12-07 03:25:08.127822','2026-12-07 03:25:08.127824');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-12 02:34:00.000000',10,'',71,'2026-12-07 03:25:08.133612','2026-12-07 03:25:08.133614');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-28 01:01:00.000000',10,'',72,'2026-12-07 03:25:08.138701','2026-12-07 03:25:08.138706');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-12-01 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-07 03:25:08.155886','2026-12-07 03:25:08.155887');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-26 06:33:00.000000',2,'',74,'2026-12-07 03:25:08.194723','2026-12-07 03:25:08.194725');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-27 05:29:00.000000',4,'',75,'2026-12-07 03:25:08.220623','2026-12-07 03:25:08.220626');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-30 04:52:00.000000',2,'',76,'2026-12-07 03:25:08.254811','2026-12-07 03:25:08.254813');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-12-01 06:52:00.000000',2,'',77,'2026-12-07 03:25:08.280801','2026-12-07 03:25:08.280803');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-02 09:25:00.000000',2,'',78,'2026-12-07 03:25:08.315788','2026-12-07 03:25:08.315790');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-03 07:30:00.000000',2,'',79,'2026-12-07 03:25:08.346342','2026-12-07 03:25:08.346344');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-04 02:20:00.000000',4,'',80,'2026-12-07 03:25:08.375975','2026-12-07 03:25:08.375977');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-05 04:51:00.000000',2,'',81,'2026-12-07 03:25:08.407524','2026-12-07 03:25:08.407526');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-06 02:05:00.000000',7,'',82,'2026-12-07 03:25:08.424013','2026-12-07 03:25:08.424016');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-06 06:59:00.000000',4,'',83,'2026-12-07 03:25:08.448877','2026-12-07 03:25:08.448879');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-07 03:24:06.000000',2,'',84,'2026-12-07 03:25:08.482843','2026-12-07 03:25:08.482846');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-07 03:25:09.000000',NULL,'',85,'2026-12-07 03:25:09.782961','2026-12-07 03:25:09.782965');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-07 03:25:09.000000',NULL,'',86,'2026-12-07 03:25:09.802514','2026-12-07 03:25:09.802516');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-07 03:25:09.000000',NULL,'',87,'2026-12-07 03:25:09.810430','2026-12-07 03:25:09.810432');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:OrZ4dYs9AjqogvE18NYamX6+y69RlUPrYn9u8GtM5r+pBn89f5uHPBFn/mj2sg==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-20 01:26:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0001','330126062613349','2026-06-26 04:46:00.000000','2026-07-05',-2521134,6627873,'2026-11-19 01:35:00.000000',NULL,NULL,'',15,1,'2026-12-07 03:25:06.713253','2026-12-07 03:25:10.885553','浙江省杭州市西湖区文三路 90 号 3 幢 501 室','310012','第九条','买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。',60,'due',500,'第十条',310,300,'2028-11-06',1,'2026-11-07 03:25:10.000000','{"v": 1}','2026-12-02 03:25:10.000000','2026-12-06');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:O55ZjaJKW0xQQgBJ3t0dRmiFpdWTie5VluL2TOdqmTi+50ieUahsE9Zm/SkvhA==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-20 01:32:00.000000','2026-06-27',500,90,'delivered','YQF-2026-0002','330126062399846','2026-06-23 06:31:00.000000','2026-07-02',-221760,6931109,'2026-10-15 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-07 03:25:06.775441','2026-12-07 03:25:07.223963','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:iXDDsYuvjlSRzi4HAyGvPbikdjhs0LZg4dQxKtX+HaweSErftgO8ynuVhc0Ezg==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-20 01:38:00.000000','2026-06-27',500,90,'signed','YQF-2026-0003','330126062587853','2026-06-25 05:15:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',8,3,'2026-12-07 03:25:06.825069','2026-12-07 03:25:08.749717','浙江省杭州市西湖区五常大道672号翠苑19幢3单元2204室','310012','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:Rs3McUIpgNaI6KYCMqTVKzv/A7sVqq2dTHBJpa8tItcsBowCntXGsGTkXxPEIw==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-20 01:44:00.000000','2026-06-27',500,90,'signed','YQF-2026-0004','330126062456438','2026-06-24 08:15:00.000000','2026-07-02',NULL,0,NULL,NULL,NULL,'',10,4,'2026-12-07 03:25:06.875920','2026-12-07 03:25:10.622646','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:8tzTJgnGHbPmuPiFhGli1AWo+YmA+zolhUBlc6kHzdZO7GCsT/fWGESfz0cHHQ==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-21 03:00:00.000000',190665920,216264480,8000000,'2026-06-20 01:50:00.000000','2026-06-27',500,90,'signed','YQF-2026-0005','330126062655680','2026-06-26 02:27:00.000000','2026-07-05',NULL,0,NULL,NULL,NULL,'',11,5,'2026-12-07 03:25:06.926637','2026-12-07 03:25:10.622696','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:hpbIGqbrlnG5ri6dZ/MdwVAjsayD26NU+rhRLUBUUor93jBvpXdZ7h7KnYEmAA==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-20 01:56:00.000000','2026-06-27',500,90,'signed','YQF-2026-0006','330126062358361','2026-06-23 04:03:00.000000','2026-06-29',NULL,0,NULL,NULL,NULL,'',9,6,'2026-12-07 03:25:06.972924','2026-12-07 03:25:08.749916','浙江省杭州市滨江区江南大道189号嘉绿苑7幢2单元2101室','310051','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:TStJrz9qWYZlbETZOCmO+PMw+NKR4anxwqaAgYH3x6PNuvkCqz/Wyja0SF5Okw==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-21 04:49:00.000000','2026-11-28',500,90,'signed','YQF-2026-0007','330126112281882','2026-11-22 08:53:00.000000','2026-12-02',NULL,0,NULL,NULL,NULL,'',6,7,'2026-12-07 03:25:07.815980','2026-12-07 03:25:10.622737','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:RsTOOxPvrP3jmcUeX2VsMtMfGGHdKUJVPAFdvttUzqnf7cjF6Qh22ehjS4vmoQ==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-03 02:43:00.000000','2026-11-10',500,90,'delivered','YQF-2026-0008','330126110750101','2026-11-07 07:03:00.000000','2026-11-13',2684416,9372626,'2026-11-16 09:40:00.000000',NULL,NULL,'',7,8,'2026-12-07 03:25:07.875307','2026-12-07 03:25:10.622776','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:mPcBdvSxm2ZDHPt0rxL+dW6q6afxsRDokg6vTlGFvWlkF4z0euSSdU5LiEcisA==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-29 09:34:00.000000','2026-11-05',500,90,'delivered','YQF-2026-0009','330126110168856','2026-11-01 08:14:00.000000','2026-11-11',0,8492152,'2026-11-14 08:05:00.000000',NULL,NULL,'',6,9,'2026-12-07 03:25:07.959461','2026-12-07 03:25:08.750083','浙江省杭州市余杭区五常大道689号金都花园4幢1单元1202室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:vFUFvY7V/CbvL7H/RJ3mQEqzl7Egv3DtdQa+nKfNxRQm48vaMq2B4ZT9PHH+UA==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-30 08:36:00.000000','2026-09-06',500,90,'signed','YQF-2026-0010','330126083119420','2026-08-31 05:49:00.000000','2026-09-08',NULL,0,NULL,NULL,NULL,'',4,10,'2026-12-07 03:25:08.020521','2026-12-07 03:25:08.750137','浙江省杭州市余杭区江南大道777号嘉绿苑24幢2单元2802室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:ZEXFUw+pK6MmqSZMXF/wWs3z4CA5NPRGjahf+7Wc1pqaHqmMma5rY4GTicartw==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-10-01 06:41:00.000000','2026-10-08',500,90,'delivered','YQF-2026-0011','330126100423964','2026-10-04 08:51:00.000000','2026-10-13',4424000,12630240,'2026-12-01 06:27:00.000000',NULL,NULL,'',11,11,'2026-12-07 03:25:08.075511','2026-12-07 03:25:08.750405','浙江省杭州市滨江区江南大道641号翠苑12幢1单元2801室','310051','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:754xNdFba9QynPTmhS2Jkjfw/KMUHYiPcGfElrUnvoeNknmbms1+eUnC9LbicA==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-26 06:33:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,12,'2026-12-07 03:25:08.187845','2026-12-07 03:25:08.750469','浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室','310011','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:mEwG5DQCjsw28cithLRQhFiVJFBtBhuCN9o59616gZ9Capmj/u959FE6OHRSCQ==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-27 05:29:00.000000','2026-12-04',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,13,'2026-12-07 03:25:08.218161','2026-12-07 03:25:10.622812','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:VXN5JWH42zLogVCHrnXVlIdLzhe0wGjFdJ8q2dT/Xt6w40TEbwcB3qXC5E32LA==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-30 04:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,14,'2026-12-07 03:25:08.249966','2026-12-07 03:25:08.750576','浙江省杭州市上城区文三路986号绿城桂花园24幢1单元1703室','310002','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:3HPE9jHwAOEp+3WDmpCob5jybzUh0zQpO/ZWEKYgiASpTLupG4p57S5a5Tj71g==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-02 03:00:00.000000',196415900,221466480,8000000,'2026-12-01 06:52:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-07 03:25:08.278204','2026-12-07 03:25:08.299744','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:vJdwvCNZDo+FJgghr3nnlK/iWQjdEDHK1jFChuEeYu+hMc6SSda8A9ooVCBB8Q==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-02 09:25:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,16,'2026-12-07 03:25:08.308810','2026-12-07 03:25:08.750628','浙江省杭州市拱墅区庆春路756号金都花园30幢2单元1402室','310011','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:2ge4xYbHkF0bcnCTuJ0efM8fsiAXIqirT/QJtKKKg9ZvqnkYTKXidYFzwJ0XoQ==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-04 03:00:00.000000',264313750,300555000,10000000,'2026-12-03 07:30:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,17,'2026-12-07 03:25:08.339480','2026-12-07 03:25:08.750679','浙江省杭州市上城区莫干山路714号翠苑19幢1单元1104室','310002','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:HDT2319UKbrwFX2ldQAMYDLVS/HboXMGWkg/RY1pciGz5glNMUQT0YHVZju9tQ==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-04 02:20:00.000000','2026-12-11',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,18,'2026-12-07 03:25:08.368840','2026-12-07 03:25:10.622847','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:PVbZh67MLiZkmpIJ3V+k/cjibg21clpPaIDv0eOdvxc52mJ1+E8PtUufcn27rA==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-05 04:51:00.000000','2026-12-12',500,90,'signed','YQF-2026-0019','330126120620190','2026-12-06 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',3,19,'2026-12-07 03:25:08.400825','2026-12-07 03:25:08.750782','浙江省杭州市余杭区五常大道278号翠苑18幢2单元1502室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:p9DtKYJ2ka9EeNphs/ArZhv9n3hRO/UqDCxtE+jGGD2xUm2fiuSIndS5LpMB8g==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-06 06:59:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',3,20,'2026-12-07 03:25:08.446222','2026-12-07 03:25:10.622882','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:Q8SeyiDu6H/KCge1PG81bQZeUS1Hw1Z2NHURzru5NagvQWOeo7WqjiqZStPXeQ==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-07 03:24:06.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,21,'2026-12-07 03:25:08.476159','2026-12-07 03:25:08.750887','浙江省杭州市余杭区庆春路785号金都花园12幢1单元203室','311121','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:pTJtLlsISasWJsdOhCbaxF8jXLEwLmcIBgwP0cP35wO8MtHy9rtTPgXzSRadCQ==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-07 03:25:09.000000','2026-12-14',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-07 03:25:09.780215','2026-12-07 03:25:09.780218','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:fXtKam7apDoXrtC9zMZwLjHedbkmGwp6dDEZ5qoutDrONKfTP1U0CmkSh72OoQ==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-07 03:25:09.000000','2026-12-14',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-07 03:25:09.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-07 03:25:09.800035','2026-12-07 03:25:09.810259','','','第九条','买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。',NULL,'price',500,'第十条',NULL,NULL,NULL,0,NULL,'',NULL,NULL);
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-07 03:25:04.000000',2,1,'2026-12-07 03:25:06.123689','2026-12-07 03:25:06.131283');
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
INSERT INTO "dunning_blocks" VALUES(1,'客户申请分期，谈判中','2026-11-17','2026-12-17',NULL,'2026-11-25',NULL,'谈判未果',1,1,'2026-12-07 03:25:10.821823','2026-12-07 03:25:10.821826');
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
INSERT INTO "dunning_calls" VALUES(1,1,'2026-12-07 03:25:10.000000','2026-12-07',NULL,'promised','2026-12-14','客户说月底前转账',1,'2026-12-07 03:25:10.823012','2026-12-07 03:25:10.823015');
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
INSERT INTO "dunning_letter_items" VALUES(1,29,0,0,259592120,0,1,'2026-12-07 03:25:09.013381','2026-12-07 03:25:09.013384');
INSERT INTO "dunning_letter_items" VALUES(2,25,0,0,292543680,0,2,'2026-12-07 03:25:09.031789','2026-12-07 03:25:09.031791');
INSERT INTO "dunning_letter_items" VALUES(3,22,0,0,24649406,0,3,'2026-12-07 03:25:09.060932','2026-12-07 03:25:09.060934');
INSERT INTO "dunning_letter_items" VALUES(4,39,0,0,101049400,0,4,'2026-12-07 03:25:09.131496','2026-12-07 03:25:09.131498');
INSERT INTO "dunning_letter_items" VALUES(5,39,0,0,101049400,0,5,'2026-12-07 03:25:09.157838','2026-12-07 03:25:09.157841');
INSERT INTO "dunning_letter_items" VALUES(6,42,0,0,46392281,0,6,'2026-12-07 03:25:09.215873','2026-12-07 03:25:09.215876');
INSERT INTO "dunning_letter_items" VALUES(7,45,0,0,55512265,0,7,'2026-12-07 03:25:09.232652','2026-12-07 03:25:09.232656');
INSERT INTO "dunning_letter_items" VALUES(8,48,0,0,50924770,0,8,'2026-12-07 03:25:09.261861','2026-12-07 03:25:09.261864');
INSERT INTO "dunning_letter_items" VALUES(9,53,0,0,69294125,0,9,'2026-12-07 03:25:09.285043','2026-12-07 03:25:09.285046');
INSERT INTO "dunning_letter_items" VALUES(10,56,0,0,79215119,0,10,'2026-12-07 03:25:09.335463','2026-12-07 03:25:09.335467');
INSERT INTO "dunning_letter_items" VALUES(11,59,0,0,45877283,0,11,'2026-12-07 03:25:09.360148','2026-12-07 03:25:09.360150');
INSERT INTO "dunning_letter_items" VALUES(12,62,0,0,96747589,0,12,'2026-12-07 03:25:09.378734','2026-12-07 03:25:09.378737');
INSERT INTO "dunning_letter_items" VALUES(13,65,0,0,61645000,0,13,'2026-12-07 03:25:09.443680','2026-12-07 03:25:09.443682');
INSERT INTO "dunning_letter_items" VALUES(14,25,1,1,292543680,146272,14,'2026-12-07 03:25:09.460595','2026-12-07 03:25:09.460597');
INSERT INTO "dunning_letter_items" VALUES(15,2,1,30,12000050,123456,15,'2026-12-07 03:25:10.814443','2026-12-07 03:25:10.814445');
INSERT INTO "dunning_letter_items" VALUES(16,2,4,120,12000050,123456,16,'2026-12-07 03:25:10.815935','2026-12-07 03:25:10.815936');
INSERT INTO "dunning_letter_items" VALUES(17,2,6,180,12000050,123456,17,'2026-12-07 03:25:10.823281','2026-12-07 03:25:10.823282');
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
INSERT INTO "dunning_letters" VALUES(1,9,1,0,'2026-11-08','2026-11-08 01:30:00.000000',7,'in_person','','2026-11-08',NULL,'',NULL,1,'{"address": "浙江省杭州市余杭区五常大道689号金都花园4幢1单元1202室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000001", "consultant": "王浩", "contract_no": "YQF-2026-0009", "letter_on": "2026-11-08", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2595921.20", "days_overdue": 0, "due_on": "2026-11-28", "name": "房款", "outstanding": "2595921.20", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-11-08T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "2595921.20", "total_penalty": "0.00", "unit": "2栋1单元1103", "v": 1}',NULL,NULL,'',NULL,3,1,'2026-12-07 03:25:09.007155','2026-12-07 03:25:09.507333');
INSERT INTO "dunning_letters" VALUES(1,8,2,0,'2026-11-13','2026-11-13 01:30:00.000000',7,'in_person','','2026-11-13',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000002", "consultant": "陈思雨", "contract_no": "YQF-2026-0008", "letter_on": "2026-11-13", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2925436.80", "days_overdue": 0, "due_on": "2026-12-03", "name": "房款", "outstanding": "2925436.80", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-13T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "2925436.80", "total_penalty": "0.00", "unit": "1栋1604", "v": 1}',NULL,NULL,'',NULL,3,2,'2026-12-07 03:25:09.031246','2026-12-07 03:25:10.657403');
INSERT INTO "dunning_letters" VALUES(1,7,3,0,'2026-11-16','2026-11-16 01:30:00.000000',7,'in_person','','2026-11-16',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000003", "consultant": "陈思雨", "contract_no": "YQF-2026-0007", "letter_on": "2026-11-16", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "616235.15", "days_overdue": 0, "due_on": "2026-12-06", "name": "首付款", "outstanding": "246494.06", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-16T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "246494.06", "total_penalty": "0.00", "unit": "1栋1703", "v": 1}',NULL,NULL,'',NULL,3,3,'2026-12-07 03:25:09.060453','2026-12-07 03:25:10.657599');
INSERT INTO "dunning_letters" VALUES(1,12,4,0,'2026-11-21','2026-11-21 01:30:00.000000',7,'none','',NULL,'2026-11-21 01:40:00.000000','打印卡纸，已重新出具',7,0,'{"address": "浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000004", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-21", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "1010494.00", "days_overdue": 0, "due_on": "2026-12-11", "name": "首付款", "outstanding": "1010494.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310011", "printed_at": "2026-11-21T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "1010494.00", "total_penalty": "0.00", "unit": "2栋1单元2102", "v": 1}',NULL,NULL,'',NULL,2,4,'2026-12-07 03:25:09.130926','2026-12-07 03:25:09.139414');
INSERT INTO "dunning_letters" VALUES(1,12,5,0,'2026-11-21','2026-11-21 01:45:00.000000',7,'in_person','','2026-11-21',NULL,'',NULL,0,'{"address": "浙江省杭州市拱墅区古墩路178号嘉绿苑29幢3单元2501室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000005", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-21", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "1010494.00", "days_overdue": 0, "due_on": "2026-12-11", "name": "首付款", "outstanding": "1010494.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310011", "printed_at": "2026-11-21T09:45:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "1010494.00", "total_penalty": "0.00", "unit": "2栋1单元2102", "v": 1}',NULL,NULL,'',NULL,2,5,'2026-12-07 03:25:09.157258','2026-12-07 03:25:09.482323');
INSERT INTO "dunning_letters" VALUES(1,13,6,0,'2026-11-22','2026-11-22 01:30:00.000000',7,'in_person','','2026-11-22',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000006", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-11-22", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "463922.81", "days_overdue": 0, "due_on": "2026-12-12", "name": "首付款", "outstanding": "463922.81", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-22T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "463922.81", "total_penalty": "0.00", "unit": "3栋0804", "v": 1}',NULL,NULL,'',NULL,3,6,'2026-12-07 03:25:09.215351','2026-12-07 03:25:10.657660');
INSERT INTO "dunning_letters" VALUES(1,14,7,0,'2026-11-25','2026-11-25 01:30:00.000000',7,'in_person','','2026-11-25',NULL,'',NULL,0,'{"address": "浙江省杭州市上城区文三路986号绿城桂花园24幢1单元1703室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000007", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-25", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "555122.65", "days_overdue": 0, "due_on": "2026-12-15", "name": "首付款", "outstanding": "555122.65", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310002", "printed_at": "2026-11-25T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "555122.65", "total_penalty": "0.00", "unit": "3栋2404", "v": 1}',NULL,NULL,'',NULL,2,7,'2026-12-07 03:25:09.231795','2026-12-07 03:25:09.484344');
INSERT INTO "dunning_letters" VALUES(1,15,8,0,'2026-11-26','2026-11-26 01:30:00.000000',7,'in_person','','2026-11-26',NULL,'',NULL,0,'{"address": "", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000008", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-26", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "509247.70", "days_overdue": 0, "due_on": "2026-12-16", "name": "首付款", "outstanding": "509247.70", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-26T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "509247.70", "total_penalty": "0.00", "unit": "3栋1902", "v": 1}',NULL,NULL,'',NULL,2,8,'2026-12-07 03:25:09.256606','2026-12-07 03:25:09.489910');
INSERT INTO "dunning_letters" VALUES(1,17,9,0,'2026-11-28','2026-11-28 01:30:00.000000',7,'in_person','','2026-11-28',NULL,'',NULL,0,'{"address": "浙江省杭州市上城区莫干山路714号翠苑19幢1单元1104室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000009", "consultant": "王浩", "contract_no": "", "letter_on": "2026-11-28", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "692941.25", "days_overdue": 0, "due_on": "2026-12-18", "name": "首付款", "outstanding": "692941.25", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "310002", "printed_at": "2026-11-28T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "692941.25", "total_penalty": "0.00", "unit": "3栋2405", "v": 1}',NULL,NULL,'',NULL,2,9,'2026-12-07 03:25:09.284037','2026-12-07 03:25:09.491040');
INSERT INTO "dunning_letters" VALUES(1,18,10,0,'2026-11-29','2026-11-29 01:30:00.000000',7,'in_person','','2026-11-29',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000010", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-11-29", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "792151.19", "days_overdue": 0, "due_on": "2026-12-19", "name": "首付款", "outstanding": "792151.19", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-11-29T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "792151.19", "total_penalty": "0.00", "unit": "1栋0901", "v": 1}',NULL,NULL,'',NULL,3,10,'2026-12-07 03:25:09.310693','2026-12-07 03:25:10.657705');
INSERT INTO "dunning_letters" VALUES(1,19,11,0,'2026-11-30','2026-11-30 01:30:00.000000',7,'in_person','','2026-11-30',NULL,'',NULL,0,'{"address": "浙江省杭州市余杭区五常大道278号翠苑18幢2单元1502室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000011", "consultant": "王浩", "contract_no": "YQF-2026-0019", "letter_on": "2026-11-30", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "458772.83", "days_overdue": 0, "due_on": "2026-12-20", "name": "首付款", "outstanding": "458772.83", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-11-30T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "458772.83", "total_penalty": "0.00", "unit": "3栋0602", "v": 1}',NULL,NULL,'',NULL,2,11,'2026-12-07 03:25:09.359544','2026-12-07 03:25:09.497363');
INSERT INTO "dunning_letters" VALUES(1,20,12,0,'2026-12-01','2026-12-01 01:30:00.000000',7,'in_person','','2026-12-01',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000012", "consultant": "陈思雨", "contract_no": "", "letter_on": "2026-12-01", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "967475.89", "days_overdue": 0, "due_on": "2026-12-21", "name": "首付款", "outstanding": "967475.89", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-12-01T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "967475.89", "total_penalty": "0.00", "unit": "2栋1单元1802", "v": 1}',NULL,NULL,'',NULL,3,12,'2026-12-07 03:25:09.376725','2026-12-07 03:25:10.657905');
INSERT INTO "dunning_letters" VALUES(1,21,13,0,'2026-12-02','2026-12-02 01:30:00.000000',7,'in_person','','2026-12-02',NULL,'',NULL,0,'{"address": "浙江省杭州市余杭区庆春路785号金都花园12幢1单元203室", "buyer": "张伟", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000013", "consultant": "王浩", "contract_no": "", "letter_on": "2026-12-02", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "616450.00", "days_overdue": 0, "due_on": "2026-12-22", "name": "首付款", "outstanding": "616450.00", "penalty": "0.00"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "311121", "printed_at": "2026-12-02T09:30:00", "project": "安家·云栖府", "stage": 0, "total_outstanding": "616450.00", "total_penalty": "0.00", "unit": "1栋1603", "v": 1}',NULL,NULL,'',NULL,2,13,'2026-12-07 03:25:09.443041','2026-12-07 03:25:09.499761');
INSERT INTO "dunning_letters" VALUES(1,8,14,1,'2026-12-04','2026-12-04 01:30:00.000000',7,'in_person','','2026-12-04',NULL,'',NULL,0,'{"address": "", "buyer": "曾小贤", "cancel_from": null, "clause_no": "第九条", "clause_text": "买受人未按约定的期限付款的，自约定的付款期限届满之次日起至实际付款之日止，按日计算向出卖人支付逾期应付款万分之5的违约金。", "code": "CK-000014", "consultant": "陈思雨", "contract_no": "YQF-2026-0008", "letter_on": "2026-12-04", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "lines": [{"amount": "2925436.80", "days_overdue": 1, "due_on": "2026-12-03", "name": "房款", "outstanding": "2925436.80", "penalty": "1462.72"}], "pay_by": null, "penalty_per_10k": "5.00", "postcode": "", "printed_at": "2026-12-04T09:30:00", "project": "安家·云栖府", "stage": 1, "total_outstanding": "2925436.80", "total_penalty": "1462.72", "unit": "1栋1604", "v": 1}',NULL,NULL,'',NULL,3,14,'2026-12-07 03:25:09.460004','2026-12-07 03:25:10.657952');
INSERT INTO "dunning_letters" VALUES(1,1,901,1,'2026-11-28','2026-12-07 03:25:10.000000',NULL,'in_person','','2026-12-03',NULL,'',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,15,'2026-12-07 03:25:10.808975','2026-12-07 03:25:10.808978');
INSERT INTO "dunning_letters" VALUES(1,1,902,4,'2026-11-29','2026-12-07 03:25:10.000000',NULL,'courier','XA00000002','2026-12-04','2026-12-07 03:25:10.000000','作废：打印错误',NULL,0,'{"v": 1}',NULL,NULL,'',NULL,1,16,'2026-12-07 03:25:10.813982','2026-12-07 03:25:10.813986');
INSERT INTO "dunning_letters" VALUES(1,1,903,6,'2026-11-30','2026-12-07 03:25:10.000000',NULL,'registered','XA00000003','2026-12-05',NULL,'',NULL,0,'{"v": 1}','2026-12-07',NULL,'',NULL,1,17,'2026-12-07 03:25:10.815748','2026-12-07 03:25:10.815750');
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
INSERT INTO "duty_roster" VALUES('2026-11-17',2,1,1,'2026-12-07 03:25:04.987303','2026-12-07 03:25:04.987307');
INSERT INTO "duty_roster" VALUES('2026-11-17',4,2,2,'2026-12-07 03:25:04.987308','2026-12-07 03:25:04.987312');
INSERT INTO "duty_roster" VALUES('2026-11-17',5,3,3,'2026-12-07 03:25:04.987314','2026-12-07 03:25:04.987314');
INSERT INTO "duty_roster" VALUES('2026-12-07',4,1,4,'2026-12-07 03:25:06.083439','2026-12-07 03:25:06.083442');
INSERT INTO "duty_roster" VALUES('2026-12-07',2,2,5,'2026-12-07 03:25:06.083442','2026-12-07 03:25:06.083443');
INSERT INTO "duty_roster" VALUES('2026-12-07',5,3,6,'2026-12-07 03:25:06.083443','2026-12-07 03:25:06.083443');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-07 03:25:10.000000','request',1,'2026-12-07 03:25:10.492706','2026-12-07 03:25:10.492710');
INSERT INTO "erasure_log" VALUES(2,'2026-12-07 03:25:10.000000','request',2,'2026-12-07 03:25:10.659406','2026-12-07 03:25:10.659409');
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
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-07 03:25:10.579045','2026-12-07 03:25:10.579049');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-06 03:25:04.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-10','C','A',1,'2026-12-07 03:25:05.925432','2026-12-07 03:25:05.925436');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-06 03:25:04.000000','2026-12-07 03:25:05.926572');
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
INSERT INTO "inspection_issues" VALUES(1,'2026-12-06','主卧窗框渗水','主卧','工程部 李工','2026-12-21','2026-12-07',NULL,NULL,'已打胶',1,'2026-12-07 03:25:10.872727','2026-12-07 03:25:10.872734');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,1,'2026-12-07 03:25:06.733258','2026-12-07 03:25:07.000983','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-05',53122598,53122598,'2026-07-03',2,2,'2026-12-07 03:25:06.733262','2026-12-07 03:25:07.014469','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-19',147286062,147286062,'2026-08-20',2,3,'2026-12-07 03:25:06.733263','2026-12-07 03:25:07.087401','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,4,'2026-12-07 03:25:06.783375','2026-12-07 03:25:07.135380','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-05',56010560,56010560,'2026-07-04',2,5,'2026-12-07 03:25:06.783378','2026-12-07 03:25:07.147812','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-18',154024640,154024640,'2026-08-20',2,6,'2026-12-07 03:25:06.783379','2026-12-07 03:25:07.204510','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-20',5000000,5000000,'2026-06-20',3,7,'2026-12-07 03:25:06.832680','2026-12-07 03:25:07.251568','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-05',83523040,83523040,'2026-06-30',2,8,'2026-12-07 03:25:06.832682','2026-12-07 03:25:07.260221','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-18',206553760,0,NULL,1,9,'2026-12-07 03:25:06.832683','2026-12-07 03:25:06.832683','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,10,'2026-12-07 03:25:06.887474','2026-12-07 03:25:07.316524','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-05',68950000,68950000,'2026-06-29',2,11,'2026-12-07 03:25:06.887477','2026-12-07 03:25:07.332211','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-18',179550000,179550000,'2026-08-19',2,12,'2026-12-07 03:25:06.887478','2026-12-07 03:25:07.387229','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-20',8000000,8000000,'2026-06-20',3,13,'2026-12-07 03:25:06.941640','2026-12-07 03:25:07.403071','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-05',49199776,49199776,'2026-07-04',2,14,'2026-12-07 03:25:06.941642','2026-12-07 03:25:07.421321','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-19',133466144,133466144,'2026-08-22',2,15,'2026-12-07 03:25:06.941643','2026-12-07 03:25:07.476589','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-20',10000000,10000000,'2026-06-20',3,16,'2026-12-07 03:25:06.989660','2026-12-07 03:25:07.494205','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-05',71000000,71000000,'2026-07-05',2,17,'2026-12-07 03:25:06.989662','2026-12-07 03:25:07.506508','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-18',189000000,189000000,'2026-08-10',2,18,'2026-12-07 03:25:06.989663','2026-12-07 03:25:07.794515','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-19',6627873,6627873,'2026-11-25',2,19,'2026-12-07 03:25:07.114137','2026-12-07 03:25:07.126507','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-15',6931109,6931109,'2026-10-20',2,20,'2026-12-07 03:25:07.224595','2026-12-07 03:25:07.235021','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-21',5000000,5000000,'2026-11-21',2,21,'2026-12-07 03:25:07.823557','2026-12-07 03:25:07.826948','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-06',61623515,36974109,NULL,2,22,'2026-12-07 03:25:07.823560','2026-12-07 03:25:07.835381','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-20',155454869,0,NULL,1,23,'2026-12-07 03:25:07.823560','2026-12-07 03:25:07.823561','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-03',5000000,5000000,'2026-11-03',2,24,'2026-12-07 03:25:07.884499','2026-12-07 03:25:07.892297','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-03',292543680,0,NULL,1,25,'2026-12-07 03:25:07.884502','2026-12-07 03:25:07.884502','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-16',2684416,2684416,'2026-11-19',2,26,'2026-12-07 03:25:07.930116','2026-12-07 03:25:07.937604','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-16',9372626,9372626,'2026-11-17',2,27,'2026-12-07 03:25:07.930119','2026-12-07 03:25:07.945851','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-29',10000000,10000000,'2026-10-29',2,28,'2026-12-07 03:25:07.966449','2026-12-07 03:25:07.968762','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-28',259592120,0,NULL,1,29,'2026-12-07 03:25:07.966451','2026-12-07 03:25:07.966452','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-14',8492152,8492152,'2026-11-20',2,30,'2026-12-07 03:25:08.006059','2026-12-07 03:25:08.008906','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-30',8000000,8000000,'2026-08-30',2,31,'2026-12-07 03:25:08.027251','2026-12-07 03:25:08.033586','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-29',258805000,258805000,'2026-09-23',2,32,'2026-12-07 03:25:08.027253','2026-12-07 03:25:08.046053','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-10-01',5000000,5000000,'2026-10-01',2,33,'2026-12-07 03:25:08.082382','2026-12-07 03:25:08.090272','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-16',115288000,115288000,'2026-10-11',2,34,'2026-12-07 03:25:08.082390','2026-12-07 03:25:08.098613','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-30',280672000,280672000,'2026-11-28',2,35,'2026-12-07 03:25:08.082391','2026-12-07 03:25:08.139956','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-31',4424000,4424000,'2026-12-01',2,36,'2026-12-07 03:25:08.156072','2026-12-07 03:25:08.163719','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-12-01',12630240,12630240,'2026-12-04',2,37,'2026-12-07 03:25:08.156074','2026-12-07 03:25:08.172080','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-26',5000000,5000000,'2026-11-26',2,38,'2026-12-07 03:25:08.194974','2026-12-07 03:25:08.201548','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-11',101049400,0,NULL,1,39,'2026-12-07 03:25:08.194977','2026-12-07 03:25:08.194977','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-24',247448600,0,NULL,1,40,'2026-12-07 03:25:08.194977','2026-12-07 03:25:08.194978','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-27',10000000,10000000,'2026-11-27',2,41,'2026-12-07 03:25:08.220845','2026-12-07 03:25:08.228394','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-12',46392281,0,NULL,1,42,'2026-12-07 03:25:08.220853','2026-12-07 03:25:08.220853','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-26',131581989,0,NULL,1,43,'2026-12-07 03:25:08.220854','2026-12-07 03:25:08.220854','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-30',5000000,5000000,'2026-11-30',2,44,'2026-12-07 03:25:08.255048','2026-12-07 03:25:08.261748','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-15',55512265,0,NULL,1,45,'2026-12-07 03:25:08.255050','2026-12-07 03:25:08.255050','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-29',141195285,0,NULL,1,46,'2026-12-07 03:25:08.255051','2026-12-07 03:25:08.255051','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-12-01',8000000,8000000,'2026-12-01',2,47,'2026-12-07 03:25:08.284698','2026-12-07 03:25:08.287389','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-16',50924770,0,NULL,1,48,'2026-12-07 03:25:08.284702','2026-12-07 03:25:08.284703','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-30',137491130,0,NULL,1,49,'2026-12-07 03:25:08.284703','2026-12-07 03:25:08.284704','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-02',5000000,5000000,'2026-12-02',2,50,'2026-12-07 03:25:08.315996','2026-12-07 03:25:08.322613','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2027-01-01',162493760,0,NULL,1,51,'2026-12-07 03:25:08.315999','2026-12-07 03:25:08.315999','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-03',10000000,10000000,'2026-12-03',2,52,'2026-12-07 03:25:08.346580','2026-12-07 03:25:08.349037','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-18',69294125,0,NULL,1,53,'2026-12-07 03:25:08.346583','2026-12-07 03:25:08.346590','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-02-01',185019625,0,NULL,1,54,'2026-12-07 03:25:08.346591','2026-12-07 03:25:08.346592','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-04',8000000,8000000,'2026-12-04',2,55,'2026-12-07 03:25:08.376204','2026-12-07 03:25:08.384096','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-19',79215119,0,NULL,1,56,'2026-12-07 03:25:08.376207','2026-12-07 03:25:08.376207','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-02',203501945,0,NULL,1,57,'2026-12-07 03:25:08.376208','2026-12-07 03:25:08.376208','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-05',10000000,10000000,'2026-12-05',2,58,'2026-12-07 03:25:08.407751','2026-12-07 03:25:08.410563','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-20',45877283,0,NULL,1,59,'2026-12-07 03:25:08.407753','2026-12-07 03:25:08.407754','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-03',130380327,0,NULL,1,60,'2026-12-07 03:25:08.407754','2026-12-07 03:25:08.407755','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,61,'2026-12-07 03:25:08.451611','2026-12-07 03:25:08.459531','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-21',96747589,0,NULL,1,62,'2026-12-07 03:25:08.451616','2026-12-07 03:25:08.451616','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-04',237411041,0,NULL,1,63,'2026-12-07 03:25:08.451617','2026-12-07 03:25:08.451617','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-07',5000000,5000000,'2026-12-07',2,64,'2026-12-07 03:25:08.483066','2026-12-07 03:25:08.489962','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-22',61645000,0,NULL,1,65,'2026-12-07 03:25:08.483068','2026-12-07 03:25:08.483069','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-07',155505000,0,NULL,1,66,'2026-12-07 03:25:08.483069','2026-12-07 03:25:08.483069','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,67,'2026-12-07 03:25:09.783194','2026-12-07 03:25:09.783196','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-07 03:25:09.783196','2026-12-07 03:25:09.783197','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-07 03:25:09.783197','2026-12-07 03:25:09.783198','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-07',5000000,0,NULL,1,70,'2026-12-07 03:25:09.802732','2026-12-07 03:25:09.802734','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-07',50324528,0,NULL,2,71,'2026-12-07 03:25:09.802734','2026-12-07 03:25:09.812181','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-06',221298112,0,NULL,2,72,'2026-12-07 03:25:09.802735','2026-12-07 03:25:09.812364','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-07 03:25:09.935458','2026-12-07 03:25:10.280777');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-07 03:25:10.287921','2026-12-07 03:25:10.294173');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-07 03:25:05.730673','2026-12-07 03:25:05.730677');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-07 03:25:05.778831','2026-12-07 03:25:10.590248');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-07 03:25:05.829602','2026-12-07 03:25:05.829606');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-07 03:25:05.876077','2026-12-07 03:25:10.590248');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-07 03:25:10.336913','2026-12-07 03:25:10.336915');
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
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-07 03:25:04.000000','2026-12-07 03:25:10.601904');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-07 03:25:05.960727','2026-12-07 03:25:10.601904');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-07 03:20:10.000000',1,0,1,'2026-12-07 03:25:10.318372','2026-12-07 03:25:10.349294');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-07 03:20:10.000000',0,0,2,'2026-12-07 03:25:10.358517','2026-12-07 03:25:10.358525');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-07 03:20:13.000000',0,0,3,'2026-12-07 03:25:10.367219','2026-12-07 03:25:10.367221');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-07 03:20:16.000000',0,1,4,'2026-12-07 03:25:10.381878','2026-12-07 03:25:10.381881');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-07 03:20:19.000000',0,1,5,'2026-12-07 03:25:10.390954','2026-12-07 03:25:10.390956');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-21','杭州市余杭区文一西路 2688 号','2026-06-20',1,1,'2026-12-07 03:25:06.449552','2026-12-07 03:25:06.449556');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-20 01:26:00.000000',4,1,2,1,'2026-05-22 02:18:00.000000','2026-12-07 03:25:10.592632',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-20 01:32:00.000000',2,2,2,2,'2026-05-25 05:39:00.000000','2026-12-07 03:25:06.802855',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-20 01:38:00.000000',2,3,2,3,'2026-05-29 02:29:00.000000','2026-12-07 03:25:06.843924',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-20 01:44:00.000000',4,4,2,4,'2026-06-01 05:43:00.000000','2026-12-07 03:25:10.592632',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-17 07:04:00.000000',8,NULL,2,5,'2026-06-05 02:02:00.000000','2026-12-07 03:25:06.628294',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-20 01:50:00.000000',4,5,2,6,'2026-06-09 05:35:00.000000','2026-12-07 03:25:10.592632',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-20 01:56:00.000000',2,6,2,7,'2026-06-12 02:56:00.000000','2026-12-07 03:25:06.992242',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-16 07:00:00.000000',7,NULL,2,8,'2026-06-16 05:00:00.000000','2026-12-07 03:25:06.625661',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-07 03:25:09.000000','2026-12-07 03:25:09.673587','2026-12-07 03:25:09.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-07 03:25:09.000000','2026-12-07 03:25:09.743122',NULL,'','2026-12-07 03:25:09.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-22',8,'',NULL,'',NULL,NULL,'2026-05-23 08:00:00.000000',9,1,'2026-05-22 02:33:00.000000','2026-12-07 03:25:08.514754','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-22", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-25',8,'',NULL,'',NULL,NULL,'2026-05-26 08:00:00.000000',9,2,'2026-05-25 05:54:00.000000','2026-12-07 03:25:08.515931','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-29',8,'',NULL,'',NULL,NULL,'2026-05-30 08:00:00.000000',9,3,'2026-05-29 02:44:00.000000','2026-12-07 03:25:08.516798','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-06-01',8,'',NULL,'',NULL,NULL,'2026-06-02 08:00:00.000000',9,4,'2026-06-01 05:58:00.000000','2026-12-07 03:25:08.521963','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-01", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-05',8,'',NULL,'',NULL,NULL,'2026-06-06 08:00:00.000000',9,5,'2026-06-05 02:17:00.000000','2026-12-07 03:25:08.523035','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-09',8,'',NULL,'',NULL,NULL,'2026-06-10 08:00:00.000000',9,6,'2026-06-09 05:50:00.000000','2026-12-07 03:25:08.523993','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-09", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-12',8,'',NULL,'',NULL,NULL,'2026-06-13 08:00:00.000000',9,7,'2026-06-12 03:11:00.000000','2026-12-07 03:25:08.524986','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-12", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,8,'2026-06-20 01:04:00.000000','2026-12-07 03:25:08.525938','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,9,'2026-07-03 02:50:00.000000','2026-12-07 03:25:08.526833','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,10,'2026-08-20 02:39:00.000000','2026-12-07 03:25:08.527776','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,11,'2026-11-25 05:03:00.000000','2026-12-07 03:25:08.528611','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-25", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,12,'2026-06-20 07:56:00.000000','2026-12-07 03:25:08.535757','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,13,'2026-07-04 01:27:00.000000','2026-12-07 03:25:08.536859','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-20',8,'',NULL,'',NULL,NULL,'2026-08-21 08:00:00.000000',9,14,'2026-08-20 05:53:00.000000','2026-12-07 03:25:08.542062','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-20", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-20',8,'',NULL,'',NULL,NULL,'2026-10-21 08:00:00.000000',9,15,'2026-10-20 07:11:00.000000','2026-12-07 03:25:08.543101','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,16,'2026-06-20 06:05:00.000000','2026-12-07 03:25:08.543893','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-30',8,'',NULL,'',NULL,NULL,'2026-07-01 08:00:00.000000',9,17,'2026-06-30 01:05:00.000000','2026-12-07 03:25:08.544780','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,18,'2026-06-20 02:58:00.000000','2026-12-07 03:25:08.550023','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,19,'2026-06-29 04:08:00.000000','2026-12-07 03:25:08.551089','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,20,'2026-08-19 07:04:00.000000','2026-12-07 03:25:08.552073','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,21,'2026-06-20 01:11:00.000000','2026-12-07 03:25:08.552936','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,22,'2026-07-04 01:31:00.000000','2026-12-07 03:25:08.553850','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-22',8,'',NULL,'',NULL,NULL,'2026-08-23 08:00:00.000000',9,23,'2026-08-22 02:17:00.000000','2026-12-07 03:25:08.554962','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-22", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-20',8,'',NULL,'',NULL,NULL,'2026-06-21 08:00:00.000000',9,24,'2026-06-20 05:43:00.000000','2026-12-07 03:25:08.555820','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-05',8,'',NULL,'',NULL,NULL,'2026-07-06 08:00:00.000000',9,25,'2026-07-05 08:57:00.000000','2026-12-07 03:25:08.556688','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'','2026-12-04 03:25:06.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-10 06:43:00.000000','2026-12-07 03:25:08.500324','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-21',8,'',NULL,'',NULL,NULL,'2026-11-22 08:00:00.000000',9,27,'2026-11-21 05:00:00.000000','2026-12-07 03:25:08.565809','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-05 07:10:00.000000','2026-12-07 03:25:07.843158','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-03',8,'',NULL,'',NULL,NULL,'2026-11-04 08:00:00.000000',9,29,'2026-11-03 01:03:00.000000','2026-12-07 03:25:08.566734','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,30,'2026-11-19 06:50:00.000000','2026-12-07 03:25:08.567542','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-17',8,'',NULL,'',NULL,NULL,'2026-11-18 08:00:00.000000',9,31,'2026-11-17 03:38:00.000000','2026-12-07 03:25:08.568460','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-17", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-29',8,'',NULL,'',NULL,NULL,'2026-10-30 08:00:00.000000',9,32,'2026-10-29 03:46:00.000000','2026-12-07 03:25:08.573486','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,33,'2026-11-20 03:34:00.000000','2026-12-07 03:25:08.574551','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-20", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-30',8,'',NULL,'',NULL,NULL,'2026-08-31 08:00:00.000000',9,34,'2026-08-30 04:03:00.000000','2026-12-07 03:25:08.575536','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-23',8,'',NULL,'',NULL,NULL,'2026-09-24 08:00:00.000000',9,35,'2026-09-23 05:56:00.000000','2026-12-07 03:25:08.576380','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-23", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-10-01',8,'',NULL,'',NULL,NULL,'2026-10-02 08:00:00.000000',9,36,'2026-10-01 03:52:00.000000','2026-12-07 03:25:08.581331','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-11',8,'',NULL,'',NULL,NULL,'2026-10-12 08:00:00.000000',9,37,'2026-10-11 01:44:00.000000','2026-12-07 03:25:08.582322','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-28',8,'',NULL,'',NULL,NULL,'2026-11-29 08:00:00.000000',9,38,'2026-11-28 01:08:00.000000','2026-12-07 03:25:08.583143','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-28", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,39,'2026-12-01 07:08:00.000000','2026-12-07 03:25:08.584059','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,40,'2026-12-04 01:10:00.000000','2026-12-07 03:25:08.584972','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,41,'2026-11-26 07:50:00.000000','2026-12-07 03:25:08.590184','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,42,'2026-11-27 03:34:00.000000','2026-12-07 03:25:08.591063','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-27", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,43,'2026-11-30 04:30:00.000000','2026-12-07 03:25:08.591902','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,44,'2026-12-01 04:23:00.000000','2026-12-07 03:25:08.592718','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,45,'2026-12-02 03:25:00.000000','2026-12-07 03:25:08.597840','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,46,'2026-12-03 01:06:00.000000','2026-12-07 03:25:08.598692','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-04',8,'',NULL,'',NULL,NULL,'2026-12-05 08:00:00.000000',9,47,'2026-12-04 07:28:00.000000','2026-12-07 03:25:08.599466','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-05 09:13:00.000000','2026-12-07 03:25:08.422532','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-06 05:57:00.000000','2026-12-07 03:25:08.467168','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-07',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-07 03:24:06.000000','2026-12-07 03:25:08.497621','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-07", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-10',8,'',NULL,'',NULL,26,'2026-12-05 08:00:00.000000',9,51,'2026-12-04 03:25:06.000000','2026-12-07 03:25:08.600265','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-10", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-07 03:25:05.785617','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-07 03:25:04.000000','2026-12-07 03:25:06.075381');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-07 03:25:06.744158','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-07 03:25:06.895362','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-07 03:25:06.949565','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-07 03:25:07.056138','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-07 03:25:07.356282','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-07 03:25:07.452498','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-07 03:25:07.825470','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-07 03:25:07.862731','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-07 03:25:07.890771','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-07 03:25:07.915553','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-07 03:25:08.226870','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-07 03:25:08.382527','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-07 03:25:08.457905','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-07 03:25:09.804453','2026-12-07 03:25:10.593028');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-07 03:25:09.825568','2026-12-07 03:25:10.593028');
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
INSERT INTO "refund_vouchers" VALUES(1,1,1,1,'曾小贤',10000000,'转账','2026-12-07',NULL,'',NULL,NULL,'2026-12-07 03:25:10.000000',NULL,'金额有误',0,'{"v": 1}',1,'2026-12-07 03:25:10.852592','2026-12-07 03:25:10.852595');
INSERT INTO "refund_vouchers" VALUES(1,2,1,1,'曾小贤',10000000,'转账','2026-12-07',NULL,'','2026-12-07 03:25:10.000000',NULL,NULL,NULL,'',0,'{"v": 1}',2,'2026-12-07 03:25:10.852596','2026-12-07 03:25:10.852596');
CREATE TABLE report_runs (
	kind VARCHAR(8) NOT NULL, 
	period_on DATE NOT NULL, 
	produced_at DATETIME NOT NULL, 
	produced_by_id INTEGER, 
	via VARCHAR(8) NOT NULL, 
	filename VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_report_runs PRIMARY KEY (id), 
	CONSTRAINT fk_report_runs_produced_by_id_users FOREIGN KEY(produced_by_id) REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO "report_runs" VALUES('daily','2026-12-07','2026-12-07 03:25:10.000000',NULL,'cli','销售日报_2026-12-07.xlsx',1,'2026-12-07 03:25:10.923478','2026-12-07 03:25:10.923481');
CREATE TABLE report_templates (
	kind VARCHAR(8) NOT NULL, 
	filename VARCHAR(200) NOT NULL, 
	content BLOB, 
	uploaded_by_id INTEGER, 
	uploaded_at DATETIME NOT NULL, 
	version INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_report_templates PRIMARY KEY (id), 
	CONSTRAINT fk_report_templates_uploaded_by_id_users FOREIGN KEY(uploaded_by_id) REFERENCES users (id) ON DELETE SET NULL, 
	CONSTRAINT uq_report_templates_kind UNIQUE (kind)
);
INSERT INTO "report_templates" VALUES('weekly','周报模板.xlsx',X'504B0304140000000800631A875D46C74D4895000000CD00000010000000646F6350726F70732F6170702E786D6C4DCF4D0BC2300C06E0BF5276B7998A1EA40E443D8A9EBCCF2E7585B6296D84FAEFED043F6E7979C81BA22E892226B69845F12EE46D3332C70D40D623FA3ECBCAA18AA1E47BAE31DD818CB11A0FA41F1E03C3A26DD78085310C38CCE2B7B0E9D42E466775CF964277B23A5126C3E258343AB1271FABDC1C0A10E77A253E8B134B39972B05FF8B53CB15539EE6CA6FFC6405BF07BA17504B0304140000000800631A875D3521975C1F010000F501000011000000646F6350726F70732F636F72652E786D6C8D91314BC3401886FF4AC89EDC2581168FF4168B93826041713B2E5FDBD05C72DC7D92BAB9EA26747570103A6574F5D7A4E0BF6892B6694507E196BBF7791F5EB8586A260B03D7A6D0603005EB2C55965B26F5C89D236A4688957350C2FA0D9137E1B4304A60733533A2855C88199090D2015180221128482BF4746F74F7CA44F64AFD60B24E9048021928C8D192C00FC8914530CAFE59E8929E5CDAB4A7CAB2F4CBA8E39A4501B9BBBABCE9C67B696E51E4125C1E27924903020BC3EBEAB9AE3E9D31D8454C4EDE5B0653CC807FAF9EEA5555BFAE372F1F9BF5FBE6EDAB037761BC5FB9EB41E2345B183E6A18B987E4363A1F4F2E5C1ED270E005A14787134A5977EE5BD38FFE51A88A249DA6FF36462C38637478623C08784C7EFD30DF02504B0304140000000800631A875D995C9C23100600009C27000013000000786C2F7468656D652F7468656D65312E786D6CED5A5B73DA38147EEFAFD07867F66D0BC63681B6B413736976DBB49984ED4E1F8511588D6C796491847FBF473610CB960DED924DBA9B3C042CE9FBCE4547E7E83879F3EE2E62E8868894F27860D92FDBD6BBB72FDEE057322411413019A7AFF0C00AA54C5EB55A6900C3387DC91312C3DC828B084B7814CBD65CE05B1A2F23D6EAB4DBDD5684696CA1184764607D5E2C6840D054515A6F5F20B4E51F33F815CB548D65A30113574126B988B4F2F96CC5FCDADE3E65CFE93A1D32816E301B58207FCE6FA7E44E5A88E154C2C4C06A673F566BC7D1D2488082C97D9405BA49F6A3D31508320D3B3A9D58CE767CF6C4ED9F8CCADA74346D1AE0E3F17838B6CBD28B701C04E051BB9EC29DF46CBFA44109B4A369D064D8F6DAAE91A6AA8D534FD3F77DDFEB9B689C0A8D5B4FD36B77DDD38E89C6ADD0780DBEF14F87C3AE89C6ABD074EB692627FDAE6BA4E916684246E3EB7A1215B5E540D32000587076D6CCD203965E29FA75941AD91DBBDD415CF058EE398911FEC6C504D669D219963446729D90050E0037C4D14C507CAF41B68AE0C292D25C90D6CF29B5501A089AC881F5478221C5DCAFFDF597BBC9A4337A9D7D3ACE6B947F69AB01A7EDBB9BCF93FC73E8E49FA793D74D42CE70BC2C09F1FB235B6187276E3B13723A1C67427CCFF6F691A52532CFEFF90AEB4E3C671F5696B05DCFCFE49E8C7223BBDDF6587DF64F476E23D7A9C0B322D7944624459FC82DBAE41138B5490D32133F089D86986A501C02A4093196A186F8B4C6AC11E0137DB7BE08C8DF8D88F7AB6F9A3D57A15849DA84F810461AE29C73E673D16CFB07A546D1F655BCDCA3975815019718DF34AA352CC5D67895C0F1AD9C3C1D1312CD940B06418697242612A9397E4D4813FE2BA5DAFE9CD340F0942F24FA4A918F69B323A77426CDE8331AC146AF1B758768D23C7AFE05F99C350A1C911B1D02671BB346218469BBF01EAF248E9AADC2112B423E6219361A72B51681B671A984605A12C6D1784ED2B411FC59AC35933E60C8ECCD9175CED6910E11925E37423E62CE8B9011BF1E86384A9AEDA2715804FD9E5EC349C1E882CB66FDB87E86D5336C2C8EF747D4174AE40F26A73FE9323407A39A5909BD84566A9FAA87343EA81E320A05F1B91E3EE57A780A3796C6BC50AE827B01FFD1DA37C2ABF882C0397F2E7DCFA5EFB9F43DA1D2B737237D67C1D38B5BDE466E5BC4FBAE31DAD7342E28635772CDC8C754AF9329D8399FC0ECFD683E9EF1EDFAD92484AF9A592D2316904B81B34124B8FC8BCAF02AC409E8645B2509CB54D365378A129E421B6EE953F54A95D7E5AFB928B83C5BE4E9AFA1743E2CCFF93C5FE7B4CD0B3343B7724BEAB694BEB526384AF4B1CC704E1ECB0C3B673C921DB677A01D35FBF65D76E423A530539743B81A42BE036DBA9DDC3A389E9891B90AD352906FC3F9E9C5781AE239D904B97D98576DE7D8D1D1FBE7C151B0A3EF3C961DC788F2A221EEA18698CFC34387797B5F986795C65034146D6CAC242C46B760B8D7F12C14E064602DA00783AF5102F2525560315BC6032B90A27C4C8C45E870E7975C5FE3D192E3DBA665B56EAF2977196D225239C269981367ABCADE65B1C1551DCF555BF2B0BE6A3DB4154ECFFE59ADC89F0C114E160B1248639417A64AA2F31953BEE72B49C45538BF4533B6129718BCE3E6C7714E53B81276B60F0232B9BB39A97A653167A6F2DF2D0C092C5B885912E24D5DEDD5E79B9CAE7A2276FA9777C160F2FD70C9470FE53BE75FF45D43AE7EF6DDE3FA6E933B484C9C79C5110174450223951C06161732E450EE9290061301CD94C944F0028264A61C8098FA0BBDF20CB92915CEAD3E397F452C83864E5ED22512148AB00C05211772E3EFEF936A778CD7FA2C816D84543264D517CA4389C13D337243D85425F3AEDA260B85DBE254CDBB1ABE26604BC37A6E9D2D27FFDB5ED43DB4173D46F3A399E01EB387739B7AB8C245ACFF58D61EF932DF3970DB3ADE035EE6132C43A47EC17D8A8A8011AB62BEBAAF4FF9259C3BB47BF181209BFCD6DBA4F6DDE00C7CD4AB5AA5642B113F4B077C1F9206638C5BF4345F8F1462ADA6B1ADC6DA310C798058F30CA16638DF87459A1A33D58BAC398D0A6F41D540E53FDBD40D68F60D341C91055E3199B636A3E44E0A3CDCFEEF0DB0C2C48EE1ED8BBF01504B0304140000000800631A875D6D87310A35040000E10E000018000000786C2F776F726B7368656574732F7368656574312E786D6C8D97CD6EDB4610C75F85E00384E28764D99004D4168AF650D488FB71A6A5954484E4B2CB5595E664A01F520CBB7650DB2AD0246E0B3BE8C1517A709D207692435E45A4A4935FA1CB5D8A642272A983247277677EF31FEE8E38951E44F7DC0E0058B86F99B65B153B183B6B92E4363AC0D2DD3BD0013699694164E998DCA2B6E43A08E84D6A649992522894244B376CB156A1639BA856815D6C1A36D84482DBB52C1DFDB00E4CD8AB8AB2381FB86BB43B980E48B58AA3B7C116C05F3BC4A065E0AFE02619984F4A91D7A66101DB35A02D20D0AA8A9FC86B75A548D7D025DF18A0E726AE8540DB3684F7829BCF9B55B11084084CD0C0810F9DFC7C0F36806906AE4860DF855E13D4C032793D77FF294D0789765B77C10634BF359AB85315CBA2D0042DBD6BE2BBB0F7190825B2101BD074E9B7D0638B95822834BA2E8656684DC09661B35FFDFE5C7EC2422E655828A185B2B4851A5AA81F5BA85A8685165A682C3D4C0E4D465DC77AAD82604F407479205A8DC4456920C96F042B68AEE942326AD8C13ED9C288CC1AC421AECD8E76BCA391F7E81F7FF7BC2261820AC6A506F91044C45122770A75A764B8F3F68FC76FF63F7444EDD6999D4AED6C262A09502380CA054CAE4FA7A3BFFCC7A7B3E1651A46E563B408A3F13147A7FEE0D01F5E6560343EA614614A74A19681F1F7FAFE9FFD34408EDDE30BF2C826972F482E384F6D250A6385BA2B666D826727D3D1BBDB9BC1E4FAA7DB9B8769F13007A52CC1E58854E692BCB3FD3C52994F5A8D48AB5C92FFE49C90BCC301491197B7CAE7C985F82415B8C4E9E86C7AF9DC3B1FFAC7FFA68142F36C52E2CCCA4B9066FD47B3BF9F106DDECF3F66680BFDAC6422E3732D2B5CE4E4F9DBC9EB671C714A8EB8F880CBEA12A465C4A939E2E2C32E6BFC5DF9C753FFE2EDE4E2284B9C9623AE18938A4B90961157CC11179718B9C43FDC3B3BFEE01DE7C99572C4C55544E697117FF778FAE2A177309C1CFE42C48DAFAFB2C4E55413392E2732BF9E84C8DDA793EBDFF8C89CB2A2C4C75C61E7B49C851C1C8E5F9FF93707FEC9902059295EA07EE83C3ED98ACC2DECB3DFAFFCD17FA9FF9F7C43F27067FD8314C38D3C62EE5EACE77898BEB9F0F64E26BFF659369884F72FC7AF76C7AF76D8DDEDCD1EDB86EF5FB2E39D93AFC4EB06BF2CB12A9F9AAFC58214E643593859A14C36B19AB945E212A6F04B18ABCFA951A959512D16B3302A3527AAB8CA29FC2AC7329F1AD5627D0BA3D2B2A2D272A28A2BA2C2AF886C5FA44655CC8A6AB13686511533A292126FCE16406DDA87B84203766DCC5E0AA3D1B8D9610DC14713EBEA5A5D4D9D50487B943AA1ADD5C3B7F8184D9A3064D8F84B27E88D5CA10391F100DA583737808D0102CD64AFF6858EDA065965821689B67087A844EC2D9F5E63E8D0D5DB10930680F504A46304289C6F4188A39BB8FDEB3A02A1129C1EC450151D8830D20D2C0A8EEE00B4653C003495B4439CB71585F03EEE56025D51575BFB1F504B0304140000000800631A875DF8B60F391B030000CF09000018000000786C2F776F726B7368656574732F7368656574322E786D6C8D965B4FDB3014C7BF4A940F40D20BE5A2B6D22877988660976793B8AD4512678EBB329E90A66D8034011A8C8701D3268AF600650F93266D08A47D97F4F2C45798E33869C79A250F4DE3BFCFEF1C3BB68F4FBE8EC99A5385904AEBA6613905B94AA93DAE288E5685267086B00D2DD653C6C40494354945716C0281CE21D350D2AA9A534C802CB998E7DA1229E6718D1AC8824B44726AA609C8CB0968E07A414EC981B08C2A55CA05A598B74105AE40FAC4664019D1C778890941A7127AD591092D07614B22B05C901FA4C617B3DC845B3C45B0EEF4BD4BDED456315EF31A737A4156BD1142036AD47301D8DF0B588286E17962E37A2E9CF605F5C8FEF7C0FD34FF1A6CB0ABC081256C3C433AAD16E45159D26119D40CBA8CEBB350CC70983BD4B0E1F0A754F78DD36959D26A0EC5A6A059601359FE3F580F66DF47A43211445A10E9C444461099C4445610D9C4C4B0208613133941E41213238218494C8C0A623431312688B1C4444A0D96504DCE84CB9E7CDD53C1C2A7FC9557FC4DC6B7E824A0A09827B82E110E785B31A3068EC2CDC98E84E659F013C00D998A2CEFF0AE50C27A1173488BDD834DF7A0E9EE7F6DED34A4DF3FA4D6F185D7B8DA6D1D35F20A65A13D3B45633F16328C9B898F9BF1E3AA118199FFD6F1A7BF4370702206EC9E7FE8346F0780A518D03D7B37189C8C1BEA498381EEDE56A7F979003E1583779A679DEF976EE3A875F86D003E9D08EFBEDDEF7E39B9BBDE725FBFBABBDE1EE06726C64FFBF2A6FDF33C7218B389F0F861CCC5ADC2C7D3D6C54DBC9FF9B86DB0B9D9DABA8D9CCE42DC9AEE1C76AEB6DDDDA3F6DE9B01F862327CE7B4FDEBFD7F8E49363C0D59DF9F7F0C2D3F11F0DDEE77E4EEEBA5087D32429F8AD0A77D7DE4BE3E13613F1B613F17A1CF47F85988D017FFD5FD2FA6F4253713920ABFC01D49C3354BA49550ED1509E24AEFD9B38A83208B3EB2BD4AC091AA98A00D6C516094A04521817A7F61F210900A6256062CB310EA10BBCF889FC5F83BC536B75EC59425383FD7B2F20812D15FC698868D5EAD53B32516958503DE180AB2012CDDD1800D65C9664FB2823620BF73783D14E44D55B47B178137B1B0862BFE01504B0304140000000800631A875D4E3E2417A50200008F06000018000000786C2F776F726B7368656574732F7368656574332E786D6C8D95CD4E1B3110805FC5DA0760373FA42D4A229540D41EAA22E8CFD9D94C128B5D7B6B3B0DE5845421428590A8907AE24055AA5EC8A952A50A81D47749484EBC42FDB3BB49216972D85D7B3CDFCC783C9E2D7618DF162D008976C2808A92D392325A715DE1B720C462894540D54A83F1104B35E54D57441C70DD4061E0663DAFE0869850A75C34B20D5E2EB2B60C08850D8E443B0C31FFB00A01EB949C8C93083649B3258DC02D1723DC842D90AF230534887CC5369420597453AB751202158451C4A151729E6656AA79A36234DE10E8888931D25BAB31B6AD27CFEB25C7D3114200BED426B0FABC870A0481B6A4E27A171B9D70AAC9C97162BE6AB2A182AD61011516BC2575D92A398F1D5487066E077293759E41BCC36563D06781306FD4B1CAD9AC83FCB6902C8C69E53824D47EF14EB2FB0922939B41646322BB30918B89DCC2443E26F20B13CB31B1BC30518889823D029B3293F0352C71B9C8590771A3AE139BF3123369AAD501FB5AC39CA75154524275296E49AE56893228CBA3D3BDFE69AF7FF263F0E902FDF98546E7D7A32FBDC1F1E7E1F9D1DD55777074787B797DFBFBFBE8E064F4F5ECEEEAB0E84A158F865D5F3D2A8E3498DCFC607236186F5634C6FBBF2E0CB83A071C1C5FF4AFF7076717C3DECD14BC32071FF6BE0D7F5E4E01D7E680363953C0F585C024ABDDFEFEC707B93576AAF332B6B737E8DEFCE750F269EEF3D692AD046A2BD1E4D62E14EECB2B33E46B33E4EB56FEE8BEBCFA50DF46E84ED47308BC693A90403E6BD3B86852E9B8CBC53D69ACAF5A262754BE8C742B13A8C538D96554E2A002540287FA64677D81799328AD001ACA85B7A42E24B7356AC6924546BBC6A42A5F7BBD547F071EAF371893E964DCACDB11525E953BAC63283911E39263221D14E108F816D9551DFC8963FB797229BC783EBEF87A5FE93FA8FC17504B0304140000000800631A875D6696A61D690200007105000018000000786C2F776F726B7368656574732F7368656574342E786D6C8D54CD6E1331107E156B1FA0BBF9A1409544A289101C1051C3CFD9D99D245677EDC57648E9090950815B45903880901020C4017140205515079E8544E4D457606CEF6E5628213D246B8FE79BCFF379661A1321F7D50840938324E6AAE98DB44E777C5F852348A8DA1229703C190899508D5B39F4552A81461694C47E3508B6FD8432EEB51AD6D695AD8618EB9871E84AA2C64942E5835D88C5A4E955BCDCB0C786236D0D7EAB91D221F440DF4E113060FA96E8A2213FF48BA8114B802B26389130687A572A3B9DBA75B11E77184C54694D4C6A7D21F6CDE67AD4F40273438821D42604C5CF7D68431C9B4878AF7B59D012A94196D779F8AB560DBC6C9F2A688BF82E8BF4A8E95DF24804033A8EF59E985C832CC30B3660286265FFC9C43957AB1E09C74A8B24432371C2B8FBD2833CFB12A2525B83A86688EAB911B50C513B37A29E219CE0BE4BC78AD1A19AB61A524C88B4EE26E95A9087296440F143E361B5B68E6865DC94494F4B3C651850B716D387B3E997D9F1A7F9F30FE4D70F323B99CEA7DFFF7CFBB8F8F9B8E16BA4367E7E883FA42C786B9B796B8E375843BC8AC202773700E7AFDFCE5F7E5D016C6F00FE3E793F7FF56235B6B391F433CAB2383A5EBC7B7376FA74F6E4D1D9E9B3FFE8532F64A8BBC04E7FEEDEDFA6E90EB6FFB5B7D7D83BCE7EB164778C7EA92A129043DB638A8462CCB3F728ACCB3ECEBA6EE98F434132AE6FA6A659151909C90E05D7346E03D720212ACF8E1B540E197AC530408A600B5B4EBAE7B76B2D52EBDD171A2BC315294E3090D9F940085D6C96E3689C1264453A6AEED0F45221B5A44C7B24A529C81E3BC41975D973132BAFB720DB2FDBC7E4554CD9D65F504B0304140000000800631A875D2D7C855D6A0300001E1300000D000000786C2F7374796C65732E786D6CDD58D16ED33014FD952812AF4B9A6C5183DA4A10340909D0A4ED8157B7715A4B4E1C1C77B47BE70378E61FE00310FC0D12FB0B7CED344DBADED24E54AB6834C5F6F539F7DCEBEBD8DAA0524B4EAF67942A6791F3A21ABA33A5CAE79E574D663427D5992869A12D99903951BA2BA75E554A4AD20A4039F702DF8FBC9CB0C21D0D8A797E99ABCA998879A1866EAF1972ECEB75AA07A373D7B1748948E9D0F5CFFC67AEE38D065E0D1F0D3251AC5922D70E682E9253E796F0A19B10CEC69219584672C697763C302313C18574940E80820818AAEEEC845EDD85E86AAE9C15425A01D6CDA6B35F3FBFFEFEF1EDFECBA7FBEF9FCDBC71CDD5658E0EE2B01AE574AC13E05FC4F074E9FC83E81E09DB1EC9BFE008DA1CE605EBCA386FD63574EDC0685012A5A82C2E75C782CCE8435BDDBE59967A5DA7922C7BC185BB3FA2129CA5E0749AB493FF2A86C7F2B4B00DAB7969F16321532A1BF981BB1A1A0D38CD14E0259BCE4C4389D2A44628257268A58C4C45416C7C2B58076E76E2D05533B3933AE5D1378F550873578EF68498C956D39E083DB511BF27C4CE6E05573774E22694F36B60799F753E0D8BACF559F0E1A350344D9DF2BA6969EA0E786AD359F2366FF038E292DD0AF572AE63284CFFC35C287A2569C616A6BFC8D60A30FA1E4E4FCA922F5F70362D726AC3DFDBE368405638672624BBD3DE60874DF400D5DFAD5B2A159BB44720498B0CD7191C370DE171E9CFD7F4419BBE776259C6D2701C9DF059D85B65F8542ACD970811757E8AA25AEB797184B2AEEF42271CF5A9ECB68F92943774A156F78C2DF5133FEDDE5B89F2EA13A975EE754EBD66D4813BD5D07D075761DE2A92F19C71C58ABA3763694A8B87879FE65764ACEFEE1D077A564A3332E7EAA6310EDD75FB2D4DD93C8F9B5957107A3D6BDD7E03B551DF67CD81AF9DB122A50B9A267557DF003A9728FB33884DD3A5F9212614658D88098CA82F54068AB238D4D7FF18571F8FCB1A5185FDEDA63E8EEAE3287F7D83DC3425E6417D21A858FF9090E3380CA3084D6F926C9791A0398C22F84308518580417D81B74333BFA3007694CD5F6A035DE59D658386BCA344D19077641E4C480E0113C74801A0BE00832E0A5A512002F105A586A0C210D61955886EF31DA638464D50A448F5461196A8081E64BDD04D1486718C98C088C80843D4041B768709950142505318DA8374E33CF356E79CB7FE8FD8E80F504B0304140000000800631A875DB747EB8AC0000000160200000B0000005F72656C732F2E72656C739D924B6E02310C40AF12655F4CA9C40231ACD8B043880BB889E7A399C49163C4F4F68DD8C02068114BFF9E9E2DAF0F34A0761C73DBA56CC630C45CD95635AD00B26B29609E71A2582A354B402DA13490D0F5D8102CE6F325C82DC36ED6B74C73FC49F40A91EBBA73B465770A14F501F8AEC39A234A435AD97180334BFFCDDCCF0AD49A9DAFACECFCA735F0A6CCF3F52090A24745702CF491A44C8B7694AF3E9EDDBEA4F3A56362B478DFE8FFF3D0A8143DF9BF9D30A589D2D74509266FB0F905504B0304140000000800631A875DD489692CD7020000D70B00000F000000786C2F776F726B626F6F6B2E786D6CAD96414FDB3014C7BF4A1755E246DAB4B05151A48D8A0D096D6820AE9193BCB6168E1DD90E05CE3BED32EDC479874D3B6D979DF93643E35BEC2559A8433C92224EE973FCFFF5FD5F9FDDB7BD10F23410E2B4731E33AE4672ECCCB54E46AEABC239C444AD8B0438BE9B0A19138DA19CB9623AA5214C4498C6C0B5EBF57A9BAE044634155CCD69A29C82D686A51209245273001DB3021513CA9D9DED32B343D971CD486808B36FCA56B395130A0BB5DC90859D33AA684019D5176327FFCCC0E9C494D3985E4234767A4E47CDC5E28D90F452704DD85128056363A75FBC3801A969585B3ECAD23C2681CA573409DE679EC7CE660F81532A95CE77E47C82499E016E2EA2548B3DCA34C809D1F05A8A34A17C9663D0866BF8C84B513E3B9CC430767E7FFE7EF3F16B9603AEED47453E1A41863B39A2F842EE4705D294DFFCFC747365CABD07E45E4D7EFBE5FAF6EA87211F3C201FD4E47F7E7DBBBDFE60C8870FC887453DCA224430A51CA2B708AA46FFD84527FA59E0ECAC15655A7BD67DD5F5B65D63B74D9A80A422F219098055B58366AD14511A42E4135D950E1BA50B80533FF3AD959F774C15F07C2580049D4A5E25BC588550956EB593AA3450A1A401FA4F790DD2EFAD4C21B148F9BD42F4FB2D3174C6FF9348730F98046B12CDAD902342BC24F052424A6881B46C8A25C49ACA464B0AE12120C85E92CDB6A9C409C35B185B2CBBB221BA8769D9A506266442D530CDAD3A4D390756B6BBA5B85EF38F5C65D46BBBBB3A44E2ED6522262B208CBEB7F969EEB83AC7EAE931208BAFF698E218D93C351F802AC3EA675588C54B6BC4F210D9EC349FC41AC6EAE8111C8BA9664A442E7C9C5558A62C460154BEEC0E46DD8316FF7521CE7429D384EB3B4831109490BD161032C369E74E5F4C04A57ED242EF9F331EAF1F4ABC4BFC63AA19E088C94436A02D2722C31C529F82E9995E9F883930FD5B986684230F4A431C80B347EED21B6EF4B770D64C19DBC5B577FC4090E86E8C2C67E09DBF504B0304140000000800631A875D49CA0B6EC2000000B10300001A000000786C2F5F72656C732F776F726B626F6F6B2E786D6C2E72656C73CD93390E83301045AF62F9004C58421101551ADA2817B06058C462CB3351C2ED8348019652A441A1B2FE587EFF15E3E486BDE2568FD4B486C46BE8474A65C36C2E0054343828F2B4C171BEA9B41D14CFD1D66054D1A91A21389D62B05B86CC922D53DC2783BF107555B5055E75F11870E42F60786ADB5183C852DC95AD915309AF7E1D132C87EFCD6429F23295362F7D29E0DF468163141CC028748CC20318458E51B4A711F1D423AD3A9FECF49FF7ECE7F92DAEF54BFC0CDDD58D1709707E68F606504B0304140000000800631A875DD393BFE42801000072050000130000005B436F6E74656E745F54797065735D2E786D6CCD54CB4EC33010FC9528D72A712988036A7A01AED0033F60924D63D52F79B725FD7B360E8D042A2D552AD18B2D7B6767C63B92E76F3B0F98B4465B2CD286C83F088165034662EE3C58AED42E18497C0C2BE165B9962B10B3E9F45E94CE1258CAA8E34817F327A8E54653F2DCF2352A678B3480C63479EC819D56914AEFB52A25715D6C6DF54325FB52C8B93362B0511E270C4813715022967E55D837BE6E21045541B294815EA4619868B540DA69C0FC38C70197AEAE5509952B37865B72F40164850D00199DF7A49313D2C443867EBD196D20D21C5564E832388F9C5A80F3F5F6B174DD99672208A44E3C729064EED12F842EF10AAABF8AF3843F5C58C74C50C46DFC98BFE73CF09F6B64762D466EAFC5C8DD7F1A79776E7DE92FA0DB7323951D0C88F8D52E3E01504B01021403140000000800631A875D46C74D4895000000CD000000100000000000000000000000800100000000646F6350726F70732F6170702E786D6C504B01021403140000000800631A875D3521975C1F010000F50100001100000000000000000000008001C3000000646F6350726F70732F636F72652E786D6C504B01021403140000000800631A875D995C9C23100600009C270000130000000000000000000000800111020000786C2F7468656D652F7468656D65312E786D6C504B01021403140000000800631A875D6D87310A35040000E10E0000180000000000000000000000808152080000786C2F776F726B7368656574732F7368656574312E786D6C504B01021403140000000800631A875DF8B60F391B030000CF0900001800000000000000000000008081BD0C0000786C2F776F726B7368656574732F7368656574322E786D6C504B01021403140000000800631A875D4E3E2417A50200008F06000018000000000000000000000080810E100000786C2F776F726B7368656574732F7368656574332E786D6C504B01021403140000000800631A875D6696A61D69020000710500001800000000000000000000008081E9120000786C2F776F726B7368656574732F7368656574342E786D6C504B01021403140000000800631A875D2D7C855D6A0300001E1300000D0000000000000000000000800188150000786C2F7374796C65732E786D6C504B01021403140000000800631A875DB747EB8AC0000000160200000B000000000000000000000080011D1900005F72656C732F2E72656C73504B01021403140000000800631A875DD489692CD7020000D70B00000F00000000000000000000008001061A0000786C2F776F726B626F6F6B2E786D6C504B01021403140000000800631A875D49CA0B6EC2000000B10300001A000000000000000000000080010A1D0000786C2F5F72656C732F776F726B626F6F6B2E786D6C2E72656C73504B01021403140000000800631A875DD393BFE428010000720500001300000000000000000000008001041E00005B436F6E74656E745F54797065735D2E786D6C504B0506000000000C000C00100300005D1F00000000',NULL,'2026-12-07 03:25:10.000000',1,1,'2026-12-07 03:25:10.924360','2026-12-07 03:25:10.924362');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,1,'2026-12-07 03:25:06.033806','2026-12-07 03:25:06.033809');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,2,'2026-12-07 03:25:06.033810','2026-12-07 03:25:06.033815');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','low',NULL,3,'2026-12-07 03:25:06.033816','2026-12-07 03:25:06.033816');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,4,'2026-12-07 03:25:06.033817','2026-12-07 03:25:06.033817');
INSERT INTO "risk_marks" VALUES(1,'2026-12-07','communication','high',NULL,5,'2026-12-07 03:25:06.047238','2026-12-07 03:25:06.047241');
INSERT INTO "risk_marks" VALUES(1,'2026-12-07','focus','high',NULL,6,'2026-12-07 03:25:06.047241','2026-12-07 03:25:06.047242');
INSERT INTO "risk_marks" VALUES(1,'2026-12-07','companions','high',NULL,7,'2026-12-07 03:25:06.047242','2026-12-07 03:25:06.047243');
INSERT INTO "risk_marks" VALUES(1,'2026-12-07','funding','low',NULL,8,'2026-12-07 03:25:06.047243','2026-12-07 03:25:06.047244');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-06','2026-12-07','assigned',5,NULL,'',2,1,'2026-12-07 03:25:06.055657','2026-12-07 03:25:06.068226');
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
INSERT INTO "rotation_turns" VALUES('2026-11-17',2,'serve',1,NULL,'',1,'2026-11-17 03:25:04.000000','2026-12-07 03:25:05.744867');
INSERT INTO "rotation_turns" VALUES('2026-11-17',4,'serve',2,NULL,'',2,'2026-11-17 04:25:04.000000','2026-12-07 03:25:10.602655');
INSERT INTO "rotation_turns" VALUES('2026-11-17',5,'serve',3,NULL,'',3,'2026-11-17 05:25:04.000000','2026-12-07 03:25:05.832216');
INSERT INTO "rotation_turns" VALUES('2026-12-07',4,'skip',NULL,NULL,'',4,'2026-12-07 03:25:04.000000','2026-12-07 03:25:06.101446');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',NULL,'同行踩盘','',5,'2026-12-07 03:25:04.000000','2026-12-07 03:25:06.110915');
INSERT INTO "rotation_turns" VALUES('2026-12-07',2,'serve',6,NULL,'',6,'2026-12-07 03:20:10.000000','2026-12-07 03:25:10.343775');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-07 03:25:04.720197','2026-12-07 03:25:04.720201');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-07 03:25:04.730155','2026-12-07 03:25:04.730157');
INSERT INTO "settings" VALUES('database.id','"fd64b586-db16-4851-8481-63aee32f070d"',1,3,'2026-12-07 03:25:06.694124','2026-12-07 03:25:06.694134');
INSERT INTO "settings" VALUES('ids.key_check','"E5Z1KOJrdbUxZWMsdRvxkUrS4q/LcwwLx5R6AgPBo0Y="',1,4,'2026-12-07 03:25:06.695502','2026-12-07 03:25:06.695504');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-07 03:25:09.768050','2026-12-07 03:25:09.768054');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-07 03:25:10.296150','2026-12-07 03:25:10.296153');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-21 01:06:00.000000','','2026-06-20 01:26:00.000000','',1,'2026-06-20 01:06:00.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-21 01:12:00.000000','','2026-06-20 01:32:00.000000','转认购',2,'2026-06-20 01:12:00.000000','2026-12-07 03:25:06.775764',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-21 01:18:00.000000','','2026-06-20 01:38:00.000000','转认购',3,'2026-06-20 01:18:00.000000','2026-12-07 03:25:06.829606',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-21 01:24:00.000000','','2026-06-20 01:44:00.000000','',4,'2026-06-20 01:24:00.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-21 01:30:00.000000','','2026-06-20 01:50:00.000000','',5,'2026-06-20 01:30:00.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-21 01:36:00.000000','','2026-06-20 01:56:00.000000','转认购',6,'2026-06-20 01:36:00.000000','2026-12-07 03:25:06.981442',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-05 03:25:06.000000','2026-12-07 03:25:08.608081',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-06 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-05 03:25:06.000000','2026-12-07 03:25:08.616055',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-08 01:25:06.000000','',NULL,'',9,'2026-12-07 01:25:06.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 22:25:06.000000','',NULL,'',10,'2026-12-06 22:25:06.000000','2026-12-07 03:25:08.626904',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-07 07:25:06.000000','',NULL,'',11,'2026-12-06 07:25:06.000000','2026-12-07 03:25:08.636261',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 21:25:06.000000','','2026-12-06 21:25:06.000000','',12,'2026-12-05 21:25:06.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-06 03:25:06.000000','','2026-12-06 03:25:06.000000','',13,'2026-12-05 03:25:06.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-05 03:25:06.000000','','2026-12-05 03:25:06.000000','',14,'2026-12-04 03:25:06.000000','2026-12-07 03:25:10.592205',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-09 03:25:09.000000','',NULL,'',15,'2026-12-07 03:25:09.000000','2026-12-07 03:25:09.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-07 03:25:06.458143','2026-12-07 03:25:09.729972');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-07 03:25:06.458143','2026-12-07 03:25:08.636075');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-07 03:25:06.458143','2026-12-07 03:25:09.781787');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-07 03:25:06.458143','2026-12-07 03:25:09.817999');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-07 03:25:06.458143','2026-12-07 03:25:07.116059');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-07 03:25:06.458143','2026-12-07 03:25:08.623232');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-07 03:25:06.458143','2026-12-07 03:25:08.374856');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-07 03:25:06.458143','2026-12-07 03:25:09.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-07 03:25:06.458143','2026-12-07 03:25:07.283907');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-07 03:25:06.458143','2026-12-07 03:25:07.233474');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-07 03:25:06.458143','2026-12-07 03:25:08.481827');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-07 03:25:06.458143','2026-12-07 03:25:07.932001');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-07 03:25:06.458143','2026-12-07 03:25:07.854440');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-07 03:25:06.458143','2026-12-07 03:25:06.458143');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-07 03:25:06.466179','2026-12-07 03:25:08.626730');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-07 03:25:06.466179','2026-12-07 03:25:08.007627');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-07 03:25:06.466179','2026-12-07 03:25:08.162166');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-07 03:25:06.466179','2026-12-07 03:25:08.447849');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-07 03:25:06.466179','2026-12-07 03:25:08.193471');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-07 03:25:06.466179','2026-12-07 03:25:06.466179');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.427395');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.219628');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.314773');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-07 03:25:06.477816','2026-12-07 03:25:09.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-07 03:25:06.477816','2026-12-07 03:25:07.347452');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-07 03:25:06.477816','2026-12-07 03:25:07.439253');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-07 03:25:06.477816','2026-12-07 03:25:09.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.279789');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-07 03:25:06.477816','2026-12-07 03:25:07.525180');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.253622');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.340887');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.058161');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.615869');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-07 03:25:06.477816','2026-12-07 03:25:08.607448');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-07 03:25:06.477816','2026-12-07 03:25:06.477816');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-07 03:25:04.558504','2026-12-07 03:25:04.558510');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-07 03:25:04.699181','2026-12-07 03:25:04.699184');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-07 03:25:04.711039','2026-12-07 03:25:04.711041');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-07 03:25:04.711042','2026-12-07 03:25:04.711042');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-07 03:25:04.938729','2026-12-07 03:25:04.938731');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-07 03:25:04.940949','2026-12-07 03:25:04.940958');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-07 03:25:04.940958','2026-12-07 03:25:04.940959');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-07 03:25:04.951430','2026-12-07 03:25:04.951432');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-07 03:25:06.415409','2026-12-07 03:25:06.415411');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-07 03:25:06.417730','2026-12-07 03:25:06.417732');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-07 03:25:06.419394','2026-12-07 03:25:06.419396');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-07 03:25:06.420971','2026-12-07 03:25:06.420972');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-07 03:25:06.431029','2026-12-07 03:25:06.431031');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$ewI6QWbSkUyiSc0D5bf3Ow==$PwzRYPtcgfmrM+V0WnH9OVDgIIJLrdHUrCewRCWMWFU=',1,0,NULL,1,1,'2026-12-07 03:25:04.552634','2026-12-07 03:25:04.552640');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$YaTU6/FhsMFJxCHPcv5cJw==$OuvwEX4PiU6ncdfEUJZ0tVff13KMpjfIbHTzzGKykK4=',1,1,NULL,1,2,'2026-12-07 03:25:04.698620','2026-12-07 03:25:04.698625');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-07 03:25:04.709915','2026-12-07 03:25:04.709920');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-07 03:25:04.938123','2026-12-07 03:25:04.938132');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-07 03:25:04.940664','2026-12-07 03:25:04.940666');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-07 03:25:04.951217','2026-12-07 03:25:04.951219');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-07 03:25:06.415071','2026-12-07 03:25:06.415085');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-07 03:25:06.417466','2026-12-07 03:25:06.417469');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-07 03:25:06.419194','2026-12-07 03:25:06.419196');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-07 03:25:06.420770','2026-12-07 03:25:06.420772');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-07 03:25:06.430835','2026-12-07 03:25:06.430837');
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
INSERT INTO "visits" VALUES(1,'2026-11-17 03:25:04.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-07 03:25:05.731484','2026-12-07 03:25:05.731486');
INSERT INTO "visits" VALUES(2,'2026-11-17 04:25:04.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-07 03:25:05.778979','2026-12-07 03:25:10.584083');
INSERT INTO "visits" VALUES(3,'2026-11-17 05:25:04.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-07 03:25:05.829874','2026-12-07 03:25:05.829876');
INSERT INTO "visits" VALUES(1,'2026-12-05 03:25:04.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-07 03:25:05.850920','2026-12-07 03:25:05.850922');
INSERT INTO "visits" VALUES(2,'2026-12-05 03:25:04.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-07 03:25:05.876232','2026-12-07 03:25:10.584083');
INSERT INTO "visits" VALUES(4,'2026-12-07 03:20:10.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-07 03:25:10.341224','2026-12-07 03:25:10.341233');
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
CREATE INDEX ix_report_runs_kind ON report_runs (kind, period_on);
COMMIT;
