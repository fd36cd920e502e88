BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0013_changes');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 14:56:43.659075','2026-12-06 14:56:43.659080');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 14:56:43.659082','2026-12-06 14:56:43.659083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 14:56:43.862283','2026-12-06 14:56:43.862286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 14:56:43.862287','2026-12-06 14:56:43.862287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 14:56:43.870151','2026-12-06 14:56:43.870155');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 14:56:43.870156','2026-12-06 14:56:43.870156');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 14:56:43.870157','2026-12-06 14:56:43.870158');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 14:56:43.883417','2026-12-06 14:56:43.883420');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 14:56:43.884364','2026-12-06 14:56:43.884366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 14:56:43.905497','2026-12-06 14:56:43.905501');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,11,'2026-12-06 14:56:43.914907','2026-12-06 14:56:43.914911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-12-06 14:56:43.914912','2026-12-06 14:56:43.914913');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 14:56:43.914914','2026-12-06 14:56:43.914914');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 14:56:44.261944','2026-12-06 14:56:44.261947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 14:56:44.261948','2026-12-06 14:56:44.261949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 14:56:44.264348','2026-12-06 14:56:44.264351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 14:56:44.264353','2026-12-06 14:56:44.264354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 14:56:44.264355','2026-12-06 14:56:44.264356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 14:56:44.278351','2026-12-06 14:56:44.278353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 14:56:44.278354','2026-12-06 14:56:44.278355');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-16；顾问=2；顺序=1',NULL,21,'2026-12-06 14:56:44.317858','2026-12-06 14:56:44.317861');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-16；顾问=4；顺序=2',NULL,22,'2026-12-06 14:56:44.317862','2026-12-06 14:56:44.317863');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-16；顾问=5；顺序=3',NULL,23,'2026-12-06 14:56:44.317863','2026-12-06 14:56:44.317864');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 14:56:44 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 14:56:44.964754','2026-12-06 14:56:44.964759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 14:56:44.991812','2026-12-06 14:56:44.991815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 14:56:44 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 14:56:44.991816','2026-12-06 14:56:44.991817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-16',NULL,27,'2026-12-06 14:56:44.991818','2026-12-06 14:56:44.991819');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-16；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 14:56:44.999437','2026-12-06 14:56:44.999440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-06 14:56:45.017430','2026-12-06 14:56:45.017434');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-06 14:56:45.029975','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-06 14:56:45.032109','2026-12-06 14:56:49.919755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-06 14:56:45.032113','2026-12-06 14:56:49.918642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-06 14:56:45.032115','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-11-16；顾问=4；类型=''接待''；来访编号=2；备注=''''',NULL,34,'2026-12-06 14:56:45.045862','2026-12-06 14:56:45.045865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,35,'2026-12-06 14:56:45.045866','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 16:56:44 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,36,'2026-12-06 14:56:45.071400','2026-12-06 14:56:45.071404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,37,'2026-12-06 14:56:45.083765','2026-12-06 14:56:45.083768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 16:56:44 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,38,'2026-12-06 14:56:45.083769','2026-12-06 14:56:45.083770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,39,'2026-12-06 14:56:45.083771','2026-12-06 14:56:45.083771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 14:56:44 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,40,'2026-12-06 14:56:45.099463','2026-12-06 14:56:45.099466');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-16 → 2027-01-03',NULL,41,'2026-12-06 14:56:45.099467','2026-12-06 14:56:45.099468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 14:56:44 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,42,'2026-12-06 14:56:45.132833','2026-12-06 14:56:45.132837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,43,'2026-12-06 14:56:45.135179','2026-12-06 14:56:49.919755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,44,'2026-12-06 14:56:45.135182','2026-12-06 14:56:49.918642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-03',NULL,45,'2026-12-06 14:56:45.135183','2026-12-06 14:56:45.135184');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,46,'2026-12-06 14:56:45.173834','2026-12-06 14:56:45.173837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 14:56:44 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,47,'2026-12-06 14:56:45.173838','2026-12-06 14:56:45.173839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,48,'2026-12-06 14:56:45.173839','2026-12-06 14:56:45.173840');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,49,'2026-12-06 14:56:45.187341','2026-12-06 14:56:45.187344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,50,'2026-12-06 14:56:45.206336','2026-12-06 14:56:49.919185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,51,'2026-12-06 14:56:45.206345','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,52,'2026-12-06 14:56:45.230264','2026-12-06 14:56:49.923806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,53,'2026-12-06 14:56:45.238777','2026-12-06 14:56:49.919185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-03；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 14:56:44 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,54,'2026-12-06 14:56:45.328444','2026-12-06 14:56:45.328447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',55,'2026-12-06 14:56:45.328449','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,56,'2026-12-06 14:56:45.340432','2026-12-06 14:56:45.340436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,57,'2026-12-06 14:56:45.346460','2026-12-06 14:56:45.346463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,58,'2026-12-06 14:56:45.346464','2026-12-06 14:56:45.346465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,59,'2026-12-06 14:56:45.346466','2026-12-06 14:56:45.346467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,60,'2026-12-06 14:56:45.346468','2026-12-06 14:56:45.346468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,61,'2026-12-06 14:56:45.358877','2026-12-06 14:56:45.358882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,62,'2026-12-06 14:56:45.358883','2026-12-06 14:56:45.358884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,63,'2026-12-06 14:56:45.358885','2026-12-06 14:56:45.358886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,64,'2026-12-06 14:56:45.358888','2026-12-06 14:56:45.358888');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,65,'2026-12-06 14:56:45.365541','2026-12-06 14:56:45.365545');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,66,'2026-12-06 14:56:45.372365','2026-12-06 14:56:45.372368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,67,'2026-12-06 14:56:45.375965','2026-12-06 14:56:45.375968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-06；顾问=4；顺序=1',NULL,68,'2026-12-06 14:56:45.383737','2026-12-06 14:56:45.383740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-06；顾问=2；顺序=2',NULL,69,'2026-12-06 14:56:45.383741','2026-12-06 14:56:45.383741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-06；顾问=5；顺序=3',NULL,70,'2026-12-06 14:56:45.383742','2026-12-06 14:56:45.383743');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-12-06；顾问=4；类型=''跳过''；备注=''''',NULL,71,'2026-12-06 14:56:45.390251','2026-12-06 14:56:45.390254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-06；顾问=2；类型=''接待''；备注=''''',NULL,72,'2026-12-06 14:56:45.392145','2026-12-06 14:56:45.392147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',4,'无效原因：（空） → ''同行踩盘''',NULL,73,'2026-12-06 14:56:45.395951','2026-12-06 14:56:45.395954');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,74,'2026-12-06 14:56:45.405608','2026-12-06 14:56:45.405610');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 14:56:44 UTC',NULL,75,'2026-12-06 14:56:45.414888','2026-12-06 14:56:45.414891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,76,'2026-12-06 14:56:45.624230','2026-12-06 14:56:45.624233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,77,'2026-12-06 14:56:45.624234','2026-12-06 14:56:45.624234');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,78,'2026-12-06 14:56:45.630687','2026-12-06 14:56:45.630689');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,79,'2026-12-06 14:56:45.630691','2026-12-06 14:56:45.630691');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,80,'2026-12-06 14:56:45.632465','2026-12-06 14:56:45.632467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,81,'2026-12-06 14:56:45.632468','2026-12-06 14:56:45.632468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,82,'2026-12-06 14:56:45.646941','2026-12-06 14:56:45.646943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,83,'2026-12-06 14:56:45.646945','2026-12-06 14:56:45.646945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,84,'2026-12-06 14:56:45.653066','2026-12-06 14:56:45.653069');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,85,'2026-12-06 14:56:45.653070','2026-12-06 14:56:45.653071');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-20；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-19',NULL,86,'2026-12-06 14:56:45.685128','2026-12-06 14:56:45.685133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,87,'2026-12-06 14:56:45.694650','2026-12-06 14:56:45.694653');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,88,'2026-12-06 14:56:45.694654','2026-12-06 14:56:45.694654');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,89,'2026-12-06 14:56:45.706755','2026-12-06 14:56:45.706758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,90,'2026-12-06 14:56:45.706759','2026-12-06 14:56:45.706760');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-12-06 14:56:45.725449','2026-12-06 14:56:45.725454');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,92,'2026-12-06 14:56:45.725455','2026-12-06 14:56:45.725455');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,93,'2026-12-06 14:56:45.740346','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-21；出纳=8；note=''''；作废原因=''''',NULL,94,'2026-12-06 14:56:45.754934','2026-12-06 14:56:49.952428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,95,'2026-12-06 14:56:45.774546','2026-12-06 14:56:45.774550');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-24；出纳=8；note=''''；作废原因=''''',NULL,96,'2026-12-06 14:56:45.779599','2026-12-06 14:56:45.779603');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,97,'2026-12-06 14:56:45.795901','2026-12-06 14:56:45.795904');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-28；出纳=8；note=''''；作废原因=''''',NULL,98,'2026-12-06 14:56:45.807465','2026-12-06 14:56:45.807469');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,99,'2026-12-06 14:56:45.810956','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-31；出纳=8；note=''''；作废原因=''''',NULL,100,'2026-12-06 14:56:45.819078','2026-12-06 14:56:49.966476');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,101,'2026-12-06 14:56:45.830745','2026-12-06 14:56:45.830747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-04；出纳=8；note=''''；作废原因=''''',NULL,102,'2026-12-06 14:56:45.836915','2026-12-06 14:56:45.836919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,103,'2026-12-06 14:56:45.840239','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-08；出纳=8；note=''''；作废原因=''''',NULL,104,'2026-12-06 14:56:45.851405','2026-12-06 14:56:49.966932');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,105,'2026-12-06 14:56:45.863651','2026-12-06 14:56:45.863653');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-11；出纳=8；note=''''；作废原因=''''',NULL,106,'2026-12-06 14:56:45.874288','2026-12-06 14:56:45.874292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,107,'2026-12-06 14:56:45.882611','2026-12-06 14:56:45.882615');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-15 07:00:00 UTC；closed_by_id：（空） → 7',NULL,108,'2026-12-06 14:56:45.902877','2026-12-06 14:56:45.902879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-16 07:04:00 UTC；closed_by_id：（空） → 8',NULL,109,'2026-12-06 14:56:45.914464','2026-12-06 14:56:45.914468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,110,'2026-12-06 14:56:45.972133','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,111,'2026-12-06 14:56:45.972137','2026-12-06 14:56:45.972138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,112,'2026-12-06 14:56:46.002322','2026-12-06 14:56:46.002327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,113,'2026-12-06 14:56:46.007033','2026-12-06 14:56:46.007037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-19 01:26:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,114,'2026-12-06 14:56:46.029158','2026-12-06 14:56:49.938624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,115,'2026-12-06 14:56:46.029163','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,116,'2026-12-06 14:56:46.031307','2026-12-06 14:56:46.031312');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,117,'2026-12-06 14:56:46.050718','2026-12-06 14:56:46.050722');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,118,'2026-12-06 14:56:46.050724','2026-12-06 14:56:46.050725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,119,'2026-12-06 14:56:46.050726','2026-12-06 14:56:46.050727');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-19 01:26:00 UTC；经办人=4；说明=''''',NULL,120,'2026-12-06 14:56:46.050728','2026-12-06 14:56:46.050729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,121,'2026-12-06 14:56:46.060118','2026-12-06 14:56:46.060122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,122,'2026-12-06 14:56:46.060124','2026-12-06 14:56:46.060125');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,123,'2026-12-06 14:56:46.060126','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,124,'2026-12-06 14:56:46.060128','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,125,'2026-12-06 14:56:46.066685','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-20 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,126,'2026-12-06 14:56:46.076641','2026-12-06 14:56:46.076646');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,127,'2026-12-06 14:56:46.076647','2026-12-06 14:56:46.076648');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-19 01:32:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,128,'2026-12-06 14:56:46.101299','2026-12-06 14:56:46.101304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-19 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,129,'2026-12-06 14:56:46.101305','2026-12-06 14:56:46.101306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,130,'2026-12-06 14:56:46.102880','2026-12-06 14:56:46.102883');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,131,'2026-12-06 14:56:46.110008','2026-12-06 14:56:46.110012');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,132,'2026-12-06 14:56:46.110013','2026-12-06 14:56:46.110014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,133,'2026-12-06 14:56:46.110014','2026-12-06 14:56:46.110015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-19 01:32:00 UTC；经办人=2；说明=''''',NULL,134,'2026-12-06 14:56:46.110016','2026-12-06 14:56:46.110016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,135,'2026-12-06 14:56:46.112443','2026-12-06 14:56:46.112447');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,136,'2026-12-06 14:56:46.112449','2026-12-06 14:56:46.112450');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,137,'2026-12-06 14:56:46.112451','2026-12-06 14:56:46.112453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-20 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,138,'2026-12-06 14:56:46.131144','2026-12-06 14:56:46.131148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,139,'2026-12-06 14:56:46.131150','2026-12-06 14:56:46.131151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-19 01:38:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,140,'2026-12-06 14:56:46.155196','2026-12-06 14:56:46.155200');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-19 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,141,'2026-12-06 14:56:46.155201','2026-12-06 14:56:46.155202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,142,'2026-12-06 14:56:46.156297','2026-12-06 14:56:46.156298');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,143,'2026-12-06 14:56:46.161814','2026-12-06 14:56:46.161817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,144,'2026-12-06 14:56:46.161818','2026-12-06 14:56:46.161818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,145,'2026-12-06 14:56:46.161819','2026-12-06 14:56:46.161820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-19 01:38:00 UTC；经办人=2；说明=''''',NULL,146,'2026-12-06 14:56:46.161820','2026-12-06 14:56:46.161821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,147,'2026-12-06 14:56:46.163933','2026-12-06 14:56:46.163937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,148,'2026-12-06 14:56:46.163939','2026-12-06 14:56:46.163940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,149,'2026-12-06 14:56:46.163940','2026-12-06 14:56:46.163941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,150,'2026-12-06 14:56:46.190742','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,151,'2026-12-06 14:56:46.190746','2026-12-06 14:56:46.190746');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-19 01:44:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,152,'2026-12-06 14:56:46.210640','2026-12-06 14:56:49.939416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,153,'2026-12-06 14:56:46.210646','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,154,'2026-12-06 14:56:46.220576','2026-12-06 14:56:46.220582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,155,'2026-12-06 14:56:46.229054','2026-12-06 14:56:46.229059');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,156,'2026-12-06 14:56:46.229060','2026-12-06 14:56:46.229061');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,157,'2026-12-06 14:56:46.229062','2026-12-06 14:56:46.229063');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-19 01:44:00 UTC；经办人=4；说明=''''',NULL,158,'2026-12-06 14:56:46.229065','2026-12-06 14:56:46.229065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,159,'2026-12-06 14:56:46.231482','2026-12-06 14:56:46.231485');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,160,'2026-12-06 14:56:46.231486','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,161,'2026-12-06 14:56:46.231487','2026-12-06 14:56:46.231487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,162,'2026-12-06 14:56:46.232419','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,163,'2026-12-06 14:56:46.250468','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,164,'2026-12-06 14:56:46.250476','2026-12-06 14:56:46.250477');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-19 01:50:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,165,'2026-12-06 14:56:46.273171','2026-12-06 14:56:49.939871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,166,'2026-12-06 14:56:46.273176','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,167,'2026-12-06 14:56:46.274815','2026-12-06 14:56:46.274820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,168,'2026-12-06 14:56:46.286721','2026-12-06 14:56:46.286726');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,169,'2026-12-06 14:56:46.286727','2026-12-06 14:56:46.286729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,170,'2026-12-06 14:56:46.286730','2026-12-06 14:56:46.286731');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-19 01:50:00 UTC；经办人=4；说明=''''',NULL,171,'2026-12-06 14:56:46.286733','2026-12-06 14:56:46.286734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,172,'2026-12-06 14:56:46.293712','2026-12-06 14:56:46.293717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,173,'2026-12-06 14:56:46.293718','2026-12-06 14:56:49.926308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,174,'2026-12-06 14:56:46.293720','2026-12-06 14:56:46.293721');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,175,'2026-12-06 14:56:46.294958','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-20 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,176,'2026-12-06 14:56:46.308432','2026-12-06 14:56:46.308436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,177,'2026-12-06 14:56:46.308438','2026-12-06 14:56:46.308439');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-19 01:56:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,178,'2026-12-06 14:56:46.331553','2026-12-06 14:56:46.331558');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-19 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,179,'2026-12-06 14:56:46.331560','2026-12-06 14:56:46.331560');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,180,'2026-12-06 14:56:46.335039','2026-12-06 14:56:46.335042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,181,'2026-12-06 14:56:46.343127','2026-12-06 14:56:46.343132');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,182,'2026-12-06 14:56:46.343133','2026-12-06 14:56:46.343134');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,183,'2026-12-06 14:56:46.343135','2026-12-06 14:56:46.343136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-19 01:56:00 UTC；经办人=2；说明=''''',NULL,184,'2026-12-06 14:56:46.343137','2026-12-06 14:56:46.343138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,185,'2026-12-06 14:56:46.349962','2026-12-06 14:56:46.349967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,186,'2026-12-06 14:56:46.349968','2026-12-06 14:56:46.349969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,187,'2026-12-06 14:56:46.349970','2026-12-06 14:56:46.349971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,188,'2026-12-06 14:56:46.367301','2026-12-06 14:56:46.367305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,189,'2026-12-06 14:56:46.374615','2026-12-06 14:56:49.967274');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-02',NULL,190,'2026-12-06 14:56:46.382814','2026-12-06 14:56:46.383018');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-02；出纳=8；note=''''；作废原因=''''',NULL,191,'2026-12-06 14:56:46.384174','2026-12-06 14:56:49.967587');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-25 04:46:00 UTC；经办人=7；说明=''''',NULL,192,'2026-12-06 14:56:46.399677','2026-12-06 14:56:46.399680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062513349''；签约时间：（空） → 2026-06-25 04:46:00 UTC',NULL,193,'2026-12-06 14:56:46.399681','2026-12-06 14:56:46.399682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,194,'2026-12-06 14:56:46.406896','2026-12-06 14:56:46.406905');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,195,'2026-12-06 14:56:46.422458','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,196,'2026-12-06 14:56:46.422462','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,197,'2026-12-06 14:56:46.422464','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,198,'2026-12-06 14:56:46.426708','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-04 02:25:00 UTC；经办人=7；说明=''''',NULL,199,'2026-12-06 14:56:46.434201','2026-12-06 14:56:46.434203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-04',NULL,200,'2026-12-06 14:56:46.434204','2026-12-06 14:56:46.434205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-10 01:07:00 UTC；经办人=10；说明=''''',NULL,201,'2026-12-06 14:56:46.441831','2026-12-06 14:56:46.441835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,202,'2026-12-06 14:56:46.441837','2026-12-06 14:56:46.441838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-15 04:39:00 UTC；经办人=10；说明=''''',NULL,203,'2026-12-06 14:56:46.448953','2026-12-06 14:56:46.448958');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,204,'2026-12-06 14:56:46.448959','2026-12-06 14:56:46.448960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-25 03:18:00 UTC；经办人=10；说明=''''',NULL,205,'2026-12-06 14:56:46.451479','2026-12-06 14:56:46.451481');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,206,'2026-12-06 14:56:46.451482','2026-12-06 14:56:46.451483');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-03 03:11:00 UTC；经办人=10；说明=''''',NULL,207,'2026-12-06 14:56:46.457747','2026-12-06 14:56:46.457749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,208,'2026-12-06 14:56:46.457750','2026-12-06 14:56:46.457751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-19 03:26:00 UTC；经办人=10；说明=''''',NULL,209,'2026-12-06 14:56:46.465042','2026-12-06 14:56:46.465049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,210,'2026-12-06 14:56:46.465050','2026-12-06 14:56:46.465051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-19',NULL,211,'2026-12-06 14:56:46.468235','2026-12-06 14:56:46.468239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,212,'2026-12-06 14:56:46.471437','2026-12-06 14:56:46.471442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,213,'2026-12-06 14:56:46.498258','2026-12-06 14:56:46.498260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,214,'2026-12-06 14:56:46.498261','2026-12-06 14:56:46.498262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-18；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,215,'2026-12-06 14:56:46.501872','2026-12-06 14:56:46.501877');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-18 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,216,'2026-12-06 14:56:46.501879','2026-12-06 14:56:46.501880');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-18 01:35:00 UTC',NULL,217,'2026-12-06 14:56:46.501881','2026-12-06 14:56:46.501882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,218,'2026-12-06 14:56:46.503648','2026-12-06 14:56:46.503650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-24',NULL,219,'2026-12-06 14:56:46.509894','2026-12-06 14:56:46.509897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-24；出纳=8；note=''''；作废原因=''''',NULL,220,'2026-12-06 14:56:46.510625','2026-12-06 14:56:49.967917');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,221,'2026-12-06 14:56:46.523860','2026-12-06 14:56:46.523865');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,222,'2026-12-06 14:56:46.525052','2026-12-06 14:56:46.525056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-03',NULL,223,'2026-12-06 14:56:46.537373','2026-12-06 14:56:46.537377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,224,'2026-12-06 14:56:46.538126','2026-12-06 14:56:46.538128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-22 06:31:00 UTC；经办人=7；说明=''''',NULL,225,'2026-12-06 14:56:46.547436','2026-12-06 14:56:46.547440');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062299846''；签约时间：（空） → 2026-06-22 06:31:00 UTC',NULL,226,'2026-12-06 14:56:46.547441','2026-12-06 14:56:46.547442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,227,'2026-12-06 14:56:46.554750','2026-12-06 14:56:46.554754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-22 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,228,'2026-12-06 14:56:46.561905','2026-12-06 14:56:46.561908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,229,'2026-12-06 14:56:46.561910','2026-12-06 14:56:46.561910');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,230,'2026-12-06 14:56:46.561911','2026-12-06 14:56:46.561912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-01 06:41:00 UTC；经办人=7；说明=''''',NULL,231,'2026-12-06 14:56:46.567351','2026-12-06 14:56:46.567354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-01',NULL,232,'2026-12-06 14:56:46.567355','2026-12-06 14:56:46.567356');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-06 01:08:00 UTC；经办人=10；说明=''''',NULL,233,'2026-12-06 14:56:46.574301','2026-12-06 14:56:46.574306');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,234,'2026-12-06 14:56:46.574307','2026-12-06 14:56:46.574308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-13 03:36:00 UTC；经办人=10；说明=''''',NULL,235,'2026-12-06 14:56:46.581558','2026-12-06 14:56:46.581563');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,236,'2026-12-06 14:56:46.581564','2026-12-06 14:56:46.581565');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-27 05:58:00 UTC；经办人=10；说明=''''',NULL,237,'2026-12-06 14:56:46.583778','2026-12-06 14:56:46.583780');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,238,'2026-12-06 14:56:46.583781','2026-12-06 14:56:46.583782');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-06 09:39:00 UTC；经办人=10；说明=''''',NULL,239,'2026-12-06 14:56:46.589980','2026-12-06 14:56:46.589984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,240,'2026-12-06 14:56:46.589985','2026-12-06 14:56:46.589986');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-19 05:04:00 UTC；经办人=10；说明=''''',NULL,241,'2026-12-06 14:56:46.597313','2026-12-06 14:56:46.597318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,242,'2026-12-06 14:56:46.597320','2026-12-06 14:56:46.597321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-19',NULL,243,'2026-12-06 14:56:46.599606','2026-12-06 14:56:46.599609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,244,'2026-12-06 14:56:46.600333','2026-12-06 14:56:46.600335');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,245,'2026-12-06 14:56:46.617224','2026-12-06 14:56:46.617226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,246,'2026-12-06 14:56:46.617227','2026-12-06 14:56:46.617228');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-14；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,247,'2026-12-06 14:56:46.619245','2026-12-06 14:56:46.619250');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-14 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,248,'2026-12-06 14:56:46.619251','2026-12-06 14:56:46.619252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-14 05:33:00 UTC',NULL,249,'2026-12-06 14:56:46.619253','2026-12-06 14:56:46.619254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,250,'2026-12-06 14:56:46.624450','2026-12-06 14:56:46.624455');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-19',NULL,251,'2026-12-06 14:56:46.632595','2026-12-06 14:56:46.632599');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-19；出纳=8；note=''''；作废原因=''''',NULL,252,'2026-12-06 14:56:46.633480','2026-12-06 14:56:46.633482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-19',NULL,253,'2026-12-06 14:56:46.643299','2026-12-06 14:56:46.643303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,254,'2026-12-06 14:56:46.644182','2026-12-06 14:56:46.644185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-29',NULL,255,'2026-12-06 14:56:46.652409','2026-12-06 14:56:46.652414');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,256,'2026-12-06 14:56:46.658317','2026-12-06 14:56:46.658321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-24 05:15:00 UTC；经办人=7；说明=''''',NULL,257,'2026-12-06 14:56:46.674571','2026-12-06 14:56:46.674576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062487853''；签约时间：（空） → 2026-06-24 05:15:00 UTC',NULL,258,'2026-12-06 14:56:46.674577','2026-12-06 14:56:46.674578');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,259,'2026-12-06 14:56:46.677396','2026-12-06 14:56:46.677398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-24 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,260,'2026-12-06 14:56:46.685490','2026-12-06 14:56:46.685495');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-25 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,261,'2026-12-06 14:56:46.685496','2026-12-06 14:56:46.685497');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-26 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,262,'2026-12-06 14:56:46.685498','2026-12-06 14:56:46.685499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-03 08:30:00 UTC；经办人=7；说明=''''',NULL,263,'2026-12-06 14:56:46.688642','2026-12-06 14:56:46.688644');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-03',NULL,264,'2026-12-06 14:56:46.688645','2026-12-06 14:56:46.688646');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-08 02:50:00 UTC；经办人=10；说明=''''',NULL,265,'2026-12-06 14:56:46.690796','2026-12-06 14:56:46.690800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,266,'2026-12-06 14:56:46.690801','2026-12-06 14:56:46.690802');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-17 01:34:00 UTC；经办人=10；说明=''''',NULL,267,'2026-12-06 14:56:46.698500','2026-12-06 14:56:46.698503');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,268,'2026-12-06 14:56:46.698505','2026-12-06 14:56:46.698505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-30 01:54:00 UTC；经办人=10；说明=''''',NULL,269,'2026-12-06 14:56:46.701101','2026-12-06 14:56:46.701103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,270,'2026-12-06 14:56:46.701105','2026-12-06 14:56:46.701105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-06 07:43:00 UTC；经办人=10；说明=''''',NULL,271,'2026-12-06 14:56:46.707200','2026-12-06 14:56:46.707203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,272,'2026-12-06 14:56:46.707204','2026-12-06 14:56:46.707205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,273,'2026-12-06 14:56:46.711286','2026-12-06 14:56:46.711289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,274,'2026-12-06 14:56:46.712052','2026-12-06 14:56:49.968222');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-28',NULL,275,'2026-12-06 14:56:46.722915','2026-12-06 14:56:46.722919');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-28；出纳=8；note=''''；作废原因=''''',NULL,276,'2026-12-06 14:56:46.723613','2026-12-06 14:56:49.974970');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-23 08:15:00 UTC；经办人=7；说明=''''',NULL,277,'2026-12-06 14:56:46.733845','2026-12-06 14:56:46.733849');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062356438''；签约时间：（空） → 2026-06-23 08:15:00 UTC',NULL,278,'2026-12-06 14:56:46.733850','2026-12-06 14:56:46.733851');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,279,'2026-12-06 14:56:46.735882','2026-12-06 14:56:46.735884');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,280,'2026-12-06 14:56:46.740218','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,281,'2026-12-06 14:56:46.740222','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,282,'2026-12-06 14:56:46.740224','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,283,'2026-12-06 14:56:46.743103','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-01 06:59:00 UTC；经办人=7；说明=''''',NULL,284,'2026-12-06 14:56:46.746750','2026-12-06 14:56:46.746753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-01',NULL,285,'2026-12-06 14:56:46.746754','2026-12-06 14:56:46.746755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-08 06:50:00 UTC；经办人=10；说明=''''',NULL,286,'2026-12-06 14:56:46.750587','2026-12-06 14:56:46.750591');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,287,'2026-12-06 14:56:46.750592','2026-12-06 14:56:46.750594');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-16 07:08:00 UTC；经办人=10；说明=''''',NULL,288,'2026-12-06 14:56:46.756420','2026-12-06 14:56:46.756424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,289,'2026-12-06 14:56:46.756426','2026-12-06 14:56:46.756427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-28 05:51:00 UTC；经办人=10；说明=''''',NULL,290,'2026-12-06 14:56:46.758690','2026-12-06 14:56:46.758693');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,291,'2026-12-06 14:56:46.758694','2026-12-06 14:56:46.758694');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-06 06:33:00 UTC；经办人=10；说明=''''',NULL,292,'2026-12-06 14:56:46.767850','2026-12-06 14:56:46.767855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,293,'2026-12-06 14:56:46.767856','2026-12-06 14:56:46.767858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-18 04:47:00 UTC；经办人=10；说明=''''',NULL,294,'2026-12-06 14:56:46.771767','2026-12-06 14:56:46.771771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,295,'2026-12-06 14:56:46.771773','2026-12-06 14:56:46.771774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-18',NULL,296,'2026-12-06 14:56:46.774209','2026-12-06 14:56:46.774213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-18；出纳=8；note=''''；作废原因=''''',NULL,297,'2026-12-06 14:56:46.774953','2026-12-06 14:56:46.774955');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,298,'2026-12-06 14:56:46.787569','2026-12-06 14:56:46.787574');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,299,'2026-12-06 14:56:46.790311','2026-12-06 14:56:49.975720');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-20 03:00:00 UTC',NULL,300,'2026-12-06 14:56:46.801231','2026-12-06 14:56:46.801235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-03',NULL,301,'2026-12-06 14:56:46.803088','2026-12-06 14:56:46.803091');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,302,'2026-12-06 14:56:46.808746','2026-12-06 14:56:49.976350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-25 02:27:00 UTC；经办人=7；说明=''''',NULL,303,'2026-12-06 14:56:46.818964','2026-12-06 14:56:46.818969');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062555680''；签约时间：（空） → 2026-06-25 02:27:00 UTC',NULL,304,'2026-12-06 14:56:46.818970','2026-12-06 14:56:46.818971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,305,'2026-12-06 14:56:46.825692','2026-12-06 14:56:46.825695');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,306,'2026-12-06 14:56:46.831488','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,307,'2026-12-06 14:56:46.831491','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,308,'2026-12-06 14:56:46.831493','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,309,'2026-12-06 14:56:46.837033','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-04 05:56:00 UTC；经办人=7；说明=''''',NULL,310,'2026-12-06 14:56:46.839392','2026-12-06 14:56:46.839397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-04',NULL,311,'2026-12-06 14:56:46.839399','2026-12-06 14:56:46.839400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-11 07:20:00 UTC；经办人=10；说明=''''',NULL,312,'2026-12-06 14:56:46.847125','2026-12-06 14:56:46.847129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,313,'2026-12-06 14:56:46.847132','2026-12-06 14:56:46.847133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-19 08:06:00 UTC；经办人=10；说明=''''',NULL,314,'2026-12-06 14:56:46.853839','2026-12-06 14:56:46.853841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,315,'2026-12-06 14:56:46.853842','2026-12-06 14:56:46.853843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-30 03:41:00 UTC；经办人=10；说明=''''',NULL,316,'2026-12-06 14:56:46.856012','2026-12-06 14:56:46.856017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,317,'2026-12-06 14:56:46.856019','2026-12-06 14:56:46.856020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-06 02:23:00 UTC；经办人=10；说明=''''',NULL,318,'2026-12-06 14:56:46.863509','2026-12-06 14:56:46.863514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,319,'2026-12-06 14:56:46.863516','2026-12-06 14:56:46.863517');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-21 08:09:00 UTC；经办人=10；说明=''''',NULL,320,'2026-12-06 14:56:46.875052','2026-12-06 14:56:46.875056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,321,'2026-12-06 14:56:46.875057','2026-12-06 14:56:46.875058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-21',NULL,322,'2026-12-06 14:56:46.885281','2026-12-06 14:56:46.885286');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-21；出纳=8；note=''''；作废原因=''''',NULL,323,'2026-12-06 14:56:46.886449','2026-12-06 14:56:46.886453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,324,'2026-12-06 14:56:46.895760','2026-12-06 14:56:46.895765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,325,'2026-12-06 14:56:46.904931','2026-12-06 14:56:46.904934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-04',NULL,326,'2026-12-06 14:56:46.921848','2026-12-06 14:56:46.921851');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,327,'2026-12-06 14:56:46.922820','2026-12-06 14:56:46.922825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-22 04:03:00 UTC；经办人=7；说明=''''',NULL,328,'2026-12-06 14:56:46.945001','2026-12-06 14:56:46.945006');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062258361''；签约时间：（空） → 2026-06-22 04:03:00 UTC',NULL,329,'2026-12-06 14:56:46.945008','2026-12-06 14:56:46.945009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,330,'2026-12-06 14:56:46.948105','2026-12-06 14:56:46.948109');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-22 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,331,'2026-12-06 14:56:46.960285','2026-12-06 14:56:46.960287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,332,'2026-12-06 14:56:46.960288','2026-12-06 14:56:46.960289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,333,'2026-12-06 14:56:46.960290','2026-12-06 14:56:46.960291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-28 08:30:00 UTC；经办人=7；说明=''''',NULL,334,'2026-12-06 14:56:46.970337','2026-12-06 14:56:46.970339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-28',NULL,335,'2026-12-06 14:56:46.970340','2026-12-06 14:56:46.970341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-02 02:50:00 UTC；经办人=10；说明=''''',NULL,336,'2026-12-06 14:56:46.984748','2026-12-06 14:56:46.984752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,337,'2026-12-06 14:56:46.984754','2026-12-06 14:56:46.984755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-09 05:29:00 UTC；经办人=10；说明=''''',NULL,338,'2026-12-06 14:56:46.987379','2026-12-06 14:56:46.987382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,339,'2026-12-06 14:56:46.987383','2026-12-06 14:56:46.987384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-20 03:02:00 UTC；经办人=10；说明=''''',NULL,340,'2026-12-06 14:56:46.997747','2026-12-06 14:56:46.997750');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,341,'2026-12-06 14:56:46.997751','2026-12-06 14:56:46.997751');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-27 01:36:00 UTC；经办人=10；说明=''''',NULL,342,'2026-12-06 14:56:46.999824','2026-12-06 14:56:46.999828');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,343,'2026-12-06 14:56:46.999829','2026-12-06 14:56:46.999831');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-09 02:39:00 UTC；经办人=10；说明=''''',NULL,344,'2026-12-06 14:56:47.010425','2026-12-06 14:56:47.010429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,345,'2026-12-06 14:56:47.010431','2026-12-06 14:56:47.010432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-09',NULL,346,'2026-12-06 14:56:47.020917','2026-12-06 14:56:47.020923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''',NULL,347,'2026-12-06 14:56:47.022103','2026-12-06 14:56:47.022107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-20 04:49:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,348,'2026-12-06 14:56:47.055031','2026-12-06 14:56:49.940241');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,349,'2026-12-06 14:56:47.060780','2026-12-06 14:56:47.060784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,350,'2026-12-06 14:56:47.063762','2026-12-06 14:56:47.063765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-05；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,351,'2026-12-06 14:56:47.063765','2026-12-06 14:56:47.063766');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-19；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,352,'2026-12-06 14:56:47.063767','2026-12-06 14:56:47.063767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-20 04:49:00 UTC；经办人=4；说明=''''',NULL,353,'2026-12-06 14:56:47.063768','2026-12-06 14:56:47.063768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,354,'2026-12-06 14:56:47.077578','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-20',NULL,355,'2026-12-06 14:56:47.080159','2026-12-06 14:56:47.080162');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,356,'2026-12-06 14:56:47.082161','2026-12-06 14:56:49.978516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,357,'2026-12-06 14:56:47.095764','2026-12-06 14:56:47.095767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,358,'2026-12-06 14:56:47.096475','2026-12-06 14:56:49.978948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-21 08:53:00 UTC；经办人=7；说明=''''',NULL,359,'2026-12-06 14:56:47.117959','2026-12-06 14:56:47.117962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112181882''；签约时间：（空） → 2026-11-21 08:53:00 UTC',NULL,360,'2026-12-06 14:56:47.117963','2026-12-06 14:56:47.117963');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,361,'2026-12-06 14:56:47.120272','2026-12-06 14:56:47.120277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,362,'2026-12-06 14:56:47.141770','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,363,'2026-12-06 14:56:47.141777','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,364,'2026-12-06 14:56:47.141779','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,365,'2026-12-06 14:56:47.143863','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-01 06:06:00 UTC；经办人=7；说明=''''',NULL,366,'2026-12-06 14:56:47.150865','2026-12-06 14:56:47.150867');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-01',NULL,367,'2026-12-06 14:56:47.150869','2026-12-06 14:56:47.150869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-04 04:57:00 UTC；经办人=10；说明=''''',NULL,368,'2026-12-06 14:56:47.161126','2026-12-06 14:56:47.161129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,369,'2026-12-06 14:56:47.161131','2026-12-06 14:56:47.161131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-02 02:43:00 UTC；签约期限=2026-11-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,370,'2026-12-06 14:56:47.171303','2026-12-06 14:56:49.945297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,371,'2026-12-06 14:56:47.182465','2026-12-06 14:56:47.182471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,372,'2026-12-06 14:56:47.193928','2026-12-06 14:56:47.193933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-02；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,373,'2026-12-06 14:56:47.193934','2026-12-06 14:56:47.193936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-02 02:43:00 UTC；经办人=4；说明=''''',NULL,374,'2026-12-06 14:56:47.193937','2026-12-06 14:56:47.193938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,375,'2026-12-06 14:56:47.195747','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-02',NULL,376,'2026-12-06 14:56:47.206857','2026-12-06 14:56:47.206860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-02；出纳=8；note=''''；作废原因=''''',NULL,377,'2026-12-06 14:56:47.207567','2026-12-06 14:56:49.979309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-06 07:03:00 UTC；经办人=7；说明=''''',NULL,378,'2026-12-06 14:56:47.220347','2026-12-06 14:56:47.220351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110650101''；签约时间：（空） → 2026-11-06 07:03:00 UTC',NULL,379,'2026-12-06 14:56:47.220353','2026-12-06 14:56:47.220354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,380,'2026-12-06 14:56:47.230739','2026-12-06 14:56:47.230742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,381,'2026-12-06 14:56:47.240460','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,382,'2026-12-06 14:56:47.240464','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,383,'2026-12-06 14:56:47.240466','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,384,'2026-12-06 14:56:47.250735','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-12 04:11:00 UTC；经办人=7；说明=''''',NULL,385,'2026-12-06 14:56:47.261228','2026-12-06 14:56:47.261233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-12',NULL,386,'2026-12-06 14:56:47.261234','2026-12-06 14:56:47.261235');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,387,'2026-12-06 14:56:47.272832','2026-12-06 14:56:47.272837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,388,'2026-12-06 14:56:47.272838','2026-12-06 14:56:47.272839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-15；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,389,'2026-12-06 14:56:47.284839','2026-12-06 14:56:47.284843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-15；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,390,'2026-12-06 14:56:47.284844','2026-12-06 14:56:47.284845');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-15 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,391,'2026-12-06 14:56:47.284846','2026-12-06 14:56:47.284846');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-15 09:40:00 UTC',NULL,392,'2026-12-06 14:56:47.284847','2026-12-06 14:56:47.284847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,393,'2026-12-06 14:56:47.286280','2026-12-06 14:56:47.286282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-18',NULL,394,'2026-12-06 14:56:47.296547','2026-12-06 14:56:47.296551');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,395,'2026-12-06 14:56:47.297476','2026-12-06 14:56:49.979818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-16',NULL,396,'2026-12-06 14:56:47.309928','2026-12-06 14:56:47.309931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,397,'2026-12-06 14:56:47.311073','2026-12-06 14:56:49.980404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-28 09:34:00 UTC；签约期限=2026-11-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,398,'2026-12-06 14:56:47.338999','2026-12-06 14:56:47.339004');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,399,'2026-12-06 14:56:47.348762','2026-12-06 14:56:47.348767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-28；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,400,'2026-12-06 14:56:47.351898','2026-12-06 14:56:47.351903');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-27；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,401,'2026-12-06 14:56:47.351905','2026-12-06 14:56:47.351906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-28 09:34:00 UTC；经办人=2；说明=''''',NULL,402,'2026-12-06 14:56:47.351907','2026-12-06 14:56:47.351908');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-28',NULL,403,'2026-12-06 14:56:47.363797','2026-12-06 14:56:47.363801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-28；出纳=8；note=''''；作废原因=''''',NULL,404,'2026-12-06 14:56:47.373374','2026-12-06 14:56:47.373379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-10-31 08:14:00 UTC；经办人=7；说明=''''',NULL,405,'2026-12-06 14:56:47.389360','2026-12-06 14:56:47.389365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126103168856''；签约时间：（空） → 2026-10-31 08:14:00 UTC',NULL,406,'2026-12-06 14:56:47.389367','2026-12-06 14:56:47.389369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,407,'2026-12-06 14:56:47.400540','2026-12-06 14:56:47.400545');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-31 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,408,'2026-12-06 14:56:47.412708','2026-12-06 14:56:47.412713');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,409,'2026-12-06 14:56:47.412714','2026-12-06 14:56:47.412715');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,410,'2026-12-06 14:56:47.412716','2026-12-06 14:56:47.412717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-10 02:08:00 UTC；经办人=7；说明=''''',NULL,411,'2026-12-06 14:56:47.415518','2026-12-06 14:56:47.415519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-10',NULL,412,'2026-12-06 14:56:47.415520','2026-12-06 14:56:47.415521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,413,'2026-12-06 14:56:47.432243','2026-12-06 14:56:47.432245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,414,'2026-12-06 14:56:47.432246','2026-12-06 14:56:47.432246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-13；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,415,'2026-12-06 14:56:47.434140','2026-12-06 14:56:47.434144');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-13 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,416,'2026-12-06 14:56:47.434146','2026-12-06 14:56:47.434147');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-13 08:05:00 UTC',NULL,417,'2026-12-06 14:56:47.434148','2026-12-06 14:56:47.434149');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,418,'2026-12-06 14:56:47.436172','2026-12-06 14:56:47.436177');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-19',NULL,419,'2026-12-06 14:56:47.446681','2026-12-06 14:56:47.446686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,420,'2026-12-06 14:56:47.447845','2026-12-06 14:56:47.447849');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-29 08:36:00 UTC；签约期限=2026-09-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,421,'2026-12-06 14:56:47.470255','2026-12-06 14:56:47.470260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,422,'2026-12-06 14:56:47.471511','2026-12-06 14:56:47.471513');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-29；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,423,'2026-12-06 14:56:47.473748','2026-12-06 14:56:47.473753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-28；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,424,'2026-12-06 14:56:47.473754','2026-12-06 14:56:47.473755');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-29 08:36:00 UTC；经办人=2；说明=''''',NULL,425,'2026-12-06 14:56:47.473756','2026-12-06 14:56:47.473757');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-29',NULL,426,'2026-12-06 14:56:47.481714','2026-12-06 14:56:47.481718');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-29；出纳=8；note=''''；作废原因=''''',NULL,427,'2026-12-06 14:56:47.482709','2026-12-06 14:56:47.482712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-22',NULL,428,'2026-12-06 14:56:47.490707','2026-12-06 14:56:47.490711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-22；出纳=8；note=''''；作废原因=''''',NULL,429,'2026-12-06 14:56:47.491821','2026-12-06 14:56:47.491825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-30 05:49:00 UTC；经办人=7；说明=''''',NULL,430,'2026-12-06 14:56:47.504748','2026-12-06 14:56:47.504752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083019420''；签约时间：（空） → 2026-08-30 05:49:00 UTC',NULL,431,'2026-12-06 14:56:47.504753','2026-12-06 14:56:47.504753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,432,'2026-12-06 14:56:47.506882','2026-12-06 14:56:47.506886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-30 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,433,'2026-12-06 14:56:47.522811','2026-12-06 14:56:47.522815');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-31 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,434,'2026-12-06 14:56:47.522816','2026-12-06 14:56:47.522816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-01 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,435,'2026-12-06 14:56:47.522817','2026-12-06 14:56:47.522818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-07 07:48:00 UTC；经办人=7；说明=''''',NULL,436,'2026-12-06 14:56:47.526143','2026-12-06 14:56:47.526148');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-07',NULL,437,'2026-12-06 14:56:47.526149','2026-12-06 14:56:47.526150');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-30 06:41:00 UTC；签约期限=2026-10-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,438,'2026-12-06 14:56:47.539700','2026-12-06 14:56:47.539703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,439,'2026-12-06 14:56:47.548985','2026-12-06 14:56:47.548989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-09-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,440,'2026-12-06 14:56:47.551197','2026-12-06 14:56:47.551199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-15；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,441,'2026-12-06 14:56:47.551200','2026-12-06 14:56:47.551201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-29；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,442,'2026-12-06 14:56:47.551201','2026-12-06 14:56:47.551202');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-09-30 06:41:00 UTC；经办人=2；说明=''''',NULL,443,'2026-12-06 14:56:47.551202','2026-12-06 14:56:47.551203');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-30',NULL,444,'2026-12-06 14:56:47.560737','2026-12-06 14:56:47.560741');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-30；出纳=8；note=''''；作废原因=''''',NULL,445,'2026-12-06 14:56:47.561549','2026-12-06 14:56:47.561551');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-10',NULL,446,'2026-12-06 14:56:47.572689','2026-12-06 14:56:47.572691');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-10；出纳=8；note=''''；作废原因=''''',NULL,447,'2026-12-06 14:56:47.573362','2026-12-06 14:56:47.573364');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-03 08:51:00 UTC；经办人=7；说明=''''',NULL,448,'2026-12-06 14:56:47.587926','2026-12-06 14:56:47.587931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100323964''；签约时间：（空） → 2026-10-03 08:51:00 UTC',NULL,449,'2026-12-06 14:56:47.587932','2026-12-06 14:56:47.587934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,450,'2026-12-06 14:56:47.594305','2026-12-06 14:56:47.594309');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-03 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,451,'2026-12-06 14:56:47.605711','2026-12-06 14:56:47.605714');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-04 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,452,'2026-12-06 14:56:47.605715','2026-12-06 14:56:47.605716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-05 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,453,'2026-12-06 14:56:47.605717','2026-12-06 14:56:47.605717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-12 09:08:00 UTC；经办人=7；说明=''''',NULL,454,'2026-12-06 14:56:47.607945','2026-12-06 14:56:47.607948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-12',NULL,455,'2026-12-06 14:56:47.607950','2026-12-06 14:56:47.607951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-17 02:19:00 UTC；经办人=10；说明=''''',NULL,456,'2026-12-06 14:56:47.623123','2026-12-06 14:56:47.623126');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,457,'2026-12-06 14:56:47.623127','2026-12-06 14:56:47.623128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-23 03:16:00 UTC；经办人=10；说明=''''',NULL,458,'2026-12-06 14:56:47.628438','2026-12-06 14:56:47.628442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,459,'2026-12-06 14:56:47.628443','2026-12-06 14:56:47.628443');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-05 06:18:00 UTC；经办人=10；说明=''''',NULL,460,'2026-12-06 14:56:47.630444','2026-12-06 14:56:47.630446');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,461,'2026-12-06 14:56:47.630447','2026-12-06 14:56:47.630448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-11 02:34:00 UTC；经办人=10；说明=''''',NULL,462,'2026-12-06 14:56:47.641481','2026-12-06 14:56:47.641484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,463,'2026-12-06 14:56:47.641486','2026-12-06 14:56:47.641487');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-27 01:01:00 UTC；经办人=10；说明=''''',NULL,464,'2026-12-06 14:56:47.648694','2026-12-06 14:56:47.648698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,465,'2026-12-06 14:56:47.648700','2026-12-06 14:56:47.648701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-27',NULL,466,'2026-12-06 14:56:47.651079','2026-12-06 14:56:47.651083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,467,'2026-12-06 14:56:47.651832','2026-12-06 14:56:47.651835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,468,'2026-12-06 14:56:47.673970','2026-12-06 14:56:47.673974');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,469,'2026-12-06 14:56:47.673976','2026-12-06 14:56:47.673976');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-30；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,470,'2026-12-06 14:56:47.681340','2026-12-06 14:56:47.681346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-30；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,471,'2026-12-06 14:56:47.681347','2026-12-06 14:56:47.681348');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-11-30 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,472,'2026-12-06 14:56:47.681349','2026-12-06 14:56:47.681350');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-30 06:27:00 UTC',NULL,473,'2026-12-06 14:56:47.681351','2026-12-06 14:56:47.681352');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,474,'2026-12-06 14:56:47.685386','2026-12-06 14:56:47.685389');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-30',NULL,475,'2026-12-06 14:56:47.687619','2026-12-06 14:56:47.687624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,476,'2026-12-06 14:56:47.696856','2026-12-06 14:56:47.696860');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-03',NULL,477,'2026-12-06 14:56:47.710095','2026-12-06 14:56:47.710099');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,478,'2026-12-06 14:56:47.711208','2026-12-06 14:56:47.711213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-25 06:33:00 UTC；签约期限=2026-12-02；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,479,'2026-12-06 14:56:47.731503','2026-12-06 14:56:47.731507');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,480,'2026-12-06 14:56:47.737331','2026-12-06 14:56:47.737336');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-25；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,481,'2026-12-06 14:56:47.740300','2026-12-06 14:56:47.740303');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-10；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,482,'2026-12-06 14:56:47.740305','2026-12-06 14:56:47.740305');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-23；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,483,'2026-12-06 14:56:47.740306','2026-12-06 14:56:47.740307');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-25 06:33:00 UTC；经办人=2；说明=''''',NULL,484,'2026-12-06 14:56:47.740307','2026-12-06 14:56:47.740308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-25',NULL,485,'2026-12-06 14:56:47.747018','2026-12-06 14:56:47.747023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,486,'2026-12-06 14:56:47.748135','2026-12-06 14:56:47.748140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-26 05:29:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,487,'2026-12-06 14:56:47.769210','2026-12-06 14:56:49.948981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,488,'2026-12-06 14:56:47.770671','2026-12-06 14:56:47.770676');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,489,'2026-12-06 14:56:47.778420','2026-12-06 14:56:47.778425');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,490,'2026-12-06 14:56:47.778426','2026-12-06 14:56:47.778427');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-25；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,491,'2026-12-06 14:56:47.778428','2026-12-06 14:56:47.778429');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-26 05:29:00 UTC；经办人=4；说明=''''',NULL,492,'2026-12-06 14:56:47.778429','2026-12-06 14:56:47.778430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,493,'2026-12-06 14:56:47.779746','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-26',NULL,494,'2026-12-06 14:56:47.786726','2026-12-06 14:56:47.786730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,495,'2026-12-06 14:56:47.796691','2026-12-06 14:56:49.984836');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-29 04:52:00 UTC；签约期限=2026-12-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,496,'2026-12-06 14:56:47.819444','2026-12-06 14:56:47.819448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,497,'2026-12-06 14:56:47.825052','2026-12-06 14:56:47.825058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-29；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,498,'2026-12-06 14:56:47.834026','2026-12-06 14:56:47.834029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-14；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,499,'2026-12-06 14:56:47.834030','2026-12-06 14:56:47.834031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-28；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,500,'2026-12-06 14:56:47.834032','2026-12-06 14:56:47.834032');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-29 04:52:00 UTC；经办人=2；说明=''''',NULL,501,'2026-12-06 14:56:47.834033','2026-12-06 14:56:47.834033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-29',NULL,502,'2026-12-06 14:56:47.844960','2026-12-06 14:56:47.844964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-29；出纳=8；note=''''；作废原因=''''',NULL,503,'2026-12-06 14:56:47.845731','2026-12-06 14:56:47.845733');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-30 06:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,504,'2026-12-06 14:56:47.865817','2026-12-06 14:56:47.865822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,505,'2026-12-06 14:56:47.867361','2026-12-06 14:56:47.867365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,506,'2026-12-06 14:56:47.873701','2026-12-06 14:56:47.873704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,507,'2026-12-06 14:56:47.873705','2026-12-06 14:56:47.873706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,508,'2026-12-06 14:56:47.873706','2026-12-06 14:56:47.873707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-11-30 06:52:00 UTC；经办人=2；说明=''''',NULL,509,'2026-12-06 14:56:47.873707','2026-12-06 14:56:47.873708');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-30',NULL,510,'2026-12-06 14:56:47.880897','2026-12-06 14:56:47.880901');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,511,'2026-12-06 14:56:47.882033','2026-12-06 14:56:47.882037');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-01 03:00:00 UTC',NULL,512,'2026-12-06 14:56:47.890580','2026-12-06 14:56:47.890582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-01 09:25:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,513,'2026-12-06 14:56:47.904256','2026-12-06 14:56:47.904261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,514,'2026-12-06 14:56:47.909985','2026-12-06 14:56:47.909990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,515,'2026-12-06 14:56:47.912440','2026-12-06 14:56:47.912442');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-31；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,516,'2026-12-06 14:56:47.912444','2026-12-06 14:56:47.912444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-01 09:25:00 UTC；经办人=2；说明=''''',NULL,517,'2026-12-06 14:56:47.912445','2026-12-06 14:56:47.912445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-01',NULL,518,'2026-12-06 14:56:47.919087','2026-12-06 14:56:47.919090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,519,'2026-12-06 14:56:47.920141','2026-12-06 14:56:47.920145');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-02 07:30:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,520,'2026-12-06 14:56:47.945124','2026-12-06 14:56:47.945128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,521,'2026-12-06 14:56:47.946203','2026-12-06 14:56:47.946205');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,522,'2026-12-06 14:56:47.953068','2026-12-06 14:56:47.953073');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-17；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,523,'2026-12-06 14:56:47.953074','2026-12-06 14:56:47.953075');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-31；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,524,'2026-12-06 14:56:47.953076','2026-12-06 14:56:47.953077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-02 07:30:00 UTC；经办人=2；说明=''''',NULL,525,'2026-12-06 14:56:47.953078','2026-12-06 14:56:47.953079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-02',NULL,526,'2026-12-06 14:56:47.960896','2026-12-06 14:56:47.960900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,527,'2026-12-06 14:56:47.962081','2026-12-06 14:56:47.962085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-03 03:00:00 UTC',NULL,528,'2026-12-06 14:56:47.973967','2026-12-06 14:56:47.973971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-03 02:20:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,529,'2026-12-06 14:56:47.986679','2026-12-06 14:56:49.949672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,530,'2026-12-06 14:56:47.997181','2026-12-06 14:56:47.997186');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,531,'2026-12-06 14:56:47.999867','2026-12-06 14:56:47.999869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,532,'2026-12-06 14:56:47.999870','2026-12-06 14:56:47.999871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,533,'2026-12-06 14:56:47.999872','2026-12-06 14:56:47.999872');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-03 02:20:00 UTC；经办人=4；说明=''''',NULL,534,'2026-12-06 14:56:47.999873','2026-12-06 14:56:47.999873');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,535,'2026-12-06 14:56:48.001887','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-03',NULL,536,'2026-12-06 14:56:48.008835','2026-12-06 14:56:48.008839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,537,'2026-12-06 14:56:48.009627','2026-12-06 14:56:49.985916');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-04 04:51:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,538,'2026-12-06 14:56:48.027177','2026-12-06 14:56:48.027181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,539,'2026-12-06 14:56:48.035037','2026-12-06 14:56:48.035041');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,540,'2026-12-06 14:56:48.040601','2026-12-06 14:56:48.040605');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,541,'2026-12-06 14:56:48.040606','2026-12-06 14:56:48.040607');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,542,'2026-12-06 14:56:48.040607','2026-12-06 14:56:48.040608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-04 04:51:00 UTC；经办人=2；说明=''''',NULL,543,'2026-12-06 14:56:48.040609','2026-12-06 14:56:48.040609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-04',NULL,544,'2026-12-06 14:56:48.043739','2026-12-06 14:56:48.043744');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,545,'2026-12-06 14:56:48.058980','2026-12-06 14:56:48.058984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-05 02:05:00 UTC；经办人=7；说明=''''',NULL,546,'2026-12-06 14:56:48.063881','2026-12-06 14:56:48.063883');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120520190''；签约时间：（空） → 2026-12-05 02:05:00 UTC',NULL,547,'2026-12-06 14:56:48.063885','2026-12-06 14:56:48.063885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,548,'2026-12-06 14:56:48.074337','2026-12-06 14:56:48.074340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-05 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,549,'2026-12-06 14:56:48.081361','2026-12-06 14:56:48.081366');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-06 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,550,'2026-12-06 14:56:48.081367','2026-12-06 14:56:48.081368');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-07 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,551,'2026-12-06 14:56:48.081369','2026-12-06 14:56:48.081370');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-05 06:59:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,552,'2026-12-06 14:56:48.104411','2026-12-06 14:56:49.950248');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,553,'2026-12-06 14:56:48.110266','2026-12-06 14:56:48.110271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,554,'2026-12-06 14:56:48.116916','2026-12-06 14:56:48.116920');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,555,'2026-12-06 14:56:48.116921','2026-12-06 14:56:48.116921');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,556,'2026-12-06 14:56:48.116922','2026-12-06 14:56:48.116922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-05 06:59:00 UTC；经办人=4；说明=''''',NULL,557,'2026-12-06 14:56:48.116923','2026-12-06 14:56:48.116924');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,558,'2026-12-06 14:56:48.118261','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-05',NULL,559,'2026-12-06 14:56:48.125572','2026-12-06 14:56:48.125577');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,560,'2026-12-06 14:56:48.126792','2026-12-06 14:56:49.986574');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 09:33:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,561,'2026-12-06 14:56:48.142817','2026-12-06 14:56:48.142820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,562,'2026-12-06 14:56:48.143787','2026-12-06 14:56:48.143789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,563,'2026-12-06 14:56:48.154260','2026-12-06 14:56:48.154262');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,564,'2026-12-06 14:56:48.154263','2026-12-06 14:56:48.154264');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-06；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,565,'2026-12-06 14:56:48.154264','2026-12-06 14:56:48.154265');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 09:33:00 UTC；经办人=2；说明=''''',NULL,566,'2026-12-06 14:56:48.154265','2026-12-06 14:56:48.154266');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,567,'2026-12-06 14:56:48.157288','2026-12-06 14:56:48.157293');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,568,'2026-12-06 14:56:48.158419','2026-12-06 14:56:48.158424');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 14:56:45 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,569,'2026-12-06 14:56:48.177334','2026-12-06 14:56:48.177337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,570,'2026-12-06 14:56:48.178222','2026-12-06 14:56:48.178226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-12-06 14:56:48.191560','2026-12-06 14:56:48.191564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 14:56:48.201471','2026-12-06 14:56:48.201477');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 14:56:48.203286','2026-12-06 14:56:48.203289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 14:56:48.204705','2026-12-06 14:56:48.204707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 14:56:48.205740','2026-12-06 14:56:48.205742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 14:56:48.206992','2026-12-06 14:56:48.206995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 14:56:48.216771','2026-12-06 14:56:48.216775');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 14:56:48.218163','2026-12-06 14:56:48.218167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 14:56:48.219911','2026-12-06 14:56:48.219915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 14:56:48.225759','2026-12-06 14:56:48.225763');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 14:56:48.227231','2026-12-06 14:56:48.227233');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 14:56:48.228210','2026-12-06 14:56:48.228212');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 14:56:48.236322','2026-12-06 14:56:48.236326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 14:56:48.239951','2026-12-06 14:56:48.239954');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 14:56:48.241697','2026-12-06 14:56:48.241701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 14:56:48.243394','2026-12-06 14:56:48.243397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 14:56:48.253015','2026-12-06 14:56:48.253019');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 14:56:48.254682','2026-12-06 14:56:48.254685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 14:56:48.255772','2026-12-06 14:56:48.255774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 14:56:48.260919','2026-12-06 14:56:48.260922');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 14:56:48.262048','2026-12-06 14:56:48.262050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 14:56:48.263544','2026-12-06 14:56:48.263548');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 14:56:48.273251','2026-12-06 14:56:48.273255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 14:56:48.274929','2026-12-06 14:56:48.274933');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 14:56:48.280680','2026-12-06 14:56:48.280685');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 14:56:48.282083','2026-12-06 14:56:48.282085');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 14:56:48.283138','2026-12-06 14:56:48.283141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 14:56:48.292774','2026-12-06 14:56:48.292778');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 14:56:48.294372','2026-12-06 14:56:48.294375');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 14:56:48.296090','2026-12-06 14:56:48.296094');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 14:56:48.301844','2026-12-06 14:56:48.301847');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 14:56:48.302936','2026-12-06 14:56:48.302938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 14:56:48.304216','2026-12-06 14:56:48.304219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 14:56:48.310004','2026-12-06 14:56:48.310008');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-11 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 14:56:48.311841','2026-12-06 14:56:48.311845');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 14:56:48.317259','2026-12-06 14:56:48.317261');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 14:56:48.318339','2026-12-06 14:56:48.318341');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 14:56:48.319799','2026-12-06 14:56:48.319803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 14:56:48.329401','2026-12-06 14:56:48.329404');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 14:56:48.331101','2026-12-06 14:56:48.331105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 14:56:48.339223','2026-12-06 14:56:48.339226');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 14:56:48.340343','2026-12-06 14:56:48.340344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 14:56:48.341854','2026-12-06 14:56:48.341858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 14:56:48.343531','2026-12-06 14:56:48.343535');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 14:56:48.349138','2026-12-06 14:56:48.349142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,616,'2026-12-06 14:56:48.350574','2026-12-06 14:56:48.350576');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,617,'2026-12-06 14:56:48.366592','2026-12-06 14:56:48.366596');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,618,'2026-12-06 14:56:48.366597','2026-12-06 14:56:48.366598');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,619,'2026-12-06 14:56:48.375850','2026-12-06 14:56:48.375855');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,620,'2026-12-06 14:56:48.375856','2026-12-06 14:56:48.375857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,621,'2026-12-06 14:56:48.391182','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,622,'2026-12-06 14:56:48.391186','2026-12-06 14:56:48.391187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 09:56:45 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,623,'2026-12-06 14:56:48.403296','2026-12-06 14:56:48.403299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,624,'2026-12-06 14:56:48.403301','2026-12-06 14:56:48.403302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 18:56:45 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,625,'2026-12-06 14:56:48.410660','2026-12-06 14:56:48.410664');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,626,'2026-12-06 14:56:48.410665','2026-12-06 14:56:48.410667');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,627,'2026-12-06 14:56:48.424304','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,628,'2026-12-06 14:56:48.424309','2026-12-06 14:56:48.424310');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,629,'2026-12-06 14:56:48.438420','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,630,'2026-12-06 14:56:48.438426','2026-12-06 14:56:48.438426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,631,'2026-12-06 14:56:48.444333','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,632,'2026-12-06 14:56:48.444338','2026-12-06 14:56:48.444339');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,633,'2026-12-06 14:56:48.460083','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,634,'2026-12-06 14:56:48.470319','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,635,'2026-12-06 14:56:48.471599','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-22 06:38:00 UTC；完成人：（空） → 2',NULL,636,'2026-12-06 14:56:48.476716','2026-12-06 14:56:48.476720');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 14:56:48.477867','2026-12-06 14:56:48.477869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 14:56:48.479043','2026-12-06 14:56:48.479045');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-24 05:22:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 14:56:48.488540','2026-12-06 14:56:48.488544');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-25 02:07:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 14:56:48.489757','2026-12-06 14:56:48.489759');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-26 10:37:00 UTC；完成人：（空） → 2',NULL,641,'2026-12-06 14:56:48.490729','2026-12-06 14:56:48.490731');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,642,'2026-12-06 14:56:48.492124','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,643,'2026-12-06 14:56:48.497779','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,644,'2026-12-06 14:56:48.499393','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,645,'2026-12-06 14:56:48.506817','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,646,'2026-12-06 14:56:48.507851','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,647,'2026-12-06 14:56:48.513033','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-22 04:10:00 UTC；完成人：（空） → 2',NULL,648,'2026-12-06 14:56:48.514102','2026-12-06 14:56:48.514105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 14:56:48.515636','2026-12-06 14:56:48.515661');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,650,'2026-12-06 14:56:48.525178','2026-12-06 14:56:48.525181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,651,'2026-12-06 14:56:48.526731','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,652,'2026-12-06 14:56:48.528308','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,653,'2026-12-06 14:56:48.534070','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,654,'2026-12-06 14:56:48.535301','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,655,'2026-12-06 14:56:48.540690','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,656,'2026-12-06 14:56:48.541634','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-31 08:21:00 UTC；完成人：（空） → 2',NULL,657,'2026-12-06 14:56:48.542582','2026-12-06 14:56:48.542584');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-01 02:07:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 14:56:48.544101','2026-12-06 14:56:48.544105');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-02 10:37:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 14:56:48.553447','2026-12-06 14:56:48.553449');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-30 05:56:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 14:56:48.554720','2026-12-06 14:56:48.554724');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-31 02:07:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 14:56:48.556296','2026-12-06 14:56:48.556300');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-01 10:37:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 14:56:48.562089','2026-12-06 14:56:48.562093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-03 08:58:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 14:56:48.563496','2026-12-06 14:56:48.563499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-04 02:07:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 14:56:48.572576','2026-12-06 14:56:48.572582');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-05 10:37:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 14:56:48.574312','2026-12-06 14:56:48.574316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-05 02:12:00 UTC；完成人：（空） → 2',NULL,666,'2026-12-06 14:56:48.575634','2026-12-06 14:56:48.575636');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,667,'2026-12-06 14:56:48.623036','2026-12-06 14:56:48.623042');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',668,'2026-12-06 14:56:48.632287','2026-12-06 14:56:48.632291');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,669,'2026-12-06 14:56:48.655455','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,670,'2026-12-06 14:56:48.657852','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,671,'2026-12-06 14:56:48.659749','2026-12-06 14:56:49.925386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 14:56:48 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,672,'2026-12-06 14:56:48.666726','2026-12-06 14:56:48.666728');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,673,'2026-12-06 14:56:48.666729','2026-12-06 14:56:48.666729');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-07 22:56 → 12-08 22:56（第 1 次，上限 2 次）','客户周末来签',674,'2026-12-06 14:56:48.672268','2026-12-06 14:56:48.672271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,675,'2026-12-06 14:56:48.679459','2026-12-06 14:56:48.679464');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',676,'2026-12-06 14:56:48.687930','2026-12-06 14:56:48.687934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,677,'2026-12-06 14:56:48.699759','2026-12-06 14:56:48.699762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 14:56:48 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,678,'2026-12-06 14:56:48.744215','2026-12-06 14:56:48.744219');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,679,'2026-12-06 14:56:48.745326','2026-12-06 14:56:48.745328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,680,'2026-12-06 14:56:48.749934','2026-12-06 14:56:48.749938');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,681,'2026-12-06 14:56:48.749939','2026-12-06 14:56:48.749940');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,682,'2026-12-06 14:56:48.749941','2026-12-06 14:56:48.749941');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 14:56:48 UTC；说明=''''',NULL,683,'2026-12-06 14:56:48.749942','2026-12-06 14:56:48.749943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,684,'2026-12-06 14:56:48.750982','2026-12-06 14:56:48.750985');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 14:56:48 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,685,'2026-12-06 14:56:48.759062','2026-12-06 14:56:49.950663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,686,'2026-12-06 14:56:48.760623','2026-12-06 14:56:48.760626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,687,'2026-12-06 14:56:48.762956','2026-12-06 14:56:48.762960');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,688,'2026-12-06 14:56:48.762962','2026-12-06 14:56:48.762962');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,689,'2026-12-06 14:56:48.762964','2026-12-06 14:56:48.762964');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 14:56:48 UTC；说明=''''',NULL,690,'2026-12-06 14:56:48.762965','2026-12-06 14:56:48.762966');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,691,'2026-12-06 14:56:48.765363','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 14:56:48 UTC；说明=''''',NULL,692,'2026-12-06 14:56:48.767884','2026-12-06 14:56:48.767886');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 14:56:48 UTC',NULL,693,'2026-12-06 14:56:48.767888','2026-12-06 14:56:48.767888');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-05',NULL,694,'2026-12-06 14:56:48.772974','2026-12-06 14:56:48.772977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-06',NULL,695,'2026-12-06 14:56:48.772979','2026-12-06 14:56:48.772979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,696,'2026-12-06 14:56:48.774151','2026-12-06 14:56:48.774153');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,697,'2026-12-06 14:56:48.778681','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,698,'2026-12-06 14:56:48.778685','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,699,'2026-12-06 14:56:48.778686','2026-12-06 14:56:49.924475');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,700,'2026-12-06 14:56:48.779741','2026-12-06 14:56:49.927268');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,701,'2026-12-06 14:56:48.856828','2026-12-06 14:56:48.856836');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,702,'2026-12-06 14:56:48.996320','2026-12-06 14:56:48.996325');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,703,'2026-12-06 14:56:49.119808','2026-12-06 14:56:49.119813');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,704,'2026-12-06 14:56:49.239688','2026-12-06 14:56:49.239694');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,705,'2026-12-06 14:56:49.391269','2026-12-06 14:56:49.391276');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,706,'2026-12-06 14:56:49.402046','2026-12-06 14:56:49.402051');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,707,'2026-12-06 14:56:49.404150','2026-12-06 14:56:49.404153');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,708,'2026-12-06 14:56:49.411300','2026-12-06 14:56:49.411304');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,709,'2026-12-06 14:56:49.424214','2026-12-06 14:56:49.424218');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,710,'2026-12-06 14:56:49.446434','2026-12-06 14:56:49.446437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 14:51:49 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,711,'2026-12-06 14:56:49.479389','2026-12-06 14:56:49.479394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,712,'2026-12-06 14:56:49.489659','2026-12-06 14:56:49.489663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 14:51:49 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,713,'2026-12-06 14:56:49.489664','2026-12-06 14:56:49.489665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-05',NULL,714,'2026-12-06 14:56:49.489665','2026-12-06 14:56:49.489666');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',5,'日期=2026-12-06；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,715,'2026-12-06 14:56:49.500856','2026-12-06 14:56:49.500860');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,716,'2026-12-06 14:56:49.513370','2026-12-06 14:56:49.513376');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,717,'2026-12-06 14:56:49.531347','2026-12-06 14:56:49.531352');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,718,'2026-12-06 14:56:49.559864','2026-12-06 14:56:49.559868');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,719,'2026-12-06 14:56:49.590151','2026-12-06 14:56:49.590156');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,720,'2026-12-06 14:56:49.635226','2026-12-06 14:56:49.767054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,721,'2026-12-06 14:56:49.644361','2026-12-06 14:56:49.644367');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,722,'2026-12-06 14:56:49.671471','2026-12-06 14:56:49.767054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',723,'2026-12-06 14:56:49.865381','2026-12-06 14:56:49.865386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,724,'2026-12-06 14:56:49.884835','2026-12-06 14:56:49.918138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-06 14:56:49 UTC',NULL,725,'2026-12-06 14:56:49.937559','2026-12-06 14:56:49.937564');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',726,'2026-12-06 14:56:50.072871','2026-12-06 14:56:50.072877');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 14:56:45.688371','2026-12-06 14:56:45.688375');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 14:56:45.695898','2026-12-06 14:56:45.695901');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 14:56:45.708044','2026-12-06 14:56:45.708047');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 14:56:43.908142','2026-12-06 14:56:43.908145');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 14:56:43.908146','2026-12-06 14:56:43.908147');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 14:56:43.895472','2026-12-06 14:56:43.895476');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-25 04:46:00.000000','','2026-06-25 04:53:00.000000',4,1,'2026-12-06 14:56:46.421058','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-26 02:00:00.000000','','2026-06-26 02:07:00.000000',4,2,'2026-12-06 14:56:46.421063','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-27 10:30:00.000000','','2026-06-27 10:37:00.000000',4,3,'2026-12-06 14:56:46.421064','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-22 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 06:38:00.000000',2,4,'2026-12-06 14:56:46.561016','2026-12-06 14:56:48.472134');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,5,'2026-12-06 14:56:46.561020','2026-12-06 14:56:48.477371');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,6,'2026-12-06 14:56:46.561022','2026-12-06 14:56:48.478594');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-24 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-24 05:22:00.000000',2,7,'2026-12-06 14:56:46.679927','2026-12-06 14:56:48.479770');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-25 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-25 02:07:00.000000',2,8,'2026-12-06 14:56:46.679934','2026-12-06 14:56:48.489268');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-26 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-26 10:37:00.000000',2,9,'2026-12-06 14:56:46.679936','2026-12-06 14:56:48.490283');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-23 08:15:00.000000','','2026-06-23 08:22:00.000000',4,10,'2026-12-06 14:56:46.739020','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-24 02:00:00.000000','','2026-06-24 02:07:00.000000',4,11,'2026-12-06 14:56:46.739026','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-25 10:30:00.000000','','2026-06-25 10:37:00.000000',4,12,'2026-12-06 14:56:46.739028','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-25 02:27:00.000000','','2026-06-25 02:34:00.000000',4,13,'2026-12-06 14:56:46.830513','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-26 02:00:00.000000','','2026-06-26 02:07:00.000000',4,14,'2026-12-06 14:56:46.830517','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-27 10:30:00.000000','','2026-06-27 10:37:00.000000',4,15,'2026-12-06 14:56:46.830518','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-22 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 04:10:00.000000',2,16,'2026-12-06 14:56:46.959377','2026-12-06 14:56:48.513599');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,17,'2026-12-06 14:56:46.959381','2026-12-06 14:56:48.514907');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,18,'2026-12-06 14:56:46.959382','2026-12-06 14:56:48.524527');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-21 08:53:00.000000','','2026-11-21 09:00:00.000000',4,19,'2026-12-06 14:56:47.131105','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-22 02:00:00.000000','','2026-11-22 02:07:00.000000',4,20,'2026-12-06 14:56:47.131110','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-23 10:30:00.000000','','2026-11-23 10:37:00.000000',4,21,'2026-12-06 14:56:47.131112','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-06 07:03:00.000000','','2026-11-06 07:10:00.000000',4,22,'2026-12-06 14:56:47.239142','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-07 02:00:00.000000','','2026-11-07 02:07:00.000000',4,23,'2026-12-06 14:56:47.239148','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-08 10:30:00.000000','','2026-11-08 10:37:00.000000',4,24,'2026-12-06 14:56:47.239150','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-31 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-31 08:21:00.000000',2,25,'2026-12-06 14:56:47.403719','2026-12-06 14:56:48.542144');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-01 02:07:00.000000',2,26,'2026-12-06 14:56:47.403723','2026-12-06 14:56:48.543363');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-02 10:37:00.000000',2,27,'2026-12-06 14:56:47.403725','2026-12-06 14:56:48.552949');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-30 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-30 05:56:00.000000',2,28,'2026-12-06 14:56:47.511732','2026-12-06 14:56:48.554020');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-31 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-31 02:07:00.000000',2,29,'2026-12-06 14:56:47.511737','2026-12-06 14:56:48.555534');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-01 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-01 10:37:00.000000',2,30,'2026-12-06 14:56:47.511738','2026-12-06 14:56:48.561310');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-03 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-03 08:58:00.000000',2,31,'2026-12-06 14:56:47.596448','2026-12-06 14:56:48.562944');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-04 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-04 02:07:00.000000',2,32,'2026-12-06 14:56:47.596452','2026-12-06 14:56:48.564069');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-05 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-05 10:37:00.000000',2,33,'2026-12-06 14:56:47.596453','2026-12-06 14:56:48.573548');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-05 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-05 02:12:00.000000',2,34,'2026-12-06 14:56:48.080104','2026-12-06 14:56:48.575042');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-06 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 14:56:48.080108','2026-12-06 14:56:48.080108');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-07 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 14:56:48.080109','2026-12-06 14:56:48.080110');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 01:00:00.000000','',NULL,NULL,37,'2026-12-06 14:56:48.777619','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-07 02:00:00.000000','',NULL,NULL,38,'2026-12-06 14:56:48.777625','2026-12-06 14:56:49.898776');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-08 10:30:00.000000','',NULL,NULL,39,'2026-12-06 14:56:48.777627','2026-12-06 14:56:49.898776');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','1f7267d22b8130d4','2026-12-06 14:56:43.672915');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','1f7267d22b8130d4','2026-12-06 14:56:43.915451');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','1f7267d22b8130d4','2026-12-06 14:56:44.295193');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','1f7267d22b8130d4','2026-12-06 14:56:44.318352');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','1f7267d22b8130d4','2026-12-06 14:56:44.999782');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,rotation_turns,visits','1f7267d22b8130d4','2026-12-06 14:56:45.046309');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,visits','1f7267d22b8130d4','2026-12-06 14:56:45.086380');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','1f7267d22b8130d4','2026-12-06 14:56:45.099997');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','1f7267d22b8130d4','2026-12-06 14:56:45.135912');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','1f7267d22b8130d4','2026-12-06 14:56:45.365945');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','1f7267d22b8130d4','2026-12-06 14:56:45.396469');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','1f7267d22b8130d4','2026-12-06 14:56:45.405962');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','1f7267d22b8130d4','2026-12-06 14:56:45.415231');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','1f7267d22b8130d4','2026-12-06 14:56:45.653552');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','1f7267d22b8130d4','2026-12-06 14:56:48.599531');
INSERT INTO "change_log" VALUES(16,'audit_log,queue_tickets','1f7267d22b8130d4','2026-12-06 14:56:48.632732');
INSERT INTO "change_log" VALUES(17,'audit_log,queue_tickets,unit_holds,units','1f7267d22b8130d4','2026-12-06 14:56:48.688290');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','1f7267d22b8130d4','2026-12-06 14:56:48.780033');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:48.859088');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.010558');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.125412');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.245825');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.402623');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.409280');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','1f7267d22b8130d4','2026-12-06 14:56:49.420943');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','1f7267d22b8130d4','2026-12-06 14:56:49.592041');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,disputes,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','1f7267d22b8130d4','2026-12-06 14:56:50.073515');
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
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-06 14:56:45.219551','2026-12-06 14:56:49.912295');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 14:56:45.176298','2026-12-06 14:56:45.176301');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-03','A',NULL,NULL,NULL,'','2026-11-16 14:56:44.000000',1,0,2,'2026-11-16 14:56:44.000000','2026-12-04 14:56:44.000000','2026-12-05 14:56:44.000000','2026-12-05 14:56:44.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 14:56:44.951276','2026-12-06 14:56:45.362516',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-16','C',1,NULL,NULL,'','2026-11-16 15:56:44.000000',0,1,2,'2026-11-16 15:56:44.000000','2026-12-04 14:56:44.000000',NULL,'2026-12-04 14:56:44.000000',NULL,NULL,0,NULL,'2026-12-06 14:56:49.000000',NULL,8,2,'2026-12-06 14:56:45.018080','2026-12-06 14:56:49.932783','2026-12-06 14:56:49.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-16 16:56:44.000000',0,0,1,'2026-11-16 16:56:44.000000','2026-11-16 16:56:44.000000',NULL,'2026-11-16 16:56:44.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-06 14:56:45.069068','2026-12-06 14:56:48.748264',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-05','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-06 14:51:49.000000',0,0,1,'2026-12-06 14:51:49.000000','2026-12-06 14:51:49.000000',NULL,'2026-12-06 14:51:49.000000',NULL,'2027-01-05',0,NULL,NULL,6,3,4,'2026-12-06 14:56:49.468190','2026-12-06 14:56:49.634952',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-06 14:56:49.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-06 14:56:49.000000',NULL,2,5,'2026-12-06 14:56:49.620769','2026-12-06 14:56:49.656158',NULL);
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-19 01:26:00.000000',4,'',1,'2026-12-06 14:56:46.041811','2026-12-06 14:56:46.041816');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-19 01:32:00.000000',2,'',2,'2026-12-06 14:56:46.103589','2026-12-06 14:56:46.103592');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-19 01:38:00.000000',2,'',3,'2026-12-06 14:56:46.160131','2026-12-06 14:56:46.160136');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-19 01:44:00.000000',4,'',4,'2026-12-06 14:56:46.222175','2026-12-06 14:56:46.222181');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-19 01:50:00.000000',4,'',5,'2026-12-06 14:56:46.276003','2026-12-06 14:56:46.276008');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-19 01:56:00.000000',2,'',6,'2026-12-06 14:56:46.335778','2026-12-06 14:56:46.335781');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-25 04:46:00.000000',7,'',7,'2026-12-06 14:56:46.398531','2026-12-06 14:56:46.398533');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-04 02:25:00.000000',7,'',8,'2026-12-06 14:56:46.433309','2026-12-06 14:56:46.433311');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-10 01:07:00.000000',10,'',9,'2026-12-06 14:56:46.436421','2026-12-06 14:56:46.436425');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-15 04:39:00.000000',10,'',10,'2026-12-06 14:56:46.443832','2026-12-06 14:56:46.443836');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-25 03:18:00.000000',10,'',11,'2026-12-06 14:56:46.450709','2026-12-06 14:56:46.450711');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-03 03:11:00.000000',10,'',12,'2026-12-06 14:56:46.456924','2026-12-06 14:56:46.456926');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-19 03:26:00.000000',10,'',13,'2026-12-06 14:56:46.459690','2026-12-06 14:56:46.459695');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-18 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 14:56:46.498006','2026-12-06 14:56:46.498009');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-22 06:31:00.000000',7,'',15,'2026-12-06 14:56:46.545753','2026-12-06 14:56:46.545758');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-01 06:41:00.000000',7,'',16,'2026-12-06 14:56:46.564101','2026-12-06 14:56:46.564104');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-06 01:08:00.000000',10,'',17,'2026-12-06 14:56:46.573088','2026-12-06 14:56:46.573091');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-13 03:36:00.000000',10,'',18,'2026-12-06 14:56:46.576254','2026-12-06 14:56:46.576257');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-27 05:58:00.000000',10,'',19,'2026-12-06 14:56:46.583056','2026-12-06 14:56:46.583057');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-06 09:39:00.000000',10,'',20,'2026-12-06 14:56:46.589173','2026-12-06 14:56:46.589175');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-19 05:04:00.000000',10,'',21,'2026-12-06 14:56:46.591971','2026-12-06 14:56:46.591974');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-14 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 14:56:46.616987','2026-12-06 14:56:46.616989');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-24 05:15:00.000000',7,'',23,'2026-12-06 14:56:46.672874','2026-12-06 14:56:46.672877');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-03 08:30:00.000000',7,'',24,'2026-12-06 14:56:46.687802','2026-12-06 14:56:46.687805');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-08 02:50:00.000000',10,'',25,'2026-12-06 14:56:46.689811','2026-12-06 14:56:46.689813');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-17 01:34:00.000000',10,'',26,'2026-12-06 14:56:46.696864','2026-12-06 14:56:46.696869');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-30 01:54:00.000000',10,'',27,'2026-12-06 14:56:46.700092','2026-12-06 14:56:46.700094');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-06 07:43:00.000000',10,'',28,'2026-12-06 14:56:46.704544','2026-12-06 14:56:46.704550');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-23 08:15:00.000000',7,'',29,'2026-12-06 14:56:46.728316','2026-12-06 14:56:46.728319');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-01 06:59:00.000000',7,'',30,'2026-12-06 14:56:46.745867','2026-12-06 14:56:46.745871');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-08 06:50:00.000000',10,'',31,'2026-12-06 14:56:46.747923','2026-12-06 14:56:46.747925');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-16 07:08:00.000000',10,'',32,'2026-12-06 14:56:46.752153','2026-12-06 14:56:46.752155');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-28 05:51:00.000000',10,'',33,'2026-12-06 14:56:46.757943','2026-12-06 14:56:46.757945');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-06 06:33:00.000000',10,'',34,'2026-12-06 14:56:46.760081','2026-12-06 14:56:46.760084');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-18 04:47:00.000000',10,'',35,'2026-12-06 14:56:46.770624','2026-12-06 14:56:46.770627');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-25 02:27:00.000000',7,'',36,'2026-12-06 14:56:46.817203','2026-12-06 14:56:46.817208');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-04 05:56:00.000000',7,'',37,'2026-12-06 14:56:46.838247','2026-12-06 14:56:46.838250');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-11 07:20:00.000000',10,'',38,'2026-12-06 14:56:46.845873','2026-12-06 14:56:46.845877');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-19 08:06:00.000000',10,'',39,'2026-12-06 14:56:46.852942','2026-12-06 14:56:46.852946');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-30 03:41:00.000000',10,'',40,'2026-12-06 14:56:46.855061','2026-12-06 14:56:46.855063');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-06 02:23:00.000000',10,'',41,'2026-12-06 14:56:46.862296','2026-12-06 14:56:46.862299');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-21 08:09:00.000000',10,'',42,'2026-12-06 14:56:46.873854','2026-12-06 14:56:46.873858');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-22 04:03:00.000000',7,'',43,'2026-12-06 14:56:46.935212','2026-12-06 14:56:46.935216');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-28 08:30:00.000000',7,'',44,'2026-12-06 14:56:46.969538','2026-12-06 14:56:46.969540');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-02 02:50:00.000000',10,'',45,'2026-12-06 14:56:46.971547','2026-12-06 14:56:46.971549');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-09 05:29:00.000000',10,'',46,'2026-12-06 14:56:46.986561','2026-12-06 14:56:46.986563');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-20 03:02:00.000000',10,'',47,'2026-12-06 14:56:46.996796','2026-12-06 14:56:46.996800');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-27 01:36:00.000000',10,'',48,'2026-12-06 14:56:46.999007','2026-12-06 14:56:46.999009');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-09 02:39:00.000000',10,'',49,'2026-12-06 14:56:47.009517','2026-12-06 14:56:47.009519');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-20 04:49:00.000000',4,'',50,'2026-12-06 14:56:47.062000','2026-12-06 14:56:47.062005');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-21 08:53:00.000000',7,'',51,'2026-12-06 14:56:47.108199','2026-12-06 14:56:47.108201');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-01 06:06:00.000000',7,'',52,'2026-12-06 14:56:47.149830','2026-12-06 14:56:47.149834');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-04 04:57:00.000000',10,'',53,'2026-12-06 14:56:47.152100','2026-12-06 14:56:47.152102');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-02 02:43:00.000000',4,'',54,'2026-12-06 14:56:47.183606','2026-12-06 14:56:47.183610');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-06 07:03:00.000000',7,'',55,'2026-12-06 14:56:47.219206','2026-12-06 14:56:47.219208');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-12 04:11:00.000000',7,'',56,'2026-12-06 14:56:47.252147','2026-12-06 14:56:47.252149');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-15 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 14:56:47.274284','2026-12-06 14:56:47.274286');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-28 09:34:00.000000',2,'',58,'2026-12-06 14:56:47.349874','2026-12-06 14:56:47.349880');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-31 08:14:00.000000',7,'',59,'2026-12-06 14:56:47.383489','2026-12-06 14:56:47.383494');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-10 02:08:00.000000',7,'',60,'2026-12-06 14:56:47.414805','2026-12-06 14:56:47.414807');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-13 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 14:56:47.431965','2026-12-06 14:56:47.431967');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-29 08:36:00.000000',2,'',62,'2026-12-06 14:56:47.472167','2026-12-06 14:56:47.472169');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-30 05:49:00.000000',7,'',63,'2026-12-06 14:56:47.495235','2026-12-06 14:56:47.495237');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-07 07:48:00.000000',7,'',64,'2026-12-06 14:56:47.525017','2026-12-06 14:56:47.525021');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-30 06:41:00.000000',2,'',65,'2026-12-06 14:56:47.549794','2026-12-06 14:56:47.549797');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-03 08:51:00.000000',7,'',66,'2026-12-06 14:56:47.582114','2026-12-06 14:56:47.582118');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-12 09:08:00.000000',7,'',67,'2026-12-06 14:56:47.607178','2026-12-06 14:56:47.607180');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-17 02:19:00.000000',10,'',68,'2026-12-06 14:56:47.622063','2026-12-06 14:56:47.622067');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-23 03:16:00.000000',10,'',69,'2026-12-06 14:56:47.624333','2026-12-06 14:56:47.624335');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-05 06:18:00.000000',10,'',70,'2026-12-06 14:56:47.629713','2026-12-06 14:56:47.629715');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-11 02:34:00.000000',10,'',71,'2026-12-06 14:56:47.640554','2026-12-06 14:56:47.640558');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-27 01:01:00.000000',10,'',72,'2026-12-06 14:56:47.643434','2026-12-06 14:56:47.643438');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-30 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 14:56:47.675090','2026-12-06 14:56:47.675093');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-25 06:33:00.000000',2,'',74,'2026-12-06 14:56:47.738493','2026-12-06 14:56:47.738498');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-26 05:29:00.000000',4,'',75,'2026-12-06 14:56:47.771812','2026-12-06 14:56:47.771817');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-29 04:52:00.000000',2,'',76,'2026-12-06 14:56:47.826190','2026-12-06 14:56:47.826195');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-30 06:52:00.000000',2,'',77,'2026-12-06 14:56:47.868103','2026-12-06 14:56:47.868105');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-01 09:25:00.000000',2,'',78,'2026-12-06 14:56:47.911004','2026-12-06 14:56:47.911009');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-02 07:30:00.000000',2,'',79,'2026-12-06 14:56:47.946885','2026-12-06 14:56:47.946888');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-03 02:20:00.000000',4,'',80,'2026-12-06 14:56:47.998293','2026-12-06 14:56:47.998298');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-04 04:51:00.000000',2,'',81,'2026-12-06 14:56:48.035948','2026-12-06 14:56:48.035952');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-05 02:05:00.000000',7,'',82,'2026-12-06 14:56:48.062901','2026-12-06 14:56:48.062903');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-05 06:59:00.000000',4,'',83,'2026-12-06 14:56:48.111254','2026-12-06 14:56:48.111258');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 09:33:00.000000',2,'',84,'2026-12-06 14:56:48.144450','2026-12-06 14:56:48.144453');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 14:56:48.000000',NULL,'',85,'2026-12-06 14:56:48.746242','2026-12-06 14:56:48.746247');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 14:56:48.000000',NULL,'',86,'2026-12-06 14:56:48.761428','2026-12-06 14:56:48.761431');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 14:56:48.000000',NULL,'',87,'2026-12-06 14:56:48.766756','2026-12-06 14:56:48.766759');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:FOEBxh+Vy4f/ByXtmhEAKs3wvcJ+GK/yyeh/wtDWWV0da3EO5uhtDo/sbx0hVQ==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-19 01:26:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0001','330126062513349','2026-06-25 04:46:00.000000','2026-07-04',-2521134,6627873,'2026-11-18 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 14:56:46.017563','2026-12-06 14:56:46.497704');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:oAnvi+EkcYN7Cqvg4Vx2/fYOPNkcvSW2MXXdykMx2RIfQZ7TmsmZ15wfP5drHg==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-19 01:32:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0002','330126062299846','2026-06-22 06:31:00.000000','2026-07-01',-221760,6931109,'2026-10-14 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 14:56:46.091376','2026-12-06 14:56:46.616765');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:U/iAhHKQ6T+2XujD4sdWRhJZ3XUoblLhOfS+u2096lXnJOevZ3Fh2P83/i3yFQ==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-19 01:38:00.000000','2026-06-26',500,90,'signed','YQF-2026-0003','330126062487853','2026-06-24 05:15:00.000000','2026-07-03',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 14:56:46.144323','2026-12-06 14:56:46.703374');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:riprHdGGT5JRwPtesWtohJIY+BygzfXk211ASOcw5G8+9/aZV8i30RPH3NRbOw==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-19 01:44:00.000000','2026-06-26',500,90,'signed','YQF-2026-0004','330126062356438','2026-06-23 08:15:00.000000','2026-07-01',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 14:56:46.208578','2026-12-06 14:56:46.770420');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:tQvhnpv26FaubKUPpYSv6/7bY8lxH7CoRdkmq12wvv63k+zWGmeZZlmGtY0npQ==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-20 03:00:00.000000',190665920,216264480,8000000,'2026-06-19 01:50:00.000000','2026-06-26',500,90,'signed','YQF-2026-0005','330126062555680','2026-06-25 02:27:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 14:56:46.267257','2026-12-06 14:56:46.873553');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:XEw1WTQWf8JWOglcDjktBiqfVhZo18WCWyhQ8GOaJWg8w09GoSLbcZZFtMaZIg==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-19 01:56:00.000000','2026-06-26',500,90,'signed','YQF-2026-0006','330126062258361','2026-06-22 04:03:00.000000','2026-06-28',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 14:56:46.329895','2026-12-06 14:56:47.009347');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:QC/3CbGKwVTFwS7Pj9pyVtpGe3m+pulXhkb+61VAd9vwn9nz1w+kaukf5eSPIA==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-20 04:49:00.000000','2026-11-27',500,90,'signed','YQF-2026-0007','330126112181882','2026-11-21 08:53:00.000000','2026-12-01',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 14:56:47.053525','2026-12-06 14:56:47.151938');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:o+wqDUbf9q6HffN+uLaeIZHptdydan/dWk+HzkAYwB4VfWQes/cpgDa0w5KMkQ==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-02 02:43:00.000000','2026-11-09',500,90,'delivered','YQF-2026-0008','330126110650101','2026-11-06 07:03:00.000000','2026-11-12',2684416,9372626,'2026-11-15 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 14:56:47.169780','2026-12-06 14:56:47.274087');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:j0HgxEzgYqAv8oEpdx/IxV4PLHaPMcuE/0/1O89kr33kCcn3HD6gWMhFXB9lUg==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-28 09:34:00.000000','2026-11-04',500,90,'delivered','YQF-2026-0009','330126103168856','2026-10-31 08:14:00.000000','2026-11-10',0,8492152,'2026-11-13 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 14:56:47.337472','2026-12-06 14:56:47.431785');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:+KMMLjKmOOw6G2V7EPDl6XAmH1wLbpsKDYbF0YTiQ0bmoOJLFYS9/r8Q9qo1Pg==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-29 08:36:00.000000','2026-09-05',500,90,'signed','YQF-2026-0010','330126083019420','2026-08-30 05:49:00.000000','2026-09-07',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 14:56:47.468553','2026-12-06 14:56:47.524738');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:G0nWSvDORDpu4tTvnQr936ludYye41A0HkaXq6mJkKvQ6h7e8pD4L1iRcqBc9A==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-30 06:41:00.000000','2026-10-07',500,90,'delivered','YQF-2026-0011','330126100323964','2026-10-03 08:51:00.000000','2026-10-12',4424000,12630240,'2026-11-30 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 14:56:47.538709','2026-12-06 14:56:47.674904');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:c5ZrVyCqkmuTY1N0waDPQuF0qU3LJh5JZt4DlO0ZcUO70L52NBTnaAZLhlcL4w==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-25 06:33:00.000000','2026-12-02',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 14:56:47.730118','2026-12-06 14:56:47.730121');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:xLiW9mD3Lgwh3BDDRDSC31jcGIe59GETlaP/vUjomDf9OzhLVRGW0P5bQXYR8A==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-26 05:29:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 14:56:47.763842','2026-12-06 14:56:47.763847');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:7Aganf/ykJE3K/ed6qxHRS93hVR0lozc2F343INh24faPHSzu1ivcuJ2P5wFCQ==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-29 04:52:00.000000','2026-12-06',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 14:56:47.818443','2026-12-06 14:56:47.818447');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:eglEKlzcKpCHNb7hNVF0VXdr9DQbaeDqyK2OvCvqYMPQEpcm2sYOs00spqDsDg==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-01 03:00:00.000000',196415900,221466480,8000000,'2026-11-30 06:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 14:56:47.860106','2026-12-06 14:56:47.889936');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:ZuuRlyumGfBX/d4MPXgYxen0IFFmg9vor+sJcAibukH4kTX0VsO3YljwPtL5BA==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-01 09:25:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 14:56:47.902698','2026-12-06 14:56:47.902703');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:rTSZfiE5o5aqXP703NkxAiCG0yWye2REt/KLkD3UhFmjVRHUSqfUPY8J9sEh2A==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-03 03:00:00.000000',264313750,300555000,10000000,'2026-12-02 07:30:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 14:56:47.935868','2026-12-06 14:56:47.973260');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:CGiJH89S4JqWp9tsqUBlao/P0IVLSWLxhcm1KYd6Esg3kMM55H/b0BIQu7vGoQ==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-03 02:20:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 14:56:47.983933','2026-12-06 14:56:47.983937');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:MQD98VooO3RgOF09vejxRHUPB6HwNhlhgn8vEjjLw5g77AD6/QiY+ye8vICwbQ==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-04 04:51:00.000000','2026-12-11',500,90,'signed','YQF-2026-0019','330126120520190','2026-12-05 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 14:56:48.026073','2026-12-06 14:56:48.062722');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:a50i6FEvhnwkQ9S0cylkyTzMqZb9nnWpmCT076biwXzyrQxP/kA8d9GVOvSBww==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-05 06:59:00.000000','2026-12-12',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 14:56:48.102816','2026-12-06 14:56:48.102821');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:bewtSr4JXaU3HhcOHmtEAUm3MqDoigQ4XFpzZdc8nzwcT/zEIM7i7RXGNtjq9A==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 09:33:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 14:56:48.141575','2026-12-06 14:56:48.141580');
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:YLjTiYA3ZxNwsuh8qCB96MrPWfxKJGbiAUY3IGbSZPv6zMviQ9wIxJicZkvmSQ==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 14:56:48.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 14:56:48.741460','2026-12-06 14:56:48.741466');
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:8iXGfHTx8xL3ZDkgST1AsucHwar82cq0EmnQwuvXsUactBkCert9QlBT87G7RA==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 14:56:48.000000','2026-12-13',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 14:56:48.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 14:56:48.757477','2026-12-06 14:56:48.766517');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 14:56:44.000000',2,1,'2026-12-06 14:56:45.404791','2026-12-06 14:56:45.414038');
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
INSERT INTO "duty_roster" VALUES('2026-11-16',2,1,1,'2026-12-06 14:56:44.316527','2026-12-06 14:56:44.316533');
INSERT INTO "duty_roster" VALUES('2026-11-16',4,2,2,'2026-12-06 14:56:44.316534','2026-12-06 14:56:44.316535');
INSERT INTO "duty_roster" VALUES('2026-11-16',5,3,3,'2026-12-06 14:56:44.316536','2026-12-06 14:56:44.316536');
INSERT INTO "duty_roster" VALUES('2026-12-06',4,1,4,'2026-12-06 14:56:45.382915','2026-12-06 14:56:45.382919');
INSERT INTO "duty_roster" VALUES('2026-12-06',2,2,5,'2026-12-06 14:56:45.382920','2026-12-06 14:56:45.382921');
INSERT INTO "duty_roster" VALUES('2026-12-06',5,3,6,'2026-12-06 14:56:45.382921','2026-12-06 14:56:45.382922');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-06 14:56:49.000000','request',1,'2026-12-06 14:56:49.768109','2026-12-06 14:56:49.768112');
INSERT INTO "erasure_log" VALUES(2,'2026-12-06 14:56:49.000000','request',2,'2026-12-06 14:56:49.995769','2026-12-06 14:56:49.995773');
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
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-06 14:56:49.859674','2026-12-06 14:56:49.859678');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 14:56:44.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 14:56:45.159598','2026-12-06 14:56:45.159602');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 14:56:44.000000','2026-12-06 14:56:45.160398');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,1,'2026-12-06 14:56:46.043788','2026-12-06 14:56:46.365914','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-04',53122598,53122598,'2026-07-02',2,2,'2026-12-06 14:56:46.043794','2026-12-06 14:56:46.382112','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-18',147286062,147286062,'2026-08-19',2,3,'2026-12-06 14:56:46.043797','2026-12-06 14:56:46.467359','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,4,'2026-12-06 14:56:46.103849','2026-12-06 14:56:46.522737','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-04',56010560,56010560,'2026-07-03',2,5,'2026-12-06 14:56:46.103852','2026-12-06 14:56:46.528333','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-17',154024640,154024640,'2026-08-19',2,6,'2026-12-06 14:56:46.103853','2026-12-06 14:56:46.598711','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-19',5000000,5000000,'2026-06-19',3,7,'2026-12-06 14:56:46.160522','2026-12-06 14:56:46.642194','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-04',83523040,83523040,'2026-06-29',2,8,'2026-12-06 14:56:46.160526','2026-12-06 14:56:46.651387','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-17',206553760,0,NULL,1,9,'2026-12-06 14:56:46.160527','2026-12-06 14:56:46.160528','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,10,'2026-12-06 14:56:46.222632','2026-12-06 14:56:46.710240','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-04',68950000,68950000,'2026-06-28',2,11,'2026-12-06 14:56:46.222638','2026-12-06 14:56:46.722113','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-17',179550000,179550000,'2026-08-18',2,12,'2026-12-06 14:56:46.222640','2026-12-06 14:56:46.773187','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,13,'2026-12-06 14:56:46.276451','2026-12-06 14:56:46.780339','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-04',49199776,49199776,'2026-07-03',2,14,'2026-12-06 14:56:46.276457','2026-12-06 14:56:46.802343','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-18',133466144,133466144,'2026-08-21',2,15,'2026-12-06 14:56:46.276459','2026-12-06 14:56:46.876103','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,16,'2026-12-06 14:56:46.336037','2026-12-06 14:56:46.894623','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-04',71000000,71000000,'2026-07-04',2,17,'2026-12-06 14:56:46.336040','2026-12-06 14:56:46.921078','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-17',189000000,189000000,'2026-08-09',2,18,'2026-12-06 14:56:46.336041','2026-12-06 14:56:47.011769','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-18',6627873,6627873,'2026-11-24',2,19,'2026-12-06 14:56:46.498921','2026-12-06 14:56:46.509149','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-14',6931109,6931109,'2026-10-19',2,20,'2026-12-06 14:56:46.617537','2026-12-06 14:56:46.627806','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-20',5000000,5000000,'2026-11-20',2,21,'2026-12-06 14:56:47.062436','2026-12-06 14:56:47.079470','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-05',61623515,36974109,NULL,2,22,'2026-12-06 14:56:47.062441','2026-12-06 14:56:47.094842','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-19',155454869,0,NULL,1,23,'2026-12-06 14:56:47.062442','2026-12-06 14:56:47.062443','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-02',5000000,5000000,'2026-11-02',2,24,'2026-12-06 14:56:47.184000','2026-12-06 14:56:47.205945','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-02',292543680,0,NULL,1,25,'2026-12-06 14:56:47.184004','2026-12-06 14:56:47.184005','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-15',2684416,2684416,'2026-11-18',2,26,'2026-12-06 14:56:47.275004','2026-12-06 14:56:47.287396','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-15',9372626,9372626,'2026-11-16',2,27,'2026-12-06 14:56:47.275007','2026-12-06 14:56:47.309200','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-28',10000000,10000000,'2026-10-28',2,28,'2026-12-06 14:56:47.350288','2026-12-06 14:56:47.362773','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-27',259592120,0,NULL,1,29,'2026-12-06 14:56:47.350294','2026-12-06 14:56:47.350294','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-13',8492152,8492152,'2026-11-19',2,30,'2026-12-06 14:56:47.432559','2026-12-06 14:56:47.445526','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-29',8000000,8000000,'2026-08-29',2,31,'2026-12-06 14:56:47.472414','2026-12-06 14:56:47.476433','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-28',258805000,258805000,'2026-09-22',2,32,'2026-12-06 14:56:47.472417','2026-12-06 14:56:47.489743','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-30',5000000,5000000,'2026-09-30',2,33,'2026-12-06 14:56:47.550082','2026-12-06 14:56:47.555926','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-15',115288000,115288000,'2026-10-10',2,34,'2026-12-06 14:56:47.550085','2026-12-06 14:56:47.571955','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-29',280672000,280672000,'2026-11-27',2,35,'2026-12-06 14:56:47.550087','2026-12-06 14:56:47.650082','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-30',4424000,4424000,'2026-11-30',2,36,'2026-12-06 14:56:47.675310','2026-12-06 14:56:47.686562','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-30',12630240,12630240,'2026-12-03',2,37,'2026-12-06 14:56:47.675313','2026-12-06 14:56:47.708920','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-25',5000000,5000000,'2026-11-25',2,38,'2026-12-06 14:56:47.738945','2026-12-06 14:56:47.746293','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-10',101049400,0,NULL,1,39,'2026-12-06 14:56:47.738951','2026-12-06 14:56:47.738952','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-23',247448600,0,NULL,1,40,'2026-12-06 14:56:47.738953','2026-12-06 14:56:47.738954','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-26',10000000,10000000,'2026-11-26',2,41,'2026-12-06 14:56:47.772237','2026-12-06 14:56:47.785762','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-11',46392281,0,NULL,1,42,'2026-12-06 14:56:47.772243','2026-12-06 14:56:47.772244','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-25',131581989,0,NULL,1,43,'2026-12-06 14:56:47.772245','2026-12-06 14:56:47.772245','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-29',5000000,5000000,'2026-11-29',2,44,'2026-12-06 14:56:47.826624','2026-12-06 14:56:47.835871','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-14',55512265,0,NULL,1,45,'2026-12-06 14:56:47.826629','2026-12-06 14:56:47.826630','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-28',141195285,0,NULL,1,46,'2026-12-06 14:56:47.826631','2026-12-06 14:56:47.826633','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-30',8000000,8000000,'2026-11-30',2,47,'2026-12-06 14:56:47.868368','2026-12-06 14:56:47.875711','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-15',50924770,0,NULL,1,48,'2026-12-06 14:56:47.868371','2026-12-06 14:56:47.868372','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-29',137491130,0,NULL,1,49,'2026-12-06 14:56:47.868372','2026-12-06 14:56:47.868373','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-01',5000000,5000000,'2026-12-01',2,50,'2026-12-06 14:56:47.911380','2026-12-06 14:56:47.918392','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-31',162493760,0,NULL,1,51,'2026-12-06 14:56:47.911384','2026-12-06 14:56:47.911385','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-02',10000000,10000000,'2026-12-02',2,52,'2026-12-06 14:56:47.947172','2026-12-06 14:56:47.955883','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-17',69294125,0,NULL,1,53,'2026-12-06 14:56:47.947177','2026-12-06 14:56:47.947178','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-31',185019625,0,NULL,1,54,'2026-12-06 14:56:47.947179','2026-12-06 14:56:47.947180','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-03',8000000,8000000,'2026-12-03',2,55,'2026-12-06 14:56:47.998601','2026-12-06 14:56:48.003967','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-18',79215119,0,NULL,1,56,'2026-12-06 14:56:47.998605','2026-12-06 14:56:47.998605','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-01',203501945,0,NULL,1,57,'2026-12-06 14:56:47.998606','2026-12-06 14:56:47.998607','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-04',10000000,10000000,'2026-12-04',2,58,'2026-12-06 14:56:48.036229','2026-12-06 14:56:48.042604','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-19',45877283,0,NULL,1,59,'2026-12-06 14:56:48.036232','2026-12-06 14:56:48.036233','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-02',130380327,0,NULL,1,60,'2026-12-06 14:56:48.036233','2026-12-06 14:56:48.036234','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-05',5000000,5000000,'2026-12-05',2,61,'2026-12-06 14:56:48.111535','2026-12-06 14:56:48.120280','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-20',96747589,0,NULL,1,62,'2026-12-06 14:56:48.111538','2026-12-06 14:56:48.111539','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-03',237411041,0,NULL,1,63,'2026-12-06 14:56:48.111539','2026-12-06 14:56:48.111540','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,64,'2026-12-06 14:56:48.153016','2026-12-06 14:56:48.156166','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-21',61645000,0,NULL,1,65,'2026-12-06 14:56:48.153021','2026-12-06 14:56:48.153021','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-06',155505000,0,NULL,1,66,'2026-12-06 14:56:48.153022','2026-12-06 14:56:48.153023','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,67,'2026-12-06 14:56:48.746705','2026-12-06 14:56:48.746709','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 14:56:48.746711','2026-12-06 14:56:48.746712','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 14:56:48.746713','2026-12-06 14:56:48.746714','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,70,'2026-12-06 14:56:48.761690','2026-12-06 14:56:48.761692','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-06',50324528,0,NULL,2,71,'2026-12-06 14:56:48.761693','2026-12-06 14:56:48.771481','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-05',221298112,0,NULL,2,72,'2026-12-06 14:56:48.761694','2026-12-06 14:56:48.771842','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 14:56:48.858528','2026-12-06 14:56:49.401561');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 14:56:49.408884','2026-12-06 14:56:49.412198');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 14:56:44.970541','2026-12-06 14:56:44.970544');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 14:56:45.031028','2026-12-06 14:56:49.893261');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 14:56:45.082295','2026-12-06 14:56:45.082300');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 14:56:45.134127','2026-12-06 14:56:49.893261');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 14:56:49.487869','2026-12-06 14:56:49.487873');
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
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-06 14:56:44.000000','2026-12-06 14:56:49.911827');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-06 14:56:45.229883','2026-12-06 14:56:49.911827');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 14:51:49.000000',1,0,1,'2026-12-06 14:56:49.456669','2026-12-06 14:56:49.502011');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 14:51:49.000000',0,0,2,'2026-12-06 14:56:49.514508','2026-12-06 14:56:49.514513');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 14:51:52.000000',0,0,3,'2026-12-06 14:56:49.532273','2026-12-06 14:56:49.532276');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 14:51:55.000000',0,1,4,'2026-12-06 14:56:49.562981','2026-12-06 14:56:49.562987');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 14:51:58.000000',0,1,5,'2026-12-06 14:56:49.591183','2026-12-06 14:56:49.591187');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-20','杭州市余杭区文一西路 2688 号','2026-06-19',1,1,'2026-12-06 14:56:45.675926','2026-12-06 14:56:45.675931');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-19 01:26:00.000000',4,1,2,1,'2026-05-21 02:18:00.000000','2026-12-06 14:56:49.909243',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-19 01:32:00.000000',2,2,2,2,'2026-05-24 05:39:00.000000','2026-12-06 14:56:46.110803',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-19 01:38:00.000000',2,3,2,3,'2026-05-28 02:29:00.000000','2026-12-06 14:56:46.162478',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-19 01:44:00.000000',4,4,2,4,'2026-05-31 05:43:00.000000','2026-12-06 14:56:49.909243',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-16 07:04:00.000000',8,NULL,2,5,'2026-06-04 02:02:00.000000','2026-12-06 14:56:45.903969',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-19 01:50:00.000000',4,5,2,6,'2026-06-08 05:35:00.000000','2026-12-06 14:56:49.909243',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-19 01:56:00.000000',2,6,2,7,'2026-06-11 02:56:00.000000','2026-12-06 14:56:46.344202',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-15 07:00:00.000000',7,NULL,2,8,'2026-06-15 05:00:00.000000','2026-12-06 14:56:45.902065',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 14:56:48.000000','2026-12-06 14:56:48.631023','2026-12-06 14:56:48.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 14:56:48.000000','2026-12-06 14:56:48.687116',NULL,'','2026-12-06 14:56:48.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-21',8,'',NULL,'',NULL,NULL,'2026-05-22 08:00:00.000000',9,1,'2026-05-21 02:33:00.000000','2026-12-06 14:56:48.190605','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-24',8,'',NULL,'',NULL,NULL,'2026-05-25 08:00:00.000000',9,2,'2026-05-24 05:54:00.000000','2026-12-06 14:56:48.192422','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-24", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-28',8,'',NULL,'',NULL,NULL,'2026-05-29 08:00:00.000000',9,3,'2026-05-28 02:44:00.000000','2026-12-06 14:56:48.202464','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-31',8,'',NULL,'',NULL,NULL,'2026-06-01 08:00:00.000000',9,4,'2026-05-31 05:58:00.000000','2026-12-06 14:56:48.204132','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-31", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-04',8,'',NULL,'',NULL,NULL,'2026-06-05 08:00:00.000000',9,5,'2026-06-04 02:17:00.000000','2026-12-06 14:56:48.205245','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-08',8,'',NULL,'',NULL,NULL,'2026-06-09 08:00:00.000000',9,6,'2026-06-08 05:50:00.000000','2026-12-06 14:56:48.206290','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-08", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-11',8,'',NULL,'',NULL,NULL,'2026-06-12 08:00:00.000000',9,7,'2026-06-11 03:11:00.000000','2026-12-06 14:56:48.207901','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,8,'2026-06-19 01:04:00.000000','2026-12-06 14:56:48.217431','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-02',8,'',NULL,'',NULL,NULL,'2026-07-03 08:00:00.000000',9,9,'2026-07-02 02:50:00.000000','2026-12-06 14:56:48.219112','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,10,'2026-08-19 02:39:00.000000','2026-12-06 14:56:48.224916','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-24',8,'',NULL,'',NULL,NULL,'2026-11-25 08:00:00.000000',9,11,'2026-11-24 05:03:00.000000','2026-12-06 14:56:48.226670','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-24", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,12,'2026-06-19 07:56:00.000000','2026-12-06 14:56:48.227784','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,13,'2026-07-03 01:27:00.000000','2026-12-06 14:56:48.235436','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,14,'2026-08-19 05:53:00.000000','2026-12-06 14:56:48.239376','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-19',8,'',NULL,'',NULL,NULL,'2026-10-20 08:00:00.000000',9,15,'2026-10-19 07:11:00.000000','2026-12-06 14:56:48.240894','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,16,'2026-06-19 06:05:00.000000','2026-12-06 14:56:48.242606','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,17,'2026-06-29 01:05:00.000000','2026-12-06 14:56:48.244223','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,18,'2026-06-19 02:58:00.000000','2026-12-06 14:56:48.253976','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-28',8,'',NULL,'',NULL,NULL,'2026-06-29 08:00:00.000000',9,19,'2026-06-28 04:08:00.000000','2026-12-06 14:56:48.255284','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-28", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-18',8,'',NULL,'',NULL,NULL,'2026-08-19 08:00:00.000000',9,20,'2026-08-18 07:04:00.000000','2026-12-06 14:56:48.256269','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-18", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,21,'2026-06-19 01:11:00.000000','2026-12-06 14:56:48.261528','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,22,'2026-07-03 01:31:00.000000','2026-12-06 14:56:48.262781','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-21',8,'',NULL,'',NULL,NULL,'2026-08-22 08:00:00.000000',9,23,'2026-08-21 02:17:00.000000','2026-12-06 14:56:48.264475','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-21", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,24,'2026-06-19 05:43:00.000000','2026-12-06 14:56:48.274130','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,25,'2026-07-04 08:57:00.000000','2026-12-06 14:56:48.275841','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'','2026-12-03 14:56:45.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-09 06:43:00.000000','2026-12-06 14:56:48.168237','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,27,'2026-11-20 05:00:00.000000','2026-12-06 14:56:48.281526','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-04 07:10:00.000000','2026-12-06 14:56:47.107356','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-02',8,'',NULL,'',NULL,NULL,'2026-11-03 08:00:00.000000',9,29,'2026-11-02 01:03:00.000000','2026-12-06 14:56:48.282629','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,30,'2026-11-18 06:50:00.000000','2026-12-06 14:56:48.283951','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-18", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,31,'2026-11-16 03:38:00.000000','2026-12-06 14:56:48.293567','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-16", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-28',8,'',NULL,'',NULL,NULL,'2026-10-29 08:00:00.000000',9,32,'2026-10-28 03:46:00.000000','2026-12-06 14:56:48.295297','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,33,'2026-11-19 03:34:00.000000','2026-12-06 14:56:48.301116','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-29',8,'',NULL,'',NULL,NULL,'2026-08-30 08:00:00.000000',9,34,'2026-08-29 04:03:00.000000','2026-12-06 14:56:48.302451','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-22',8,'',NULL,'',NULL,NULL,'2026-09-23 08:00:00.000000',9,35,'2026-09-22 05:56:00.000000','2026-12-06 14:56:48.303488','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-22", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-30',8,'',NULL,'',NULL,NULL,'2026-10-01 08:00:00.000000',9,36,'2026-09-30 03:52:00.000000','2026-12-06 14:56:48.309217','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-09-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-10',8,'',NULL,'',NULL,NULL,'2026-10-11 08:00:00.000000',9,37,'2026-10-10 01:44:00.000000','2026-12-06 14:56:48.310897','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-10", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,38,'2026-11-27 01:08:00.000000','2026-12-06 14:56:48.316569','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-27", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,39,'2026-11-30 07:08:00.000000','2026-12-06 14:56:48.317855','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,40,'2026-12-03 01:10:00.000000','2026-12-06 14:56:48.319015','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,41,'2026-11-25 07:50:00.000000','2026-12-06 14:56:48.328762','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,42,'2026-11-26 03:34:00.000000','2026-12-06 14:56:48.330296','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-29',8,'',NULL,'',NULL,NULL,'2026-11-30 08:00:00.000000',9,43,'2026-11-29 04:30:00.000000','2026-12-06 14:56:48.332014','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,44,'2026-11-30 04:23:00.000000','2026-12-06 14:56:48.339864','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,45,'2026-12-01 03:25:00.000000','2026-12-06 14:56:48.341062','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,46,'2026-12-02 01:06:00.000000','2026-12-06 14:56:48.342766','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,47,'2026-12-03 07:28:00.000000','2026-12-06 14:56:48.344314','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-04 09:13:00.000000','2026-12-06 14:56:48.062019','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-05 05:57:00.000000','2026-12-06 14:56:48.133106','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 07:25:00.000000','2026-12-06 14:56:48.164636','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'',NULL,'',NULL,26,'2026-12-04 08:00:00.000000',9,51,'2026-12-03 14:56:45.000000','2026-12-06 14:56:48.349912','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-06 14:56:45.044739','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 14:56:44.000000','2026-12-06 14:56:45.375263');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-06 14:56:46.065329','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-06 14:56:46.231800','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-06 14:56:46.294211','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-06 14:56:46.425609','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-06 14:56:46.742225','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-06 14:56:46.832179','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-06 14:56:47.076758','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-06 14:56:47.142949','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-06 14:56:47.195178','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-06 14:56:47.249834','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-06 14:56:47.779286','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-06 14:56:48.001105','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-06 14:56:48.117764','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-06 14:56:48.764596','2026-12-06 14:56:49.910416');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-06 14:56:48.779369','2026-12-06 14:56:49.910416');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 14:56:45.344927','2026-12-06 14:56:45.344931');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 14:56:45.344932','2026-12-06 14:56:45.344933');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 14:56:45.344933','2026-12-06 14:56:45.344934');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 14:56:45.344935','2026-12-06 14:56:45.344935');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 14:56:45.356010','2026-12-06 14:56:45.356014');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 14:56:45.356016','2026-12-06 14:56:45.356017');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 14:56:45.356018','2026-12-06 14:56:45.356019');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 14:56:45.356020','2026-12-06 14:56:45.356021');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 14:56:45.364036','2026-12-06 14:56:45.371292');
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
INSERT INTO "rotation_turns" VALUES('2026-11-16',2,'serve',1,NULL,'',1,'2026-11-16 14:56:44.000000','2026-12-06 14:56:44.998759');
INSERT INTO "rotation_turns" VALUES('2026-11-16',4,'serve',2,NULL,'',2,'2026-11-16 15:56:44.000000','2026-12-06 14:56:49.917389');
INSERT INTO "rotation_turns" VALUES('2026-12-06',4,'skip',NULL,NULL,'',3,'2026-12-06 14:56:44.000000','2026-12-06 14:56:45.389536');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',NULL,'同行踩盘','',4,'2026-12-06 14:56:44.000000','2026-12-06 14:56:45.395432');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',6,NULL,'',5,'2026-12-06 14:51:49.000000','2026-12-06 14:56:49.491772');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 14:56:43.882081','2026-12-06 14:56:43.882086');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 14:56:43.883731','2026-12-06 14:56:43.883733');
INSERT INTO "settings" VALUES('database.id','"3f08e1ba-05b6-4cd6-b905-5ba4b1a45fa6"',1,3,'2026-12-06 14:56:46.001344','2026-12-06 14:56:46.001349');
INSERT INTO "settings" VALUES('ids.key_check','"v8t8Bw8LTe2rTXr4D4Y3XgpCKkBENwJckDpcWigK6Iw="',1,4,'2026-12-06 14:56:46.005307','2026-12-06 14:56:46.005311');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 14:56:48.699129','2026-12-06 14:56:48.699133');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 14:56:49.423380','2026-12-06 14:56:49.423385');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-20 01:06:00.000000','','2026-06-19 01:26:00.000000','',1,'2026-06-19 01:06:00.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-20 01:12:00.000000','','2026-06-19 01:32:00.000000','转认购',2,'2026-06-19 01:12:00.000000','2026-12-06 14:56:46.091727',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-20 01:18:00.000000','','2026-06-19 01:38:00.000000','转认购',3,'2026-06-19 01:18:00.000000','2026-12-06 14:56:46.153759',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-20 01:24:00.000000','','2026-06-19 01:44:00.000000','',4,'2026-06-19 01:24:00.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-20 01:30:00.000000','','2026-06-19 01:50:00.000000','',5,'2026-06-19 01:30:00.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-20 01:36:00.000000','','2026-06-19 01:56:00.000000','转认购',6,'2026-06-19 01:36:00.000000','2026-12-06 14:56:46.330240',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 14:56:45.000000','2026-12-06 14:56:48.363375',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 14:56:45.000000','2026-12-06 14:56:48.374707',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 12:56:45.000000','',NULL,'',9,'2026-12-06 12:56:45.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 09:56:45.000000','',NULL,'',10,'2026-12-06 09:56:45.000000','2026-12-06 14:56:48.402564',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 18:56:45.000000','',NULL,'',11,'2026-12-05 18:56:45.000000','2026-12-06 14:56:48.409565',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 08:56:45.000000','','2026-12-06 08:56:45.000000','',12,'2026-12-05 08:56:45.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 14:56:45.000000','','2026-12-05 14:56:45.000000','',13,'2026-12-04 14:56:45.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 14:56:45.000000','','2026-12-04 14:56:45.000000','',14,'2026-12-03 14:56:45.000000','2026-12-06 14:56:49.899858',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 14:56:48.000000','',NULL,'',15,'2026-12-06 14:56:48.000000','2026-12-06 14:56:48.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.665596');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.409266');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.744842');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.773621');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 14:56:45.693121','2026-12-06 14:56:46.503008');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.390188');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 14:56:45.693121','2026-12-06 14:56:47.988302');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 14:56:45.693121','2026-12-06 14:56:46.676861');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 14:56:45.693121','2026-12-06 14:56:46.620338');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 14:56:45.693121','2026-12-06 14:56:48.143318');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 14:56:45.693121','2026-12-06 14:56:47.285642');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 14:56:45.693121','2026-12-06 14:56:47.119466');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 14:56:45.693121','2026-12-06 14:56:45.693121');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 14:56:45.696173','2026-12-06 14:56:48.402356');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 14:56:45.696173','2026-12-06 14:56:47.435243');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 14:56:45.696173','2026-12-06 14:56:47.684727');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 14:56:45.696173','2026-12-06 14:56:48.109432');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 14:56:45.696173','2026-12-06 14:56:47.732371');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 14:56:45.696173','2026-12-06 14:56:45.696173');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 14:56:45.708327','2026-12-06 14:56:48.073785');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.769897');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.909189');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 14:56:45.708327','2026-12-06 14:56:48.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 14:56:45.708327','2026-12-06 14:56:46.735370');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 14:56:45.708327','2026-12-06 14:56:46.825049');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 14:56:45.708327','2026-12-06 14:56:48.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.866664');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 14:56:45.708327','2026-12-06 14:56:46.947443');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.820203');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.945707');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 14:56:45.708327','2026-12-06 14:56:47.506319');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 14:56:45.708327','2026-12-06 14:56:48.374420');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 14:56:45.708327','2026-12-06 14:56:48.362657');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 14:56:45.708327','2026-12-06 14:56:45.708327');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 14:56:43.651793','2026-12-06 14:56:43.651801');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 14:56:43.861071','2026-12-06 14:56:43.861077');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 14:56:43.868766','2026-12-06 14:56:43.868770');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 14:56:43.868771','2026-12-06 14:56:43.868772');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 14:56:44.260786','2026-12-06 14:56:44.260792');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 14:56:44.263467','2026-12-06 14:56:44.263469');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 14:56:44.263470','2026-12-06 14:56:44.263470');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 14:56:44.272306','2026-12-06 14:56:44.272308');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 14:56:45.623391','2026-12-06 14:56:45.623393');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 14:56:45.629934','2026-12-06 14:56:45.629936');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 14:56:45.631841','2026-12-06 14:56:45.631842');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 14:56:45.646154','2026-12-06 14:56:45.646155');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 14:56:45.648336','2026-12-06 14:56:45.648338');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$8Ib1IfNHpeuHGZPmWVezRA==$+4KykjXGQx4gh0I/WTROf/uzSbrsUke6F4fERJkYEEc=',1,0,NULL,1,1,'2026-12-06 14:56:43.647271','2026-12-06 14:56:43.647280');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$yrc3mD2o1X/intdVHLClLQ==$rReK6aGTugDn9ug9/h9kdyJzOae+i4XxOJJl8HqGOJo=',1,1,NULL,1,2,'2026-12-06 14:56:43.852230','2026-12-06 14:56:43.852237');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 14:56:43.863666','2026-12-06 14:56:43.863672');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 14:56:44.252211','2026-12-06 14:56:44.252215');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 14:56:44.263144','2026-12-06 14:56:44.263147');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 14:56:44.272031','2026-12-06 14:56:44.272035');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 14:56:45.623022','2026-12-06 14:56:45.623030');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 14:56:45.629643','2026-12-06 14:56:45.629647');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 14:56:45.631600','2026-12-06 14:56:45.631602');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 14:56:45.645889','2026-12-06 14:56:45.645893');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 14:56:45.648061','2026-12-06 14:56:45.648066');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 14:56:44.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 14:56:44.990251','2026-12-06 14:56:44.990255');
INSERT INTO "visits" VALUES(2,'2026-11-16 15:56:44.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 14:56:45.031181','2026-12-06 14:56:49.885848');
INSERT INTO "visits" VALUES(3,'2026-11-16 16:56:44.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 14:56:45.082553','2026-12-06 14:56:45.082555');
INSERT INTO "visits" VALUES(1,'2026-12-04 14:56:44.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 14:56:45.098731','2026-12-06 14:56:45.098734');
INSERT INTO "visits" VALUES(2,'2026-12-04 14:56:44.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 14:56:45.134286','2026-12-06 14:56:49.885848');
INSERT INTO "visits" VALUES(4,'2026-12-06 14:51:49.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 14:56:49.488105','2026-12-06 14:56:49.488107');
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
