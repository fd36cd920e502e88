BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0014_search');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'登录名=''admin''；姓名=''管理员''；密码=***；在用=是；下次登录须改密码=否',NULL,1,'2026-12-06 15:44:52.317005','2026-12-06 15:44:52.317014');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'用户编号=1；角色=''管理员''',NULL,2,'2026-12-06 15:44:52.317016','2026-12-06 15:44:52.317018');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'登录名=''guwen1''；姓名=''王浩''；密码=***；在用=是；下次登录须改密码=是',NULL,3,'2026-12-06 15:44:52.524083','2026-12-06 15:44:52.524087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'用户编号=2；角色=''置业顾问''',NULL,4,'2026-12-06 15:44:52.524089','2026-12-06 15:44:52.524090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'登录名=''jingli''；姓名=''黄建国''；在用=是；下次登录须改密码=否',NULL,5,'2026-12-06 15:44:52.537860','2026-12-06 15:44:52.537866');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'用户编号=3；角色=''置业顾问''',NULL,6,'2026-12-06 15:44:52.537867','2026-12-06 15:44:52.537869');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'用户编号=3；角色=''案场经理''',NULL,7,'2026-12-06 15:44:52.537870','2026-12-06 15:44:52.537871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'设置项=''公司名称''；值=''安家置业（杭州）有限公司''',NULL,8,'2026-12-06 15:44:52.554166','2026-12-06 15:44:52.554172');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'设置项=''无操作锁屏（分钟）''；值=15',NULL,9,'2026-12-06 15:44:52.556966','2026-12-06 15:44:52.556972');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'手工维护年份=2027；备注=''''',NULL,10,'2026-12-06 15:44:52.577026','2026-12-06 15:44:52.577034');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,11,'2026-12-06 15:44:52.579879','2026-12-06 15:44:52.579883');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'日期=2027-01-01；调休上班=否；名称=''元旦''',NULL,12,'2026-12-06 15:44:52.579884','2026-12-06 15:44:52.579885');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'日期=2027-02-20；调休上班=是；名称=''春节调休''',NULL,13,'2026-12-06 15:44:52.579886','2026-12-06 15:44:52.579887');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',4,'登录名=''guwen2''；姓名=''陈思雨''；在用=是；下次登录须改密码=否',NULL,14,'2026-12-06 15:44:52.948392','2026-12-06 15:44:52.948396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',5,'用户编号=4；角色=''置业顾问''',NULL,15,'2026-12-06 15:44:52.948397','2026-12-06 15:44:52.948399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',5,'登录名=''zishen''；姓名=''赵敏''；在用=是；下次登录须改密码=否',NULL,16,'2026-12-06 15:44:52.955131','2026-12-06 15:44:52.955136');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',6,'用户编号=5；角色=''置业顾问''',NULL,17,'2026-12-06 15:44:52.955137','2026-12-06 15:44:52.955138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',7,'用户编号=5；角色=''资深顾问''',NULL,18,'2026-12-06 15:44:52.955140','2026-12-06 15:44:52.955141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',6,'登录名=''qiantai''；姓名=''林晓雯''；在用=是；下次登录须改密码=否',NULL,19,'2026-12-06 15:44:52.961313','2026-12-06 15:44:52.961316');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',8,'用户编号=6；角色=''前台''',NULL,20,'2026-12-06 15:44:52.961317','2026-12-06 15:44:52.961318');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',1,'日期=2026-11-16；顾问=2；顺序=1',NULL,21,'2026-12-06 15:44:53.019886','2026-12-06 15:44:53.019891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',2,'日期=2026-11-16；顾问=4；顺序=2',NULL,22,'2026-12-06 15:44:53.019893','2026-12-06 15:44:53.019894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',3,'日期=2026-11-16；顾问=5；顺序=3',NULL,23,'2026-12-06 15:44:53.019896','2026-12-06 15:44:53.019897');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',1,'姓名=''张伟''；手机号=''138****5678''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''路过''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 15:44:52 UTC；同意营销联系=是；勿扰=否；风险监测=否',NULL,24,'2026-12-06 15:44:53.722055','2026-12-06 15:44:53.722062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',1,'客户编号=1；新顾问=2；方式=''register''；原因=''''',NULL,25,'2026-12-06 15:44:53.744837','2026-12-06 15:44:53.744841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',1,'客户编号=1；来访时间=2026-11-16 15:44:52 UTC；首访/复访=''首访''；来访人数=2；来源渠道=''自然到访''；认知途径=''路过''；接待顾问=2；备注=''''',NULL,26,'2026-12-06 15:44:53.744841','2026-12-06 15:44:53.744842');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'归属顾问：（空） → 2；保护期至：（空） → 2026-12-16',NULL,27,'2026-12-06 15:44:53.744843','2026-12-06 15:44:53.744843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',1,'日期=2026-11-16；顾问=2；类型=''接待''；来访编号=1；备注=''''',NULL,28,'2026-12-06 15:44:53.751764','2026-12-06 15:44:53.751768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','lookup','customers',1,'推荐人查询 13812345678：已是客户（编号 1）',NULL,29,'2026-12-06 15:44:53.774705','2026-12-06 15:44:53.774712');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',2,'（个人信息已清除）',NULL,30,'2026-12-06 15:44:53.797349','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',2,'（个人信息已清除）',NULL,31,'2026-12-06 15:44:53.800413','2026-12-06 15:44:58.877784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',2,'（个人信息已清除）',NULL,32,'2026-12-06 15:44:53.800418','2026-12-06 15:44:58.876672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,33,'2026-12-06 15:44:53.800420','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',1,'（个人信息已清除）',NULL,34,'2026-12-06 15:44:53.811806','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',3,'姓名=''单丽''；手机号=''138****9999''；号码类型=''渠道隐号''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''渠道带看''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-11-16 17:44:52 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,35,'2026-12-06 15:44:53.871624','2026-12-06 15:44:53.871631');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',3,'客户编号=3；新顾问=5；方式=''register''；原因=''''',NULL,36,'2026-12-06 15:44:53.879197','2026-12-06 15:44:53.879201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',3,'客户编号=3；来访时间=2026-11-16 17:44:52 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''渠道带看''；认知途径=''''；接待顾问=5；备注=''''',NULL,37,'2026-12-06 15:44:53.879203','2026-12-06 15:44:53.879204');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'归属顾问：（空） → 5；保护期至：（空） → 2026-12-17',NULL,38,'2026-12-06 15:44:53.879205','2026-12-06 15:44:53.879207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',4,'客户编号=1；来访时间=2026-12-04 15:44:52 UTC；首访/复访=''复访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,39,'2026-12-06 15:44:53.909656','2026-12-06 15:44:53.909662');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'保护期至：2026-12-16 → 2027-01-03',NULL,40,'2026-12-06 15:44:53.909664','2026-12-06 15:44:53.909665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 15:44:52 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,41,'2026-12-06 15:44:53.949850','2026-12-06 15:44:53.949857');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',4,'（个人信息已清除）',NULL,42,'2026-12-06 15:44:53.957564','2026-12-06 15:44:58.877784');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',5,'（个人信息已清除）',NULL,43,'2026-12-06 15:44:53.957570','2026-12-06 15:44:58.876672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 4；保护期至：（空） → 2027-01-03',NULL,44,'2026-12-06 15:44:53.957573','2026-12-06 15:44:53.957573');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','grade_changes',1,'客户编号=1；原等级=''C 低意向''；新等级=''A 高意向''；原因=''预算明确，三个月内购买''',NULL,45,'2026-12-06 15:44:53.978264','2026-12-06 15:44:53.978268');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','follow_ups',1,'客户编号=1；跟进时间=2026-12-05 15:44:52 UTC；跟进方式=''电话''；内容=''客户确认预算，想看三房样板间''；结果=''约定周末复访''；下次跟进日=2026-12-09；原等级=''C 低意向''；新等级=''A 高意向''',NULL,46,'2026-12-06 15:44:53.978269','2026-12-06 15:44:53.978270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'意向等级：''C 低意向'' → ''A 高意向''；计划跟进日：（空） → 2026-12-09',NULL,47,'2026-12-06 15:44:53.978271','2026-12-06 15:44:53.978272');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_relatives',1,'客户编号=1；关系=''配偶''；姓名=''李娜''；手机号=''137****2222''',NULL,48,'2026-12-06 15:44:53.986448','2026-12-06 15:44:53.986451');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',1,'（个人信息已清除）',NULL,49,'2026-12-06 15:44:54.001112','2026-12-06 15:44:58.877369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,50,'2026-12-06 15:44:54.001119','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customer_merges',1,'（个人信息已清除）',NULL,51,'2026-12-06 15:44:54.014758','2026-12-06 15:44:58.878193');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','phone_changes',2,'（个人信息已清除）',NULL,52,'2026-12-06 15:44:54.020991','2026-12-06 15:44:58.877369');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',4,'姓名=''曾晓贤''；手机号=''139****4444''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；归属顾问=4；保护期至=2027-01-03；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-04 15:44:52 UTC；同意营销联系=否；勿扰=否；风险监测=否',NULL,53,'2026-12-06 15:44:54.100673','2026-12-06 15:44:54.100681');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）','同一人登记了两次',54,'2026-12-06 15:44:54.100683','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',1,'风险监测：否 → 是',NULL,55,'2026-12-06 15:44:54.104467','2026-12-06 15:44:54.104471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',1,'客户编号=1；日期=2026-12-05；维度=''沟通频率''；风险=''高风险''',NULL,56,'2026-12-06 15:44:54.114696','2026-12-06 15:44:54.114700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',2,'客户编号=1；日期=2026-12-05；维度=''关注重点''；风险=''高风险''',NULL,57,'2026-12-06 15:44:54.114701','2026-12-06 15:44:54.114702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',3,'客户编号=1；日期=2026-12-05；维度=''陪同人员态度''；风险=''低风险''',NULL,58,'2026-12-06 15:44:54.114703','2026-12-06 15:44:54.114704');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',4,'客户编号=1；日期=2026-12-05；维度=''资金准备''；风险=''低风险''',NULL,59,'2026-12-06 15:44:54.114705','2026-12-06 15:44:54.114706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',5,'客户编号=1；日期=2026-12-06；维度=''沟通频率''；风险=''高风险''',NULL,60,'2026-12-06 15:44:54.130218','2026-12-06 15:44:54.130221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',6,'客户编号=1；日期=2026-12-06；维度=''关注重点''；风险=''高风险''',NULL,61,'2026-12-06 15:44:54.130223','2026-12-06 15:44:54.130225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',7,'客户编号=1；日期=2026-12-06；维度=''陪同人员态度''；风险=''高风险''',NULL,62,'2026-12-06 15:44:54.130226','2026-12-06 15:44:54.130227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_marks',8,'客户编号=1；日期=2026-12-06；维度=''资金准备''；风险=''低风险''',NULL,63,'2026-12-06 15:44:54.130228','2026-12-06 15:44:54.130229');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','risk_warnings',1,'客户编号=1；级别=2；起始日=2026-12-05；截止日=2026-12-06；状态=''open''；回访结果=''''',NULL,64,'2026-12-06 15:44:54.139988','2026-12-06 15:44:54.139993');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','risk_warnings',1,'状态：''open'' → ''assigned''；回访顾问：（空） → 5',NULL,65,'2026-12-06 15:44:54.156809','2026-12-06 15:44:54.156814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',2,'推荐人=1；积分=-50；类型=''redeem''；说明=''物业费抵用券''',NULL,66,'2026-12-06 15:44:54.165012','2026-12-06 15:44:54.165016');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',4,'日期=2026-12-06；顾问=4；顺序=1',NULL,67,'2026-12-06 15:44:54.174947','2026-12-06 15:44:54.174950');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',5,'日期=2026-12-06；顾问=2；顺序=2',NULL,68,'2026-12-06 15:44:54.174952','2026-12-06 15:44:54.174953');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','duty_roster',6,'日期=2026-12-06；顾问=5；顺序=3',NULL,69,'2026-12-06 15:44:54.174955','2026-12-06 15:44:54.174956');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',2,'日期=2026-12-06；顾问=4；类型=''跳过''；备注=''''',NULL,70,'2026-12-06 15:44:54.184319','2026-12-06 15:44:54.184323');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',3,'日期=2026-12-06；顾问=2；类型=''接待''；备注=''''',NULL,71,'2026-12-06 15:44:54.191302','2026-12-06 15:44:54.191308');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','rotation_turns',3,'无效原因：（空） → ''同行踩盘''',NULL,72,'2026-12-06 15:44:54.206738','2026-12-06 15:44:54.206742');
INSERT INTO "audit_log" VALUES(4,'陈思雨',NULL,NULL,'create','disputes',1,'客户编号=1；申请顾问=4；原归属顾问=2；申请理由=''上周首次接待的是我''；状态=''open''；裁定理由=''''',NULL,73,'2026-12-06 15:44:54.229761','2026-12-06 15:44:54.229768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','disputes',1,'状态：''open'' → ''ruled''；裁定归属：（空） → 2；裁定理由：'''' → ''来访登记显示王浩首次接待''；裁定时间：（空） → 2026-12-06 15:44:52 UTC',NULL,74,'2026-12-06 15:44:54.243054','2026-12-06 15:44:54.243057');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',7,'登录名=''mishu''；姓名=''周敏''；在用=是；下次登录须改密码=否',NULL,75,'2026-12-06 15:44:54.596319','2026-12-06 15:44:54.596322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',9,'用户编号=7；角色=''销售秘书''',NULL,76,'2026-12-06 15:44:54.596324','2026-12-06 15:44:54.596325');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',8,'登录名=''chuna''；姓名=''吴芳''；在用=是；下次登录须改密码=否',NULL,77,'2026-12-06 15:44:54.603976','2026-12-06 15:44:54.603981');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',10,'用户编号=8；角色=''出纳''',NULL,78,'2026-12-06 15:44:54.603983','2026-12-06 15:44:54.603984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',9,'登录名=''caiwu''；姓名=''郑丽''；在用=是；下次登录须改密码=否',NULL,79,'2026-12-06 15:44:54.618335','2026-12-06 15:44:54.618340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',11,'用户编号=9；角色=''财务''',NULL,80,'2026-12-06 15:44:54.618341','2026-12-06 15:44:54.618342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',10,'登录名=''anjie''；姓名=''孙强''；在用=是；下次登录须改密码=否',NULL,81,'2026-12-06 15:44:54.625440','2026-12-06 15:44:54.625445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',12,'用户编号=10；角色=''按揭专员''',NULL,82,'2026-12-06 15:44:54.625447','2026-12-06 15:44:54.625448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',11,'登录名=''yingxiao''；姓名=''冯涛''；在用=是；下次登录须改密码=否',NULL,83,'2026-12-06 15:44:54.628052','2026-12-06 15:44:54.628056');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',13,'用户编号=11；角色=''营销负责人''',NULL,84,'2026-12-06 15:44:54.628057','2026-12-06 15:44:54.628058');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','projects',1,'项目名称=''安家·云栖府''；预售许可证号=''杭售许字(2025)第0737号''；预售许可日期=2026-05-20；项目地址=''杭州市余杭区文一西路 2688 号''；开盘日期=2026-06-19',NULL,85,'2026-12-06 15:44:54.650667','2026-12-06 15:44:54.650672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',1,'项目=1；分期=''一期''；楼栋=''1栋''；楼栋编号=''1''',NULL,86,'2026-12-06 15:44:54.666890','2026-12-06 15:44:54.666895');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',1,'生成楼栋：安家·云栖府 1栋，共 72 套，表价 2,071,760.00 – 3,064,624.00 元',NULL,87,'2026-12-06 15:44:54.666896','2026-12-06 15:44:54.666898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',2,'项目=1；分期=''一期''；楼栋=''2栋''；楼栋编号=''2''',NULL,88,'2026-12-06 15:44:54.681094','2026-12-06 15:44:54.681099');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',2,'生成楼栋：安家·云栖府 2栋，共 156 套，表价 2,592,840.00 – 4,202,920.00 元',NULL,89,'2026-12-06 15:44:54.681101','2026-12-06 15:44:54.681102');
INSERT INTO "audit_log" VALUES(7,'周敏',NULL,NULL,'generate','buildings',3,'生成楼栋：安家·云栖府 3栋，共 165 套，表价 1,646,400.00 – 2,812,500.00 元',NULL,90,'2026-12-06 15:44:54.691379','2026-12-06 15:44:54.691384');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','buildings',3,'项目=1；分期=''二期''；楼栋=''3栋''；楼栋编号=''3''',NULL,91,'2026-12-06 15:44:54.691386','2026-12-06 15:44:54.691388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',1,'（个人信息已清除）',NULL,92,'2026-12-06 15:44:54.715036','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',1,'项目=1；收据号=1；客户=2；认筹号=1；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-21；出纳=8；note=''''；作废原因=''''',NULL,93,'2026-12-06 15:44:54.738337','2026-12-06 15:44:58.902033');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',2,'项目=1；排号=2；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,94,'2026-12-06 15:44:54.751558','2026-12-06 15:44:54.751563');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',2,'项目=1；收据号=2；客户=1；认筹号=2；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-24；出纳=8；note=''''；作废原因=''''',NULL,95,'2026-12-06 15:44:54.755712','2026-12-06 15:44:54.755716');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',3,'项目=1；排号=3；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,96,'2026-12-06 15:44:54.764211','2026-12-06 15:44:54.764215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',3,'项目=1；收据号=3；客户=1；认筹号=3；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-05-28；出纳=8；note=''''；作废原因=''''',NULL,97,'2026-12-06 15:44:54.779696','2026-12-06 15:44:54.779703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',4,'（个人信息已清除）',NULL,98,'2026-12-06 15:44:54.816812','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',4,'项目=1；收据号=4；客户=2；认筹号=4；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-05-31；出纳=8；note=''''；作废原因=''''',NULL,99,'2026-12-06 15:44:54.829528','2026-12-06 15:44:58.902416');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',5,'项目=1；排号=5；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,100,'2026-12-06 15:44:54.843740','2026-12-06 15:44:54.843745');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',5,'项目=1；收据号=5；客户=1；认筹号=5；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''转账''；交款日期=2026-06-04；出纳=8；note=''''；作废原因=''''',NULL,101,'2026-12-06 15:44:54.856271','2026-12-06 15:44:54.856278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',6,'（个人信息已清除）',NULL,102,'2026-12-06 15:44:54.878863','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',6,'项目=1；收据号=6；客户=2；认筹号=6；交款人=''（已匿名）''；款项性质=''认筹金''；金额=20000；支付方式=''刷卡''；交款日期=2026-06-08；出纳=8；note=''''；作废原因=''''',NULL,103,'2026-12-06 15:44:54.891064','2026-12-06 15:44:58.902764');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',7,'项目=1；排号=7；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,104,'2026-12-06 15:44:54.912929','2026-12-06 15:44:54.912935');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',7,'项目=1；收据号=7；客户=1；认筹号=7；交款人=''张伟''；款项性质=''认筹金''；金额=20000；支付方式=''POS''；交款日期=2026-06-11；出纳=8；note=''''；作废原因=''''',NULL,105,'2026-12-06 15:44:54.924830','2026-12-06 15:44:54.924837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',8,'项目=1；排号=8；客户=1；认筹金=20000.00；状态=''有效''；经办人=2；作废原因=''''',NULL,106,'2026-12-06 15:44:54.938866','2026-12-06 15:44:54.938870');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',8,'状态：''有效'' → ''作废''；作废原因：'''' → ''客户未交认筹金''；结束时间：（空） → 2026-06-15 07:00:00 UTC；closed_by_id：（空） → 7',NULL,107,'2026-12-06 15:44:54.963664','2026-12-06 15:44:54.963668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',5,'状态：''有效'' → ''已退筹''；作废原因：'''' → ''客户改变购房计划''；结束时间：（空） → 2026-06-16 07:04:00 UTC；closed_by_id：（空） → 8',NULL,108,'2026-12-06 15:44:54.985036','2026-12-06 15:44:54.985043');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',1,'（个人信息已清除）',NULL,109,'2026-12-06 15:44:55.058546','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''锁定''',NULL,110,'2026-12-06 15:44:55.058553','2026-12-06 15:44:55.058554');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',3,'设置项=''database.id''；值=***',NULL,111,'2026-12-06 15:44:55.087433','2026-12-06 15:44:55.087437');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',4,'设置项=''ids.key_check''；值=***',NULL,112,'2026-12-06 15:44:55.093570','2026-12-06 15:44:55.093575');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',1,'项目=1；房源=22；客户=2；置业顾问=4；认筹号=1；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2125340.00；付款方式优惠=21253.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2104086.60；备案价=2373951.20；定金=100000.00；认购时间=2026-06-19 01:26:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,113,'2026-12-06 15:44:55.102715','2026-12-06 15:44:58.893181');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',1,'（个人信息已清除）',NULL,114,'2026-12-06 15:44:55.102722','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已认购''',NULL,115,'2026-12-06 15:44:55.104995','2026-12-06 15:44:55.104998');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',1,'交易=1；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,116,'2026-12-06 15:44:55.112391','2026-12-06 15:44:55.112393');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',2,'交易=1；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=531225.98；已付金额=0；起算=''认购''；起算后天数=15',NULL,117,'2026-12-06 15:44:55.112395','2026-12-06 15:44:55.112396');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',3,'交易=1；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1472860.62；已付金额=0；起算=''认购''；起算后天数=60',NULL,118,'2026-12-06 15:44:55.112397','2026-12-06 15:44:55.112398');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',1,'交易=1；步骤=''认购''；完成时间=2026-06-19 01:26:00 UTC；经办人=4；说明=''''',NULL,119,'2026-12-06 15:44:55.112399','2026-12-06 15:44:55.112400');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',1,'（个人信息已清除）',NULL,120,'2026-12-06 15:44:55.117072','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：0 → 20000.00',NULL,121,'2026-12-06 15:44:55.117078','2026-12-06 15:44:55.117079');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,122,'2026-12-06 15:44:55.117080','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'交易：（空） → 1；付款节点：（空） → 1',NULL,123,'2026-12-06 15:44:55.117082','2026-12-06 15:44:55.117083');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',3,'（个人信息已清除）',NULL,124,'2026-12-06 15:44:55.119066','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',2,'房源=50；类型=''选房''；客户=1；认筹号=2；经办人=2；到期时间=2026-06-20 01:12:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,125,'2026-12-06 15:44:55.126376','2026-12-06 15:44:55.126379');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''锁定''',NULL,126,'2026-12-06 15:44:55.126381','2026-12-06 15:44:55.126382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',2,'项目=1；房源=50；客户=1；置业顾问=2；认筹号=2；买受人=''张伟''；证件号码=''440305********6985''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2200352.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2200352.00；备案价=2448963.20；定金=100000.00；认购时间=2026-06-19 01:32:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,127,'2026-12-06 15:44:55.135736','2026-12-06 15:44:55.135740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',2,'释放时间：（空） → 2026-06-19 01:32:00 UTC；释放原因：'''' → ''转认购''',NULL,128,'2026-12-06 15:44:55.135741','2026-12-06 15:44:55.135742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已认购''',NULL,129,'2026-12-06 15:44:55.137427','2026-12-06 15:44:55.137430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',4,'交易=2；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,130,'2026-12-06 15:44:55.140511','2026-12-06 15:44:55.140514');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',5,'交易=2；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=560105.60；已付金额=0；起算=''认购''；起算后天数=15',NULL,131,'2026-12-06 15:44:55.140515','2026-12-06 15:44:55.140516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',6,'交易=2；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1540246.40；已付金额=0；起算=''认购''；起算后天数=90',NULL,132,'2026-12-06 15:44:55.140518','2026-12-06 15:44:55.140519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',2,'交易=2；步骤=''认购''；完成时间=2026-06-19 01:32:00 UTC；经办人=2；说明=''''',NULL,133,'2026-12-06 15:44:55.140520','2026-12-06 15:44:55.140521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'交易：（空） → 2；付款节点：（空） → 4',NULL,134,'2026-12-06 15:44:55.142762','2026-12-06 15:44:55.142765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',2,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:32:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 2',NULL,135,'2026-12-06 15:44:55.142766','2026-12-06 15:44:55.142767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：0 → 20000.00',NULL,136,'2026-12-06 15:44:55.142768','2026-12-06 15:44:55.142769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',3,'房源=40；类型=''选房''；客户=1；认筹号=3；经办人=2；到期时间=2026-06-20 01:18:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,137,'2026-12-06 15:44:55.148795','2026-12-06 15:44:55.148798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''锁定''',NULL,138,'2026-12-06 15:44:55.148799','2026-12-06 15:44:55.148800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',3,'项目=1；房源=40；客户=1；置业顾问=2；认筹号=3；买受人=''张伟''；证件号码=''510104********8490''；证件号码（密文）=***；付款方式=''组合贷款''；表价=2950768.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2950768.00；备案价=3289489.60；定金=50000.00；认购时间=2026-06-19 01:38:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,139,'2026-12-06 15:44:55.156784','2026-12-06 15:44:55.156787');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',3,'释放时间：（空） → 2026-06-19 01:38:00 UTC；释放原因：'''' → ''转认购''',NULL,140,'2026-12-06 15:44:55.156788','2026-12-06 15:44:55.156789');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已认购''',NULL,141,'2026-12-06 15:44:55.158249','2026-12-06 15:44:55.158251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',7,'交易=3；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,142,'2026-12-06 15:44:55.161256','2026-12-06 15:44:55.161260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',8,'交易=3；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=835230.40；已付金额=0；起算=''认购''；起算后天数=15',NULL,143,'2026-12-06 15:44:55.161262','2026-12-06 15:44:55.161263');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',9,'交易=3；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=2065537.60；已付金额=0；起算=''认购''；起算后天数=90',NULL,144,'2026-12-06 15:44:55.161264','2026-12-06 15:44:55.161265');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',3,'交易=3；步骤=''认购''；完成时间=2026-06-19 01:38:00 UTC；经办人=2；说明=''''',NULL,145,'2026-12-06 15:44:55.161266','2026-12-06 15:44:55.161267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'交易：（空） → 3；付款节点：（空） → 7',NULL,146,'2026-12-06 15:44:55.163627','2026-12-06 15:44:55.163630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：0 → 20000.00',NULL,147,'2026-12-06 15:44:55.163631','2026-12-06 15:44:55.163632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',3,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:38:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 3',NULL,148,'2026-12-06 15:44:55.163634','2026-12-06 15:44:55.163635');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',4,'（个人信息已清除）',NULL,149,'2026-12-06 15:44:55.169815','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''锁定''',NULL,150,'2026-12-06 15:44:55.169820','2026-12-06 15:44:55.169822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',4,'项目=1；房源=283；客户=2；置业顾问=4；认筹号=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2565000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2565000.00；备案价=2859300.00；定金=80000.00；认购时间=2026-06-19 01:44:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,151,'2026-12-06 15:44:55.181892','2026-12-06 15:44:58.893730');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',4,'（个人信息已清除）',NULL,152,'2026-12-06 15:44:55.181898','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已认购''',NULL,153,'2026-12-06 15:44:55.183458','2026-12-06 15:44:55.183460');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',10,'交易=4；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,154,'2026-12-06 15:44:55.190886','2026-12-06 15:44:55.190890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',11,'交易=4；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=689500.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,155,'2026-12-06 15:44:55.190891','2026-12-06 15:44:55.190892');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',12,'交易=4；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1795500.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,156,'2026-12-06 15:44:55.190893','2026-12-06 15:44:55.190894');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',4,'交易=4；步骤=''认购''；完成时间=2026-06-19 01:44:00 UTC；经办人=4；说明=''''',NULL,157,'2026-12-06 15:44:55.190895','2026-12-06 15:44:55.190896');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'交易：（空） → 4；付款节点：（空） → 10',NULL,158,'2026-12-06 15:44:55.197767','2026-12-06 15:44:55.197771');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：0 → 20000.00',NULL,159,'2026-12-06 15:44:55.197772','2026-12-06 15:44:55.197773');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',4,'（个人信息已清除）',NULL,160,'2026-12-06 15:44:55.197774','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',4,'（个人信息已清除）',NULL,161,'2026-12-06 15:44:55.199103','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',5,'（个人信息已清除）',NULL,162,'2026-12-06 15:44:55.213813','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''锁定''',NULL,163,'2026-12-06 15:44:55.213819','2026-12-06 15:44:55.213820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',5,'项目=1；房源=292；客户=2；置业顾问=4；认筹号=6；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1942080.00；付款方式优惠=19420.80；特批优惠=16000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1906659.20；备案价=2162644.80；定金=80000.00；认购时间=2026-06-19 01:50:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,164,'2026-12-06 15:44:55.230797','2026-12-06 15:44:58.894093');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',5,'（个人信息已清除）',NULL,165,'2026-12-06 15:44:55.230803','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已认购''',NULL,166,'2026-12-06 15:44:55.232378','2026-12-06 15:44:55.232380');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',13,'交易=5；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,167,'2026-12-06 15:44:55.239938','2026-12-06 15:44:55.239942');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',14,'交易=5；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=491997.76；已付金额=0；起算=''认购''；起算后天数=15',NULL,168,'2026-12-06 15:44:55.239943','2026-12-06 15:44:55.239945');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',15,'交易=5；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-08-18；应付金额=1334661.44；已付金额=0；起算=''认购''；起算后天数=60',NULL,169,'2026-12-06 15:44:55.239946','2026-12-06 15:44:55.239947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',5,'交易=5；步骤=''认购''；完成时间=2026-06-19 01:50:00 UTC；经办人=4；说明=''''',NULL,170,'2026-12-06 15:44:55.239948','2026-12-06 15:44:55.239949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'交易：（空） → 5；付款节点：（空） → 13',NULL,171,'2026-12-06 15:44:55.245465','2026-12-06 15:44:55.245468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',6,'（个人信息已清除）',NULL,172,'2026-12-06 15:44:55.245470','2026-12-06 15:44:58.879624');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：0 → 20000.00',NULL,173,'2026-12-06 15:44:55.245472','2026-12-06 15:44:55.245473');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',5,'（个人信息已清除）',NULL,174,'2026-12-06 15:44:55.246820','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',6,'房源=343；类型=''选房''；客户=1；认筹号=7；经办人=2；到期时间=2026-06-20 01:36:00 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,175,'2026-12-06 15:44:55.261414','2026-12-06 15:44:55.261418');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''锁定''',NULL,176,'2026-12-06 15:44:55.261420','2026-12-06 15:44:55.261421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',6,'项目=1；房源=343；客户=1；置业顾问=2；认筹号=7；买受人=''张伟''；证件号码=''330110********4353''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2700000.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2700000.00；备案价=2994300.00；定金=100000.00；认购时间=2026-06-19 01:56:00 UTC；签约期限=2026-06-26；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,177,'2026-12-06 15:44:55.282058','2026-12-06 15:44:55.282062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',6,'释放时间：（空） → 2026-06-19 01:56:00 UTC；释放原因：'''' → ''转认购''',NULL,178,'2026-12-06 15:44:55.282064','2026-12-06 15:44:55.282065');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已认购''',NULL,179,'2026-12-06 15:44:55.290160','2026-12-06 15:44:55.290164');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',16,'交易=6；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-06-19；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,180,'2026-12-06 15:44:55.294455','2026-12-06 15:44:55.294459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',17,'交易=6；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-07-04；应付金额=710000.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,181,'2026-12-06 15:44:55.294461','2026-12-06 15:44:55.294462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',18,'交易=6；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-09-17；应付金额=1890000.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,182,'2026-12-06 15:44:55.294464','2026-12-06 15:44:55.294465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',6,'交易=6；步骤=''认购''；完成时间=2026-06-19 01:56:00 UTC；经办人=2；说明=''''',NULL,183,'2026-12-06 15:44:55.294466','2026-12-06 15:44:55.294467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：0 → 20000.00',NULL,184,'2026-12-06 15:44:55.301921','2026-12-06 15:44:55.301926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'交易：（空） → 6；付款节点：（空） → 16',NULL,185,'2026-12-06 15:44:55.301928','2026-12-06 15:44:55.301929');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','queue_tickets',7,'状态：''有效'' → ''已转定金''；结束时间：（空） → 2026-06-19 01:56:00 UTC；closed_by_id：（空） → 2；转入交易：（空） → 6',NULL,186,'2026-12-06 15:44:55.301930','2026-12-06 15:44:55.301931');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',1,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,187,'2026-12-06 15:44:55.316343','2026-12-06 15:44:55.316347');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',8,'项目=1；收据号=8；客户=2；交易=1；付款节点=1；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,188,'2026-12-06 15:44:55.322756','2026-12-06 15:44:58.903087');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',2,'已付金额：0.00 → 531225.98；settled_on：（空） → 2026-07-02',NULL,189,'2026-12-06 15:44:55.338922','2026-12-06 15:44:55.338926');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',9,'项目=1；收据号=9；客户=2；交易=1；付款节点=2；交款人=''（已匿名）''；款项性质=''首付款''；金额=531225.98；支付方式=''转账''；交款日期=2026-07-02；出纳=8；note=''''；作废原因=''''',NULL,190,'2026-12-06 15:44:55.342500','2026-12-06 15:44:58.903422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',7,'交易=1；步骤=''签约/网签''；完成时间=2026-06-25 04:46:00 UTC；经办人=7；说明=''''',NULL,191,'2026-12-06 15:44:55.363732','2026-12-06 15:44:55.363737');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0001''；网签编号：'''' → ''330126062513349''；签约时间：（空） → 2026-06-25 04:46:00 UTC',NULL,192,'2026-12-06 15:44:55.363739','2026-12-06 15:44:55.363740');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已签约''',NULL,193,'2026-12-06 15:44:55.381798','2026-12-06 15:44:55.381804');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',1,'（个人信息已清除）',NULL,194,'2026-12-06 15:44:55.397511','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',2,'（个人信息已清除）',NULL,195,'2026-12-06 15:44:55.397519','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',3,'（个人信息已清除）',NULL,196,'2026-12-06 15:44:55.397521','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',6,'（个人信息已清除）',NULL,197,'2026-12-06 15:44:55.399768','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',8,'交易=1；步骤=''备案''；完成时间=2026-07-04 02:25:00 UTC；经办人=7；说明=''''',NULL,198,'2026-12-06 15:44:55.434165','2026-12-06 15:44:55.434171');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'备案日期：（空） → 2026-07-04',NULL,199,'2026-12-06 15:44:55.434173','2026-12-06 15:44:55.434174');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',9,'交易=1；步骤=''按揭资料''；完成时间=2026-07-10 01:07:00 UTC；经办人=10；说明=''''',NULL,200,'2026-12-06 15:44:55.445168','2026-12-06 15:44:55.445173');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,201,'2026-12-06 15:44:55.445174','2026-12-06 15:44:55.445175');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',10,'交易=1；步骤=''面签''；完成时间=2026-07-15 04:39:00 UTC；经办人=10；说明=''''',NULL,202,'2026-12-06 15:44:55.448417','2026-12-06 15:44:55.448421');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,203,'2026-12-06 15:44:55.448422','2026-12-06 15:44:55.448423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',11,'交易=1；步骤=''银行审批''；完成时间=2026-07-25 03:18:00 UTC；经办人=10；说明=''''',NULL,204,'2026-12-06 15:44:55.455675','2026-12-06 15:44:55.455679');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,205,'2026-12-06 15:44:55.455681','2026-12-06 15:44:55.455682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',12,'交易=1；步骤=''抵押预告登记''；完成时间=2026-08-03 03:11:00 UTC；经办人=10；说明=''''',NULL,206,'2026-12-06 15:44:55.467062','2026-12-06 15:44:55.467066');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,207,'2026-12-06 15:44:55.467068','2026-12-06 15:44:55.467068');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',13,'交易=1；步骤=''放款''；完成时间=2026-08-19 03:26:00 UTC；经办人=10；说明=''''',NULL,208,'2026-12-06 15:44:55.478515','2026-12-06 15:44:55.478519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：（空） → ''已签约''',NULL,209,'2026-12-06 15:44:55.478520','2026-12-06 15:44:55.478522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',3,'已付金额：0.00 → 1472860.62；settled_on：（空） → 2026-08-19',NULL,210,'2026-12-06 15:44:55.488623','2026-12-06 15:44:55.488630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',10,'项目=1；收据号=10；客户=2；交易=1；付款节点=3；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1472860.62；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,211,'2026-12-06 15:44:55.491079','2026-12-06 15:44:55.491084');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'面积差补退款：（空） → -25211.34；代收费用：0.00 → 66278.73',NULL,212,'2026-12-06 15:44:55.548697','2026-12-06 15:44:55.548703');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'建筑面积（实测）：（空） → 88.23',NULL,213,'2026-12-06 15:44:55.548704','2026-12-06 15:44:55.548705');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',19,'交易=1；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-18；应付金额=66278.73；已付金额=0；起算=''认购''',NULL,214,'2026-12-06 15:44:55.551731','2026-12-06 15:44:55.551735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',14,'交易=1；步骤=''交付''；完成时间=2026-11-18 01:35:00 UTC；经办人=7；说明=''实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。''',NULL,215,'2026-12-06 15:44:55.551736','2026-12-06 15:44:55.551736');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',1,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-18 01:35:00 UTC',NULL,216,'2026-12-06 15:44:55.551737','2026-12-06 15:44:55.551738');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',22,'销控状态：（空） → ''已交付''',NULL,217,'2026-12-06 15:44:55.561493','2026-12-06 15:44:55.561496');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',19,'已付金额：0.00 → 66278.73；settled_on：（空） → 2026-11-24',NULL,218,'2026-12-06 15:44:55.564472','2026-12-06 15:44:55.564474');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',11,'项目=1；收据号=11；客户=2；交易=1；付款节点=19；交款人=''（已匿名）''；款项性质=''代收费用''；金额=66278.73；支付方式=''POS''；交款日期=2026-11-24；出纳=8；note=''''；作废原因=''''',NULL,219,'2026-12-06 15:44:55.574458','2026-12-06 15:44:58.903764');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',4,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,220,'2026-12-06 15:44:55.586589','2026-12-06 15:44:55.586592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',12,'项目=1；收据号=12；客户=1；交易=2；付款节点=4；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,221,'2026-12-06 15:44:55.587997','2026-12-06 15:44:55.588000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',5,'已付金额：0.00 → 560105.60；settled_on：（空） → 2026-07-03',NULL,222,'2026-12-06 15:44:55.599680','2026-12-06 15:44:55.599683');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',13,'项目=1；收据号=13；客户=1；交易=2；付款节点=5；交款人=''张伟''；款项性质=''首付款''；金额=560105.60；支付方式=''转账''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,223,'2026-12-06 15:44:55.609441','2026-12-06 15:44:55.609445');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',15,'交易=2；步骤=''签约/网签''；完成时间=2026-06-22 06:31:00 UTC；经办人=7；说明=''''',NULL,224,'2026-12-06 15:44:55.621762','2026-12-06 15:44:55.621765');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0002''；网签编号：'''' → ''330126062299846''；签约时间：（空） → 2026-06-22 06:31:00 UTC',NULL,225,'2026-12-06 15:44:55.621766','2026-12-06 15:44:55.621767');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已签约''',NULL,226,'2026-12-06 15:44:55.623783','2026-12-06 15:44:55.623786');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',4,'交易=2；客户=1；负责人=2；序号=1；计划时间=2026-06-22 06:31:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,227,'2026-12-06 15:44:55.635194','2026-12-06 15:44:55.635196');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',5,'交易=2；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,228,'2026-12-06 15:44:55.635198','2026-12-06 15:44:55.635198');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',6,'交易=2；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,229,'2026-12-06 15:44:55.635199','2026-12-06 15:44:55.635200');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',16,'交易=2；步骤=''备案''；完成时间=2026-07-01 06:41:00 UTC；经办人=7；说明=''''',NULL,230,'2026-12-06 15:44:55.641732','2026-12-06 15:44:55.641734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'备案日期：（空） → 2026-07-01',NULL,231,'2026-12-06 15:44:55.641736','2026-12-06 15:44:55.641737');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',17,'交易=2；步骤=''按揭资料''；完成时间=2026-07-06 01:08:00 UTC；经办人=10；说明=''''',NULL,232,'2026-12-06 15:44:55.643771','2026-12-06 15:44:55.643774');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,233,'2026-12-06 15:44:55.643775','2026-12-06 15:44:55.643775');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',18,'交易=2；步骤=''面签''；完成时间=2026-07-13 03:36:00 UTC；经办人=10；说明=''''',NULL,234,'2026-12-06 15:44:55.654049','2026-12-06 15:44:55.654051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,235,'2026-12-06 15:44:55.654052','2026-12-06 15:44:55.654052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',19,'交易=2；步骤=''银行审批''；完成时间=2026-07-27 05:58:00 UTC；经办人=10；说明=''''',NULL,236,'2026-12-06 15:44:55.656013','2026-12-06 15:44:55.656015');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,237,'2026-12-06 15:44:55.656016','2026-12-06 15:44:55.656017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',20,'交易=2；步骤=''抵押预告登记''；完成时间=2026-08-06 09:39:00 UTC；经办人=10；说明=''''',NULL,238,'2026-12-06 15:44:55.666319','2026-12-06 15:44:55.666321');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,239,'2026-12-06 15:44:55.666322','2026-12-06 15:44:55.666322');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',21,'交易=2；步骤=''放款''；完成时间=2026-08-19 05:04:00 UTC；经办人=10；说明=''''',NULL,240,'2026-12-06 15:44:55.668221','2026-12-06 15:44:55.668222');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：（空） → ''已签约''',NULL,241,'2026-12-06 15:44:55.668223','2026-12-06 15:44:55.668224');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',6,'已付金额：0.00 → 1540246.40；settled_on：（空） → 2026-08-19',NULL,242,'2026-12-06 15:44:55.677823','2026-12-06 15:44:55.677825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',14,'项目=1；收据号=14；客户=1；交易=2；付款节点=6；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1540246.40；支付方式=''转账''；交款日期=2026-08-19；出纳=8；note=''''；作废原因=''''',NULL,243,'2026-12-06 15:44:55.679286','2026-12-06 15:44:55.679289');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'建筑面积（实测）：（空） → 89.21',NULL,244,'2026-12-06 15:44:55.706127','2026-12-06 15:44:55.706129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'面积差补退款：（空） → -2217.60；代收费用：0.00 → 69311.09',NULL,245,'2026-12-06 15:44:55.706130','2026-12-06 15:44:55.706131');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',20,'交易=2；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-10-14；应付金额=69311.09；已付金额=0；起算=''认购''',NULL,246,'2026-12-06 15:44:55.707696','2026-12-06 15:44:55.707699');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',22,'交易=2；步骤=''交付''；完成时间=2026-10-14 05:33:00 UTC；经办人=7；说明=''实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。''',NULL,247,'2026-12-06 15:44:55.707700','2026-12-06 15:44:55.707700');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',2,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-10-14 05:33:00 UTC',NULL,248,'2026-12-06 15:44:55.707701','2026-12-06 15:44:55.707702');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',50,'销控状态：（空） → ''已交付''',NULL,249,'2026-12-06 15:44:55.717236','2026-12-06 15:44:55.717239');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',20,'已付金额：0.00 → 69311.09；settled_on：（空） → 2026-10-19',NULL,250,'2026-12-06 15:44:55.718897','2026-12-06 15:44:55.718900');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',15,'项目=1；收据号=15；客户=1；交易=2；付款节点=20；交款人=''张伟''；款项性质=''代收费用''；金额=69311.09；支付方式=''转账''；交款日期=2026-10-19；出纳=8；note=''''；作废原因=''''',NULL,251,'2026-12-06 15:44:55.720243','2026-12-06 15:44:55.720245');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',7,'已付金额：20000.00 → 50000.00；settled_on：（空） → 2026-06-19',NULL,252,'2026-12-06 15:44:55.732375','2026-12-06 15:44:55.732377');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',16,'项目=1；收据号=16；客户=1；交易=3；付款节点=7；交款人=''张伟''；款项性质=''定金''；金额=30000.00；支付方式=''POS''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,253,'2026-12-06 15:44:55.742325','2026-12-06 15:44:55.742329');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',8,'已付金额：0.00 → 835230.40；settled_on：（空） → 2026-06-29',NULL,254,'2026-12-06 15:44:55.753981','2026-12-06 15:44:55.753984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',17,'项目=1；收据号=17；客户=1；交易=3；付款节点=8；交款人=''张伟''；款项性质=''首付款''；金额=835230.40；支付方式=''转账''；交款日期=2026-06-29；出纳=8；note=''''；作废原因=''''',NULL,255,'2026-12-06 15:44:55.755343','2026-12-06 15:44:55.755345');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',23,'交易=3；步骤=''签约/网签''；完成时间=2026-06-24 05:15:00 UTC；经办人=7；说明=''''',NULL,256,'2026-12-06 15:44:55.767616','2026-12-06 15:44:55.767619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0003''；网签编号：'''' → ''330126062487853''；签约时间：（空） → 2026-06-24 05:15:00 UTC',NULL,257,'2026-12-06 15:44:55.767620','2026-12-06 15:44:55.767621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',40,'销控状态：（空） → ''已签约''',NULL,258,'2026-12-06 15:44:55.778104','2026-12-06 15:44:55.778107');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',7,'交易=3；客户=1；负责人=2；序号=1；计划时间=2026-06-24 05:15:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,259,'2026-12-06 15:44:55.785358','2026-12-06 15:44:55.785361');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',8,'交易=3；客户=1；负责人=2；序号=2；计划时间=2026-06-25 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,260,'2026-12-06 15:44:55.785362','2026-12-06 15:44:55.785363');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',9,'交易=3；客户=1；负责人=2；序号=3；计划时间=2026-06-26 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,261,'2026-12-06 15:44:55.785363','2026-12-06 15:44:55.785364');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',24,'交易=3；步骤=''备案''；完成时间=2026-07-03 08:30:00 UTC；经办人=7；说明=''''',NULL,262,'2026-12-06 15:44:55.787678','2026-12-06 15:44:55.787680');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'备案日期：（空） → 2026-07-03',NULL,263,'2026-12-06 15:44:55.787681','2026-12-06 15:44:55.787682');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',25,'交易=3；步骤=''按揭资料''；完成时间=2026-07-08 02:50:00 UTC；经办人=10；说明=''''',NULL,264,'2026-12-06 15:44:55.793808','2026-12-06 15:44:55.793810');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,265,'2026-12-06 15:44:55.793811','2026-12-06 15:44:55.793811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',26,'交易=3；步骤=''面签''；完成时间=2026-07-17 01:34:00 UTC；经办人=10；说明=''''',NULL,266,'2026-12-06 15:44:55.795639','2026-12-06 15:44:55.795641');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,267,'2026-12-06 15:44:55.795642','2026-12-06 15:44:55.795642');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',27,'交易=3；步骤=''银行审批''；完成时间=2026-07-30 01:54:00 UTC；经办人=10；说明=''''',NULL,268,'2026-12-06 15:44:55.801766','2026-12-06 15:44:55.801768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,269,'2026-12-06 15:44:55.801769','2026-12-06 15:44:55.801770');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',28,'交易=3；步骤=''抵押预告登记''；完成时间=2026-08-06 07:43:00 UTC；经办人=10；说明=''''',NULL,270,'2026-12-06 15:44:55.803625','2026-12-06 15:44:55.803628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',3,'阶段：（空） → ''已签约''',NULL,271,'2026-12-06 15:44:55.803629','2026-12-06 15:44:55.803630');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',10,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,272,'2026-12-06 15:44:55.809832','2026-12-06 15:44:55.809835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',18,'项目=1；收据号=18；客户=2；交易=4；付款节点=10；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''刷卡''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,273,'2026-12-06 15:44:55.811232','2026-12-06 15:44:58.904070');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',11,'已付金额：0.00 → 689500.00；settled_on：（空） → 2026-06-28',NULL,274,'2026-12-06 15:44:55.818645','2026-12-06 15:44:55.818647');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',19,'项目=1；收据号=19；客户=2；交易=4；付款节点=11；交款人=''（已匿名）''；款项性质=''首付款''；金额=689500.00；支付方式=''POS''；交款日期=2026-06-28；出纳=8；note=''''；作废原因=''''',NULL,275,'2026-12-06 15:44:55.820026','2026-12-06 15:44:58.904365');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',29,'交易=4；步骤=''签约/网签''；完成时间=2026-06-23 08:15:00 UTC；经办人=7；说明=''''',NULL,276,'2026-12-06 15:44:55.828253','2026-12-06 15:44:55.828255');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0004''；网签编号：'''' → ''330126062356438''；签约时间：（空） → 2026-06-23 08:15:00 UTC',NULL,277,'2026-12-06 15:44:55.828257','2026-12-06 15:44:55.828257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',283,'销控状态：（空） → ''已签约''',NULL,278,'2026-12-06 15:44:55.834497','2026-12-06 15:44:55.834499');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',10,'（个人信息已清除）',NULL,279,'2026-12-06 15:44:55.841674','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',11,'（个人信息已清除）',NULL,280,'2026-12-06 15:44:55.841678','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',12,'（个人信息已清除）',NULL,281,'2026-12-06 15:44:55.841680','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',7,'（个人信息已清除）',NULL,282,'2026-12-06 15:44:55.842930','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',30,'交易=4；步骤=''备案''；完成时间=2026-07-01 06:59:00 UTC；经办人=7；说明=''''',NULL,283,'2026-12-06 15:44:55.848749','2026-12-06 15:44:55.848753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'备案日期：（空） → 2026-07-01',NULL,284,'2026-12-06 15:44:55.848754','2026-12-06 15:44:55.848754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',31,'交易=4；步骤=''按揭资料''；完成时间=2026-07-08 06:50:00 UTC；经办人=10；说明=''''',NULL,285,'2026-12-06 15:44:55.850877','2026-12-06 15:44:55.850879');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,286,'2026-12-06 15:44:55.850880','2026-12-06 15:44:55.850881');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',32,'交易=4；步骤=''面签''；完成时间=2026-07-16 07:08:00 UTC；经办人=10；说明=''''',NULL,287,'2026-12-06 15:44:55.856905','2026-12-06 15:44:55.856909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,288,'2026-12-06 15:44:55.856910','2026-12-06 15:44:55.856910');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',33,'交易=4；步骤=''银行审批''；完成时间=2026-07-28 05:51:00 UTC；经办人=10；说明=''''',NULL,289,'2026-12-06 15:44:55.858955','2026-12-06 15:44:55.858958');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,290,'2026-12-06 15:44:55.858959','2026-12-06 15:44:55.858959');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',34,'交易=4；步骤=''抵押预告登记''；完成时间=2026-08-06 06:33:00 UTC；经办人=10；说明=''''',NULL,291,'2026-12-06 15:44:55.864992','2026-12-06 15:44:55.864995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,292,'2026-12-06 15:44:55.864997','2026-12-06 15:44:55.864997');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',35,'交易=4；步骤=''放款''；完成时间=2026-08-18 04:47:00 UTC；经办人=10；说明=''''',NULL,293,'2026-12-06 15:44:55.867050','2026-12-06 15:44:55.867052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',4,'阶段：（空） → ''已签约''',NULL,294,'2026-12-06 15:44:55.867053','2026-12-06 15:44:55.867054');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',12,'已付金额：0.00 → 1795500.00；settled_on：（空） → 2026-08-18',NULL,295,'2026-12-06 15:44:55.868265','2026-12-06 15:44:55.868267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',20,'项目=1；收据号=20；客户=2；交易=4；付款节点=12；交款人=''中国建设银行''；款项性质=''按揭款''；金额=1795500.00；支付方式=''转账''；交款日期=2026-08-18；出纳=8；note=''''；作废原因=''''',NULL,296,'2026-12-06 15:44:55.873920','2026-12-06 15:44:55.873923');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',13,'已付金额：20000.00 → 80000.00；settled_on：（空） → 2026-06-19',NULL,297,'2026-12-06 15:44:55.882022','2026-12-06 15:44:55.882024');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',21,'项目=1；收据号=21；客户=2；交易=5；付款节点=13；交款人=''（已匿名）''；款项性质=''定金''；金额=60000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,298,'2026-12-06 15:44:55.883372','2026-12-06 15:44:58.908925');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-06-20 03:00:00 UTC',NULL,299,'2026-12-06 15:44:55.891469','2026-12-06 15:44:55.891471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',14,'已付金额：0.00 → 491997.76；settled_on：（空） → 2026-07-03',NULL,300,'2026-12-06 15:44:55.900611','2026-12-06 15:44:55.900616');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',22,'项目=1；收据号=22；客户=2；交易=5；付款节点=14；交款人=''（已匿名）''；款项性质=''首付款''；金额=491997.76；支付方式=''刷卡''；交款日期=2026-07-03；出纳=8；note=''''；作废原因=''''',NULL,301,'2026-12-06 15:44:55.902299','2026-12-06 15:44:58.909328');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',36,'交易=5；步骤=''签约/网签''；完成时间=2026-06-25 02:27:00 UTC；经办人=7；说明=''''',NULL,302,'2026-12-06 15:44:55.919331','2026-12-06 15:44:55.919334');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0005''；网签编号：'''' → ''330126062555680''；签约时间：（空） → 2026-06-25 02:27:00 UTC',NULL,303,'2026-12-06 15:44:55.919335','2026-12-06 15:44:55.919337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',292,'销控状态：（空） → ''已签约''',NULL,304,'2026-12-06 15:44:55.922288','2026-12-06 15:44:55.922292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',13,'（个人信息已清除）',NULL,305,'2026-12-06 15:44:55.936793','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',14,'（个人信息已清除）',NULL,306,'2026-12-06 15:44:55.936802','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',15,'（个人信息已清除）',NULL,307,'2026-12-06 15:44:55.936805','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',8,'（个人信息已清除）',NULL,308,'2026-12-06 15:44:55.938776','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',37,'交易=5；步骤=''备案''；完成时间=2026-07-04 05:56:00 UTC；经办人=7；说明=''''',NULL,309,'2026-12-06 15:44:55.943713','2026-12-06 15:44:55.943717');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'备案日期：（空） → 2026-07-04',NULL,310,'2026-12-06 15:44:55.943719','2026-12-06 15:44:55.943720');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',38,'交易=5；步骤=''按揭资料''；完成时间=2026-07-11 07:20:00 UTC；经办人=10；说明=''''',NULL,311,'2026-12-06 15:44:55.957246','2026-12-06 15:44:55.957251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,312,'2026-12-06 15:44:55.957252','2026-12-06 15:44:55.957253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',39,'交易=5；步骤=''面签''；完成时间=2026-07-19 08:06:00 UTC；经办人=10；说明=''''',NULL,313,'2026-12-06 15:44:55.960254','2026-12-06 15:44:55.960257');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,314,'2026-12-06 15:44:55.960258','2026-12-06 15:44:55.960260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',40,'交易=5；步骤=''银行审批''；完成时间=2026-07-30 03:41:00 UTC；经办人=10；说明=''''',NULL,315,'2026-12-06 15:44:55.974796','2026-12-06 15:44:55.974798');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,316,'2026-12-06 15:44:55.974800','2026-12-06 15:44:55.974800');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',41,'交易=5；步骤=''抵押预告登记''；完成时间=2026-08-06 02:23:00 UTC；经办人=10；说明=''''',NULL,317,'2026-12-06 15:44:55.981962','2026-12-06 15:44:55.981967');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,318,'2026-12-06 15:44:55.981968','2026-12-06 15:44:55.981968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',42,'交易=5；步骤=''放款''；完成时间=2026-08-21 08:09:00 UTC；经办人=10；说明=''''',NULL,319,'2026-12-06 15:44:55.984186','2026-12-06 15:44:55.984189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',5,'阶段：（空） → ''已签约''',NULL,320,'2026-12-06 15:44:55.984189','2026-12-06 15:44:55.984190');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',15,'已付金额：0.00 → 1334661.44；settled_on：（空） → 2026-08-21',NULL,321,'2026-12-06 15:44:55.989746','2026-12-06 15:44:55.989749');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',23,'项目=1；收据号=23；客户=2；交易=5；付款节点=15；交款人=''招商银行''；款项性质=''按揭款''；金额=1334661.44；支付方式=''转账''；交款日期=2026-08-21；出纳=8；note=''''；作废原因=''''',NULL,322,'2026-12-06 15:44:55.991182','2026-12-06 15:44:55.991185');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',16,'已付金额：20000.00 → 100000.00；settled_on：（空） → 2026-06-19',NULL,323,'2026-12-06 15:44:56.000000','2026-12-06 15:44:56.000002');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',24,'项目=1；收据号=24；客户=1；交易=6；付款节点=16；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-06-19；出纳=8；note=''''；作废原因=''''',NULL,324,'2026-12-06 15:44:56.009323','2026-12-06 15:44:56.009326');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',17,'已付金额：0.00 → 710000.00；settled_on：（空） → 2026-07-04',NULL,325,'2026-12-06 15:44:56.019899','2026-12-06 15:44:56.019902');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',25,'项目=1；收据号=25；客户=1；交易=6；付款节点=17；交款人=''张伟''；款项性质=''首付款''；金额=710000.00；支付方式=''转账''；交款日期=2026-07-04；出纳=8；note=''''；作废原因=''''',NULL,326,'2026-12-06 15:44:56.025624','2026-12-06 15:44:56.025628');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',43,'交易=6；步骤=''签约/网签''；完成时间=2026-06-22 04:03:00 UTC；经办人=7；说明=''''',NULL,327,'2026-12-06 15:44:56.033618','2026-12-06 15:44:56.033621');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0006''；网签编号：'''' → ''330126062258361''；签约时间：（空） → 2026-06-22 04:03:00 UTC',NULL,328,'2026-12-06 15:44:56.033622','2026-12-06 15:44:56.033623');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',343,'销控状态：（空） → ''已签约''',NULL,329,'2026-12-06 15:44:56.045768','2026-12-06 15:44:56.045772');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',16,'交易=6；客户=1；负责人=2；序号=1；计划时间=2026-06-22 04:03:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,330,'2026-12-06 15:44:56.052988','2026-12-06 15:44:56.052992');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',17,'交易=6；客户=1；负责人=2；序号=2；计划时间=2026-06-23 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,331,'2026-12-06 15:44:56.052994','2026-12-06 15:44:56.052994');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',18,'交易=6；客户=1；负责人=2；序号=3；计划时间=2026-06-24 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,332,'2026-12-06 15:44:56.052995','2026-12-06 15:44:56.052996');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',44,'交易=6；步骤=''备案''；完成时间=2026-06-28 08:30:00 UTC；经办人=7；说明=''''',NULL,333,'2026-12-06 15:44:56.055325','2026-12-06 15:44:56.055327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'备案日期：（空） → 2026-06-28',NULL,334,'2026-12-06 15:44:56.055328','2026-12-06 15:44:56.055329');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',45,'交易=6；步骤=''按揭资料''；完成时间=2026-07-02 02:50:00 UTC；经办人=10；说明=''''',NULL,335,'2026-12-06 15:44:56.065629','2026-12-06 15:44:56.065632');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,336,'2026-12-06 15:44:56.065633','2026-12-06 15:44:56.065634');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',46,'交易=6；步骤=''面签''；完成时间=2026-07-09 05:29:00 UTC；经办人=10；说明=''''',NULL,337,'2026-12-06 15:44:56.067645','2026-12-06 15:44:56.067647');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,338,'2026-12-06 15:44:56.067648','2026-12-06 15:44:56.067649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',47,'交易=6；步骤=''银行审批''；完成时间=2026-07-20 03:02:00 UTC；经办人=10；说明=''''',NULL,339,'2026-12-06 15:44:56.077932','2026-12-06 15:44:56.077934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,340,'2026-12-06 15:44:56.077935','2026-12-06 15:44:56.077936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',48,'交易=6；步骤=''抵押预告登记''；完成时间=2026-07-27 01:36:00 UTC；经办人=10；说明=''''',NULL,341,'2026-12-06 15:44:56.079887','2026-12-06 15:44:56.079889');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,342,'2026-12-06 15:44:56.079890','2026-12-06 15:44:56.079890');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',49,'交易=6；步骤=''放款''；完成时间=2026-08-09 02:39:00 UTC；经办人=10；说明=''''',NULL,343,'2026-12-06 15:44:56.091134','2026-12-06 15:44:56.091138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',6,'阶段：（空） → ''已签约''',NULL,344,'2026-12-06 15:44:56.091139','2026-12-06 15:44:56.091140');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',18,'已付金额：0.00 → 1890000.00；settled_on：（空） → 2026-08-09',NULL,345,'2026-12-06 15:44:56.101278','2026-12-06 15:44:56.101284');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',26,'项目=1；收据号=26；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''',NULL,346,'2026-12-06 15:44:56.103593','2026-12-06 15:44:56.103597');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',7,'项目=1；房源=67；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2243216.00；付款方式优惠=22432.16；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2220783.84；备案价=2491827.20；定金=50000.00；认购时间=2026-11-20 04:49:00 UTC；签约期限=2026-11-27；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,347,'2026-12-06 15:44:56.139520','2026-12-06 15:44:58.894436');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已认购''',NULL,348,'2026-12-06 15:44:56.149254','2026-12-06 15:44:56.149260');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',21,'交易=7；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-20；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,349,'2026-12-06 15:44:56.160825','2026-12-06 15:44:56.160830');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',22,'交易=7；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-05；应付金额=616235.15；已付金额=0；起算=''认购''；起算后天数=15',NULL,350,'2026-12-06 15:44:56.160832','2026-12-06 15:44:56.160833');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',23,'交易=7；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-19；应付金额=1554548.69；已付金额=0；起算=''认购''；起算后天数=60',NULL,351,'2026-12-06 15:44:56.160834','2026-12-06 15:44:56.160835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',50,'交易=7；步骤=''认购''；完成时间=2026-11-20 04:49:00 UTC；经办人=4；说明=''''',NULL,352,'2026-12-06 15:44:56.160836','2026-12-06 15:44:56.160837');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',9,'（个人信息已清除）',NULL,353,'2026-12-06 15:44:56.162905','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',21,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-20',NULL,354,'2026-12-06 15:44:56.178107','2026-12-06 15:44:56.178112');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',27,'项目=1；收据号=27；客户=2；交易=7；付款节点=21；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-20；出纳=8；note=''''；作废原因=''''',NULL,355,'2026-12-06 15:44:56.188806','2026-12-06 15:44:58.909672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',22,'已付金额：0.00 → 369741.09',NULL,356,'2026-12-06 15:44:56.202272','2026-12-06 15:44:56.202276');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',28,'项目=1；收据号=28；客户=2；交易=7；付款节点=22；交款人=''（已匿名）''；款项性质=''首付款''；金额=369741.09；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,357,'2026-12-06 15:44:56.204420','2026-12-06 15:44:58.909984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',51,'交易=7；步骤=''签约/网签''；完成时间=2026-11-21 08:53:00 UTC；经办人=7；说明=''''',NULL,358,'2026-12-06 15:44:56.222942','2026-12-06 15:44:56.222946');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0007''；网签编号：'''' → ''330126112181882''；签约时间：（空） → 2026-11-21 08:53:00 UTC',NULL,359,'2026-12-06 15:44:56.222947','2026-12-06 15:44:56.222948');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',67,'销控状态：（空） → ''已签约''',NULL,360,'2026-12-06 15:44:56.234391','2026-12-06 15:44:56.234395');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',19,'（个人信息已清除）',NULL,361,'2026-12-06 15:44:56.243430','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',20,'（个人信息已清除）',NULL,362,'2026-12-06 15:44:56.243436','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',21,'（个人信息已清除）',NULL,363,'2026-12-06 15:44:56.243439','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',10,'（个人信息已清除）',NULL,364,'2026-12-06 15:44:56.253737','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',52,'交易=7；步骤=''备案''；完成时间=2026-12-01 06:06:00 UTC；经办人=7；说明=''''',NULL,365,'2026-12-06 15:44:56.264812','2026-12-06 15:44:56.264817');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'备案日期：（空） → 2026-12-01',NULL,366,'2026-12-06 15:44:56.264819','2026-12-06 15:44:56.264820');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',53,'交易=7；步骤=''按揭资料''；完成时间=2026-12-04 04:57:00 UTC；经办人=10；说明=''''',NULL,367,'2026-12-06 15:44:56.268042','2026-12-06 15:44:56.268046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',7,'阶段：（空） → ''已签约''',NULL,368,'2026-12-06 15:44:56.268048','2026-12-06 15:44:56.268049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',8,'项目=1；房源=64；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=3036160.00；付款方式优惠=60723.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2975436.80；备案价=3374881.60；定金=50000.00；认购时间=2026-11-02 02:43:00 UTC；签约期限=2026-11-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,369,'2026-12-06 15:44:56.291678','2026-12-06 15:44:58.894791');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已认购''',NULL,370,'2026-12-06 15:44:56.301278','2026-12-06 15:44:56.301282');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',24,'交易=8；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-02；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,371,'2026-12-06 15:44:56.303349','2026-12-06 15:44:56.303351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',25,'交易=8；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-02；应付金额=2925436.80；已付金额=0；起算=''认购''；起算后天数=30',NULL,372,'2026-12-06 15:44:56.303352','2026-12-06 15:44:56.303353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',54,'交易=8；步骤=''认购''；完成时间=2026-11-02 02:43:00 UTC；经办人=4；说明=''''',NULL,373,'2026-12-06 15:44:56.303353','2026-12-06 15:44:56.303354');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',11,'（个人信息已清除）',NULL,374,'2026-12-06 15:44:56.312738','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',24,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-02',NULL,375,'2026-12-06 15:44:56.314782','2026-12-06 15:44:56.314785');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',29,'项目=1；收据号=29；客户=2；交易=8；付款节点=24；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-02；出纳=8；note=''''；作废原因=''''',NULL,376,'2026-12-06 15:44:56.316106','2026-12-06 15:44:58.910277');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',55,'交易=8；步骤=''签约/网签''；完成时间=2026-11-06 07:03:00 UTC；经办人=7；说明=''''',NULL,377,'2026-12-06 15:44:56.332349','2026-12-06 15:44:56.332352');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0008''；网签编号：'''' → ''330126110650101''；签约时间：（空） → 2026-11-06 07:03:00 UTC',NULL,378,'2026-12-06 15:44:56.332353','2026-12-06 15:44:56.332353');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已签约''',NULL,379,'2026-12-06 15:44:56.342992','2026-12-06 15:44:56.342995');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',22,'（个人信息已清除）',NULL,380,'2026-12-06 15:44:56.355032','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',23,'（个人信息已清除）',NULL,381,'2026-12-06 15:44:56.355036','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',24,'（个人信息已清除）',NULL,382,'2026-12-06 15:44:56.355038','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',12,'（个人信息已清除）',NULL,383,'2026-12-06 15:44:56.363813','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',56,'交易=8；步骤=''备案''；完成时间=2026-11-12 04:11:00 UTC；经办人=7；说明=''''',NULL,384,'2026-12-06 15:44:56.369964','2026-12-06 15:44:56.369968');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'备案日期：（空） → 2026-11-12',NULL,385,'2026-12-06 15:44:56.369970','2026-12-06 15:44:56.369971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'面积差补退款：（空） → 26844.16；代收费用：0.00 → 93726.26',NULL,386,'2026-12-06 15:44:56.375353','2026-12-06 15:44:56.375357');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'建筑面积（实测）：（空） → 119.67',NULL,387,'2026-12-06 15:44:56.375358','2026-12-06 15:44:56.375359');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',26,'交易=8；序号=3；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-15；应付金额=26844.16；已付金额=0；起算=''认购''',NULL,388,'2026-12-06 15:44:56.381748','2026-12-06 15:44:56.381752');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',27,'交易=8；序号=4；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-15；应付金额=93726.26；已付金额=0；起算=''认购''',NULL,389,'2026-12-06 15:44:56.381753','2026-12-06 15:44:56.381754');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',57,'交易=8；步骤=''交付''；完成时间=2026-11-15 09:40:00 UTC；经办人=7；说明=''实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。''',NULL,390,'2026-12-06 15:44:56.381755','2026-12-06 15:44:56.381756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',8,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-15 09:40:00 UTC',NULL,391,'2026-12-06 15:44:56.381757','2026-12-06 15:44:56.381758');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',64,'销控状态：（空） → ''已交付''',NULL,392,'2026-12-06 15:44:56.383519','2026-12-06 15:44:56.383522');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',26,'已付金额：0.00 → 26844.16；settled_on：（空） → 2026-11-18',NULL,393,'2026-12-06 15:44:56.386319','2026-12-06 15:44:56.386324');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',30,'项目=1；收据号=30；客户=2；交易=8；付款节点=26；交款人=''（已匿名）''；款项性质=''补差款''；金额=26844.16；支付方式=''转账''；交款日期=2026-11-18；出纳=8；note=''''；作废原因=''''',NULL,394,'2026-12-06 15:44:56.388948','2026-12-06 15:44:58.910631');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',27,'已付金额：0.00 → 93726.26；settled_on：（空） → 2026-11-16',NULL,395,'2026-12-06 15:44:56.393604','2026-12-06 15:44:56.393608');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',31,'项目=1；收据号=31；客户=2；交易=8；付款节点=27；交款人=''（已匿名）''；款项性质=''代收费用''；金额=93726.26；支付方式=''转账''；交款日期=2026-11-16；出纳=8；note=''''；作废原因=''''',NULL,396,'2026-12-06 15:44:56.395475','2026-12-06 15:44:58.910937');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',9,'项目=1；房源=135；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''440305********5340''；证件号码（密文）=***；付款方式=''全款''；表价=2750940.00；付款方式优惠=55018.80；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2695921.20；备案价=3062080.80；定金=100000.00；认购时间=2026-10-28 09:34:00 UTC；签约期限=2026-11-04；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,397,'2026-12-06 15:44:56.409115','2026-12-06 15:44:56.409119');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已认购''',NULL,398,'2026-12-06 15:44:56.410453','2026-12-06 15:44:56.410463');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',28,'交易=9；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-10-28；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,399,'2026-12-06 15:44:56.413161','2026-12-06 15:44:56.413165');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',29,'交易=9；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-11-27；应付金额=2595921.20；已付金额=0；起算=''认购''；起算后天数=30',NULL,400,'2026-12-06 15:44:56.413166','2026-12-06 15:44:56.413167');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',58,'交易=9；步骤=''认购''；完成时间=2026-10-28 09:34:00 UTC；经办人=2；说明=''''',NULL,401,'2026-12-06 15:44:56.413168','2026-12-06 15:44:56.413169');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',28,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-10-28',NULL,402,'2026-12-06 15:44:56.416635','2026-12-06 15:44:56.416639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',32,'项目=1；收据号=32；客户=1；交易=9；付款节点=28；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-10-28；出纳=8；note=''''；作废原因=''''',NULL,403,'2026-12-06 15:44:56.418939','2026-12-06 15:44:56.418943');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',59,'交易=9；步骤=''签约/网签''；完成时间=2026-10-31 08:14:00 UTC；经办人=7；说明=''''',NULL,404,'2026-12-06 15:44:56.425135','2026-12-06 15:44:56.425138');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0009''；网签编号：'''' → ''330126103168856''；签约时间：（空） → 2026-10-31 08:14:00 UTC',NULL,405,'2026-12-06 15:44:56.425140','2026-12-06 15:44:56.425141');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已签约''',NULL,406,'2026-12-06 15:44:56.428684','2026-12-06 15:44:56.428688');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',25,'交易=9；客户=1；负责人=2；序号=1；计划时间=2026-10-31 08:14:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,407,'2026-12-06 15:44:56.433263','2026-12-06 15:44:56.433266');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',26,'交易=9；客户=1；负责人=2；序号=2；计划时间=2026-11-01 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,408,'2026-12-06 15:44:56.433268','2026-12-06 15:44:56.433269');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',27,'交易=9；客户=1；负责人=2；序号=3；计划时间=2026-11-02 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,409,'2026-12-06 15:44:56.433270','2026-12-06 15:44:56.433271');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',60,'交易=9；步骤=''备案''；完成时间=2026-11-10 02:08:00 UTC；经办人=7；说明=''''',NULL,410,'2026-12-06 15:44:56.436462','2026-12-06 15:44:56.436465');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'备案日期：（空） → 2026-11-10',NULL,411,'2026-12-06 15:44:56.436467','2026-12-06 15:44:56.436468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'面积差补退款：（空） → 0.00；代收费用：0.00 → 84921.52',NULL,412,'2026-12-06 15:44:56.448049','2026-12-06 15:44:56.448051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'建筑面积（实测）：（空） → 105.40',NULL,413,'2026-12-06 15:44:56.448052','2026-12-06 15:44:56.448053');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',30,'交易=9；序号=3；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-13；应付金额=84921.52；已付金额=0；起算=''认购''',NULL,414,'2026-12-06 15:44:56.455702','2026-12-06 15:44:56.455707');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',61,'交易=9；步骤=''交付''；完成时间=2026-11-13 08:05:00 UTC；经办人=7；说明=''实测建筑面积105.4㎡，预测105.4㎡，无需补退。''',NULL,415,'2026-12-06 15:44:56.455708','2026-12-06 15:44:56.455709');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',9,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-13 08:05:00 UTC',NULL,416,'2026-12-06 15:44:56.455710','2026-12-06 15:44:56.455711');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',135,'销控状态：（空） → ''已交付''',NULL,417,'2026-12-06 15:44:56.461974','2026-12-06 15:44:56.461979');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',30,'已付金额：0.00 → 84921.52；settled_on：（空） → 2026-11-19',NULL,418,'2026-12-06 15:44:56.464166','2026-12-06 15:44:56.464169');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',33,'项目=1；收据号=33；客户=1；交易=9；付款节点=30；交款人=''张伟''；款项性质=''代收费用''；金额=84921.52；支付方式=''转账''；交款日期=2026-11-19；出纳=8；note=''''；作废原因=''''',NULL,419,'2026-12-06 15:44:56.470749','2026-12-06 15:44:56.470753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',10,'项目=1；房源=349；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********7171''；证件号码（密文）=***；付款方式=''全款''；表价=2722500.00；付款方式优惠=54450.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2668050.00；备案价=3016800.00；定金=80000.00；认购时间=2026-08-29 08:36:00 UTC；签约期限=2026-09-05；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,420,'2026-12-06 15:44:56.480623','2026-12-06 15:44:56.480626');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已认购''',NULL,421,'2026-12-06 15:44:56.482266','2026-12-06 15:44:56.482270');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',31,'交易=10；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-08-29；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,422,'2026-12-06 15:44:56.484978','2026-12-06 15:44:56.484982');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',32,'交易=10；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-09-28；应付金额=2588050.00；已付金额=0；起算=''认购''；起算后天数=30',NULL,423,'2026-12-06 15:44:56.484983','2026-12-06 15:44:56.484984');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',62,'交易=10；步骤=''认购''；完成时间=2026-08-29 08:36:00 UTC；经办人=2；说明=''''',NULL,424,'2026-12-06 15:44:56.484986','2026-12-06 15:44:56.484987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',31,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-08-29',NULL,425,'2026-12-06 15:44:56.488373','2026-12-06 15:44:56.488376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',34,'项目=1；收据号=34；客户=1；交易=10；付款节点=31；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-08-29；出纳=8；note=''''；作废原因=''''',NULL,426,'2026-12-06 15:44:56.490372','2026-12-06 15:44:56.490376');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',32,'已付金额：0.00 → 2588050.00；settled_on：（空） → 2026-09-22',NULL,427,'2026-12-06 15:44:56.495945','2026-12-06 15:44:56.495949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',35,'项目=1；收据号=35；客户=1；交易=10；付款节点=32；交款人=''张伟''；款项性质=''房款''；金额=2588050.00；支付方式=''转账''；交款日期=2026-09-22；出纳=8；note=''''；作废原因=''''',NULL,428,'2026-12-06 15:44:56.497906','2026-12-06 15:44:56.497909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',63,'交易=10；步骤=''签约/网签''；完成时间=2026-08-30 05:49:00 UTC；经办人=7；说明=''''',NULL,429,'2026-12-06 15:44:56.505296','2026-12-06 15:44:56.505299');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0010''；网签编号：'''' → ''330126083019420''；签约时间：（空） → 2026-08-30 05:49:00 UTC',NULL,430,'2026-12-06 15:44:56.505301','2026-12-06 15:44:56.505302');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',349,'销控状态：（空） → ''已签约''',NULL,431,'2026-12-06 15:44:56.508525','2026-12-06 15:44:56.508529');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',28,'交易=10；客户=1；负责人=2；序号=1；计划时间=2026-08-30 05:49:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,432,'2026-12-06 15:44:56.518513','2026-12-06 15:44:56.518516');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',29,'交易=10；客户=1；负责人=2；序号=2；计划时间=2026-08-31 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,433,'2026-12-06 15:44:56.518518','2026-12-06 15:44:56.518519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',30,'交易=10；客户=1；负责人=2；序号=3；计划时间=2026-09-01 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,434,'2026-12-06 15:44:56.518520','2026-12-06 15:44:56.518521');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',64,'交易=10；步骤=''备案''；完成时间=2026-09-07 07:48:00 UTC；经办人=7；说明=''''',NULL,435,'2026-12-06 15:44:56.527046','2026-12-06 15:44:56.527049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',10,'备案日期：（空） → 2026-09-07',NULL,436,'2026-12-06 15:44:56.527051','2026-12-06 15:44:56.527052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',11,'项目=1；房源=169；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********4529''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=4009600.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=4009600.00；备案价=4449510.40；定金=50000.00；认购时间=2026-09-30 06:41:00 UTC；签约期限=2026-10-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,437,'2026-12-06 15:44:56.540288','2026-12-06 15:44:56.540292');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已认购''',NULL,438,'2026-12-06 15:44:56.541855','2026-12-06 15:44:56.541858');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',33,'交易=11；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-09-30；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,439,'2026-12-06 15:44:56.551332','2026-12-06 15:44:56.551337');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',34,'交易=11；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-10-15；应付金额=1152880.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,440,'2026-12-06 15:44:56.551339','2026-12-06 15:44:56.551340');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',35,'交易=11；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2026-12-29；应付金额=2806720.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,441,'2026-12-06 15:44:56.551341','2026-12-06 15:44:56.551342');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',65,'交易=11；步骤=''认购''；完成时间=2026-09-30 06:41:00 UTC；经办人=2；说明=''''',NULL,442,'2026-12-06 15:44:56.551343','2026-12-06 15:44:56.551344');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',33,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-09-30',NULL,443,'2026-12-06 15:44:56.555006','2026-12-06 15:44:56.555009');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',36,'项目=1；收据号=36；客户=1；交易=11；付款节点=33；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-09-30；出纳=8；note=''''；作废原因=''''',NULL,444,'2026-12-06 15:44:56.557125','2026-12-06 15:44:56.557129');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',34,'已付金额：0.00 → 1152880.00；settled_on：（空） → 2026-10-10',NULL,445,'2026-12-06 15:44:56.567383','2026-12-06 15:44:56.567388');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',37,'项目=1；收据号=37；客户=1；交易=11；付款节点=34；交款人=''张伟''；款项性质=''首付款''；金额=1152880.00；支付方式=''刷卡''；交款日期=2026-10-10；出纳=8；note=''''；作废原因=''''',NULL,446,'2026-12-06 15:44:56.569615','2026-12-06 15:44:56.569619');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',66,'交易=11；步骤=''签约/网签''；完成时间=2026-10-03 08:51:00 UTC；经办人=7；说明=''''',NULL,447,'2026-12-06 15:44:56.574931','2026-12-06 15:44:56.574934');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0011''；网签编号：'''' → ''330126100323964''；签约时间：（空） → 2026-10-03 08:51:00 UTC',NULL,448,'2026-12-06 15:44:56.574935','2026-12-06 15:44:56.574936');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已签约''',NULL,449,'2026-12-06 15:44:56.577646','2026-12-06 15:44:56.577650');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',31,'交易=11；客户=1；负责人=2；序号=1；计划时间=2026-10-03 08:51:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,450,'2026-12-06 15:44:56.581797','2026-12-06 15:44:56.581801');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',32,'交易=11；客户=1；负责人=2；序号=2；计划时间=2026-10-04 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,451,'2026-12-06 15:44:56.581802','2026-12-06 15:44:56.581803');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',33,'交易=11；客户=1；负责人=2；序号=3；计划时间=2026-10-05 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,452,'2026-12-06 15:44:56.581805','2026-12-06 15:44:56.581806');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',67,'交易=11；步骤=''备案''；完成时间=2026-10-12 09:08:00 UTC；经办人=7；说明=''''',NULL,453,'2026-12-06 15:44:56.588945','2026-12-06 15:44:56.588949');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'备案日期：（空） → 2026-10-12',NULL,454,'2026-12-06 15:44:56.588950','2026-12-06 15:44:56.588951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',68,'交易=11；步骤=''按揭资料''；完成时间=2026-10-17 02:19:00 UTC；经办人=10；说明=''''',NULL,455,'2026-12-06 15:44:56.591768','2026-12-06 15:44:56.591772');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,456,'2026-12-06 15:44:56.591774','2026-12-06 15:44:56.591775');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',69,'交易=11；步骤=''面签''；完成时间=2026-10-23 03:16:00 UTC；经办人=10；说明=''''',NULL,457,'2026-12-06 15:44:56.598750','2026-12-06 15:44:56.598753');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,458,'2026-12-06 15:44:56.598755','2026-12-06 15:44:56.598756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',70,'交易=11；步骤=''银行审批''；完成时间=2026-11-05 06:18:00 UTC；经办人=10；说明=''''',NULL,459,'2026-12-06 15:44:56.605668','2026-12-06 15:44:56.605672');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,460,'2026-12-06 15:44:56.605673','2026-12-06 15:44:56.605675');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',71,'交易=11；步骤=''抵押预告登记''；完成时间=2026-11-11 02:34:00 UTC；经办人=10；说明=''''',NULL,461,'2026-12-06 15:44:56.608465','2026-12-06 15:44:56.608468');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,462,'2026-12-06 15:44:56.608470','2026-12-06 15:44:56.608471');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',72,'交易=11；步骤=''放款''；完成时间=2026-11-27 01:01:00 UTC；经办人=10；说明=''''',NULL,463,'2026-12-06 15:44:56.615429','2026-12-06 15:44:56.615432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：（空） → ''已签约''',NULL,464,'2026-12-06 15:44:56.615434','2026-12-06 15:44:56.615435');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',35,'已付金额：0.00 → 2806720.00；settled_on：（空） → 2026-11-27',NULL,465,'2026-12-06 15:44:56.625387','2026-12-06 15:44:56.625392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',38,'项目=1；收据号=38；客户=1；交易=11；付款节点=35；交款人=''中国工商银行''；款项性质=''按揭款''；金额=2806720.00；支付方式=''转账''；交款日期=2026-11-27；出纳=8；note=''''；作废原因=''''',NULL,466,'2026-12-06 15:44:56.627449','2026-12-06 15:44:56.627453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'建筑面积（实测）：（空） → 144.78',NULL,467,'2026-12-06 15:44:56.657216','2026-12-06 15:44:56.657221');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'面积差补退款：（空） → 44240.00；代收费用：0.00 → 126302.40',NULL,468,'2026-12-06 15:44:56.657222','2026-12-06 15:44:56.657223');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',36,'交易=11；序号=4；款项性质=''补差款''；节点=''补差款''；应付日期=2026-12-30；应付金额=44240.00；已付金额=0；起算=''认购''',NULL,469,'2026-12-06 15:44:56.668825','2026-12-06 15:44:56.668831');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',37,'交易=11；序号=5；款项性质=''代收费用''；节点=''代收费用''；应付日期=2026-11-30；应付金额=126302.40；已付金额=0；起算=''认购''',NULL,470,'2026-12-06 15:44:56.668834','2026-12-06 15:44:56.668835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',73,'交易=11；步骤=''交付''；完成时间=2026-11-30 06:27:00 UTC；经办人=7；说明=''实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。''',NULL,471,'2026-12-06 15:44:56.668836','2026-12-06 15:44:56.668838');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',11,'阶段：''已签约'' → ''已交付''；交付时间：（空） → 2026-11-30 06:27:00 UTC',NULL,472,'2026-12-06 15:44:56.668840','2026-12-06 15:44:56.668841');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',169,'销控状态：（空） → ''已交付''',NULL,473,'2026-12-06 15:44:56.670823','2026-12-06 15:44:56.670826');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',36,'已付金额：0.00 → 44240.00；settled_on：（空） → 2026-11-30',NULL,474,'2026-12-06 15:44:56.681966','2026-12-06 15:44:56.681971');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',39,'项目=1；收据号=39；客户=1；交易=11；付款节点=36；交款人=''张伟''；款项性质=''补差款''；金额=44240.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,475,'2026-12-06 15:44:56.684010','2026-12-06 15:44:56.684014');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',37,'已付金额：0.00 → 126302.40；settled_on：（空） → 2026-12-03',NULL,476,'2026-12-06 15:44:56.701974','2026-12-06 15:44:56.701977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',40,'项目=1；收据号=40；客户=1；交易=11；付款节点=37；交款人=''张伟''；款项性质=''代收费用''；金额=126302.40；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,477,'2026-12-06 15:44:56.703878','2026-12-06 15:44:56.703882');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',12,'项目=1；房源=194；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330110********4564''；证件号码（密文）=***；付款方式=''组合贷款''；表价=3534980.00；付款方式优惠=0.00；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=3534980.00；备案价=3913889.60；定金=50000.00；认购时间=2026-11-25 06:33:00 UTC；签约期限=2026-12-02；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,478,'2026-12-06 15:44:56.737018','2026-12-06 15:44:56.737023');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',194,'销控状态：（空） → ''已认购''',NULL,479,'2026-12-06 15:44:56.738503','2026-12-06 15:44:56.738505');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',38,'交易=12；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-25；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,480,'2026-12-06 15:44:56.745659','2026-12-06 15:44:56.745663');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',39,'交易=12；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-10；应付金额=1010494.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,481,'2026-12-06 15:44:56.745664','2026-12-06 15:44:56.745665');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',40,'交易=12；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-23；应付金额=2474486.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,482,'2026-12-06 15:44:56.745667','2026-12-06 15:44:56.745668');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',74,'交易=12；步骤=''认购''；完成时间=2026-11-25 06:33:00 UTC；经办人=2；说明=''''',NULL,483,'2026-12-06 15:44:56.745669','2026-12-06 15:44:56.745670');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',38,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-25',NULL,484,'2026-12-06 15:44:56.748766','2026-12-06 15:44:56.748769');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',41,'项目=1；收据号=41；客户=1；交易=12；付款节点=38；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''刷卡''；交款日期=2026-11-25；出纳=8；note=''''；作废原因=''''',NULL,485,'2026-12-06 15:44:56.750698','2026-12-06 15:44:56.750701');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',13,'项目=1；房源=267；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1898730.00；付款方式优惠=18987.30；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1879742.70；备案价=2119294.80；定金=100000.00；认购时间=2026-11-26 05:29:00 UTC；签约期限=2026-12-03；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,486,'2026-12-06 15:44:56.782608','2026-12-06 15:44:58.895118');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',267,'销控状态：（空） → ''已认购''',NULL,487,'2026-12-06 15:44:56.784017','2026-12-06 15:44:56.784020');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',41,'交易=13；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-26；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,488,'2026-12-06 15:44:56.795419','2026-12-06 15:44:56.795423');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',42,'交易=13；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-11；应付金额=463922.81；已付金额=0；起算=''认购''；起算后天数=15',NULL,489,'2026-12-06 15:44:56.795425','2026-12-06 15:44:56.795426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',43,'交易=13；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-25；应付金额=1315819.89；已付金额=0；起算=''认购''；起算后天数=60',NULL,490,'2026-12-06 15:44:56.795427','2026-12-06 15:44:56.795428');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',75,'交易=13；步骤=''认购''；完成时间=2026-11-26 05:29:00 UTC；经办人=4；说明=''''',NULL,491,'2026-12-06 15:44:56.795429','2026-12-06 15:44:56.795430');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',13,'（个人信息已清除）',NULL,492,'2026-12-06 15:44:56.798019','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',41,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-11-26',NULL,493,'2026-12-06 15:44:56.804514','2026-12-06 15:44:56.804519');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',42,'项目=1；收据号=42；客户=2；交易=13；付款节点=41；交款人=''（已匿名）''；款项性质=''定金''；金额=100000.00；支付方式=''刷卡''；交款日期=2026-11-26；出纳=8；note=''''；作废原因=''''',NULL,494,'2026-12-06 15:44:56.806672','2026-12-06 15:44:58.911230');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',14,'项目=1；房源=347；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********0335''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2037450.00；付款方式优惠=20374.50；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2017075.50；备案价=2258014.80；定金=50000.00；认购时间=2026-11-29 04:52:00 UTC；签约期限=2026-12-06；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,495,'2026-12-06 15:44:56.833924','2026-12-06 15:44:56.833929');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',347,'销控状态：（空） → ''已认购''',NULL,496,'2026-12-06 15:44:56.835479','2026-12-06 15:44:56.835482');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',44,'交易=14；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-29；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,497,'2026-12-06 15:44:56.840203','2026-12-06 15:44:56.840207');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',45,'交易=14；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-14；应付金额=555122.65；已付金额=0；起算=''认购''；起算后天数=15',NULL,498,'2026-12-06 15:44:56.840208','2026-12-06 15:44:56.840209');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',46,'交易=14；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-28；应付金额=1411952.85；已付金额=0；起算=''认购''；起算后天数=60',NULL,499,'2026-12-06 15:44:56.840210','2026-12-06 15:44:56.840211');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',76,'交易=14；步骤=''认购''；完成时间=2026-11-29 04:52:00 UTC；经办人=2；说明=''''',NULL,500,'2026-12-06 15:44:56.840212','2026-12-06 15:44:56.840213');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',44,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-11-29',NULL,501,'2026-12-06 15:44:56.849796','2026-12-06 15:44:56.849799');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',43,'项目=1；收据号=43；客户=1；交易=14；付款节点=44；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-11-29；出纳=8；note=''''；作废原因=''''',NULL,502,'2026-12-06 15:44:56.851789','2026-12-06 15:44:56.851792');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',15,'项目=1；房源=320；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********7822''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1994100.00；付款方式优惠=19941.00；特批优惠=10000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=1964159.00；备案价=2214664.80；定金=80000.00；认购时间=2026-11-30 06:52:00 UTC；签约期限=2026-12-07；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,503,'2026-12-06 15:44:56.874758','2026-12-06 15:44:56.874762');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',320,'销控状态：（空） → ''已认购''',NULL,504,'2026-12-06 15:44:56.875869','2026-12-06 15:44:56.875871');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',47,'交易=15；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-11-30；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,505,'2026-12-06 15:44:56.878274','2026-12-06 15:44:56.878276');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',48,'交易=15；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-15；应付金额=509247.70；已付金额=0；起算=''认购''；起算后天数=15',NULL,506,'2026-12-06 15:44:56.878278','2026-12-06 15:44:56.878278');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',49,'交易=15；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-29；应付金额=1374911.30；已付金额=0；起算=''认购''；起算后天数=60',NULL,507,'2026-12-06 15:44:56.878279','2026-12-06 15:44:56.878280');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',77,'交易=15；步骤=''认购''；完成时间=2026-11-30 06:52:00 UTC；经办人=2；说明=''''',NULL,508,'2026-12-06 15:44:56.878280','2026-12-06 15:44:56.878281');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',47,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-11-30',NULL,509,'2026-12-06 15:44:56.880325','2026-12-06 15:44:56.880327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',44,'项目=1；收据号=44；客户=1；交易=15；付款节点=47；交款人=''张伟''；款项性质=''定金''；金额=80000.00；支付方式=''转账''；交款日期=2026-11-30；出纳=8；note=''''；作废原因=''''',NULL,510,'2026-12-06 15:44:56.885456','2026-12-06 15:44:56.885459');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',15,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 3；discount_decided_at：（空） → 2026-12-01 03:00:00 UTC',NULL,511,'2026-12-06 15:44:56.888693','2026-12-06 15:44:56.888696');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',16,'项目=1；房源=271；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''510104********390X''；证件号码（密文）=***；付款方式=''全款''；表价=1709120.00；付款方式优惠=34182.40；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1674937.60；备案价=1906688.00；定金=50000.00；认购时间=2026-12-01 09:25:00 UTC；签约期限=2026-12-08；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,512,'2026-12-06 15:44:56.893909','2026-12-06 15:44:56.893912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',271,'销控状态：（空） → ''已认购''',NULL,513,'2026-12-06 15:44:56.894837','2026-12-06 15:44:56.894839');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',50,'交易=16；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-01；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,514,'2026-12-06 15:44:56.905105','2026-12-06 15:44:56.905109');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',51,'交易=16；序号=2；款项性质=''房款''；节点=''房款''；应付日期=2026-12-31；应付金额=1624937.60；已付金额=0；起算=''认购''；起算后天数=30',NULL,515,'2026-12-06 15:44:56.905110','2026-12-06 15:44:56.905110');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',78,'交易=16；步骤=''认购''；完成时间=2026-12-01 09:25:00 UTC；经办人=2；说明=''''',NULL,516,'2026-12-06 15:44:56.905111','2026-12-06 15:44:56.905111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',50,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-01',NULL,517,'2026-12-06 15:44:56.911730','2026-12-06 15:44:56.911734');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',45,'项目=1；收据号=45；客户=1；交易=16；付款节点=50；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-01；出纳=8；note=''''；作废原因=''''',NULL,518,'2026-12-06 15:44:56.920190','2026-12-06 15:44:56.920194');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',17,'项目=1；房源=348；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330108********8192''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2711250.00；付款方式优惠=27112.50；特批优惠=41000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2643137.50；备案价=3005550.00；定金=100000.00；认购时间=2026-12-02 07:30:00 UTC；签约期限=2026-12-09；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,519,'2026-12-06 15:44:56.943893','2026-12-06 15:44:56.943898');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',348,'销控状态：（空） → ''已认购''',NULL,520,'2026-12-06 15:44:56.952284','2026-12-06 15:44:56.952288');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',52,'交易=17；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-02；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,521,'2026-12-06 15:44:56.955391','2026-12-06 15:44:56.955394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',53,'交易=17；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-17；应付金额=692941.25；已付金额=0；起算=''认购''；起算后天数=15',NULL,522,'2026-12-06 15:44:56.955396','2026-12-06 15:44:56.955397');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',54,'交易=17；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-01-31；应付金额=1850196.25；已付金额=0；起算=''认购''；起算后天数=60',NULL,523,'2026-12-06 15:44:56.955398','2026-12-06 15:44:56.955399');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',79,'交易=17；步骤=''认购''；完成时间=2026-12-02 07:30:00 UTC；经办人=2；说明=''''',NULL,524,'2026-12-06 15:44:56.955400','2026-12-06 15:44:56.955401');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',52,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-02',NULL,525,'2026-12-06 15:44:56.966764','2026-12-06 15:44:56.966768');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',46,'项目=1；收据号=46；客户=1；交易=17；付款节点=52；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''POS''；交款日期=2026-12-02；出纳=8；note=''''；作废原因=''''',NULL,526,'2026-12-06 15:44:56.975830','2026-12-06 15:44:56.975835');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',17,'特批状态：''待审批'' → ''已批准''；特批审批人：（空） → 11；discount_decided_at：（空） → 2026-12-03 03:00:00 UTC',NULL,527,'2026-12-06 15:44:56.989178','2026-12-06 15:44:56.989183');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',18,'项目=1；房源=33；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=2936536.00；付款方式优惠=29365.36；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2907170.64；备案价=3275257.60；定金=80000.00；认购时间=2026-12-03 02:20:00 UTC；签约期限=2026-12-10；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,528,'2026-12-06 15:44:57.000208','2026-12-06 15:44:58.895419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',33,'销控状态：（空） → ''已认购''',NULL,529,'2026-12-06 15:44:57.011670','2026-12-06 15:44:57.011674');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',55,'交易=18；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-03；应付金额=80000.00；已付金额=0；起算=''认购''',NULL,530,'2026-12-06 15:44:57.022807','2026-12-06 15:44:57.022812');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',56,'交易=18；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-18；应付金额=792151.19；已付金额=0；起算=''认购''；起算后天数=15',NULL,531,'2026-12-06 15:44:57.022813','2026-12-06 15:44:57.022814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',57,'交易=18；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-01；应付金额=2035019.45；已付金额=0；起算=''认购''；起算后天数=60',NULL,532,'2026-12-06 15:44:57.022815','2026-12-06 15:44:57.022816');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',80,'交易=18；步骤=''认购''；完成时间=2026-12-03 02:20:00 UTC；经办人=4；说明=''''',NULL,533,'2026-12-06 15:44:57.022817','2026-12-06 15:44:57.022818');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',14,'（个人信息已清除）',NULL,534,'2026-12-06 15:44:57.028787','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',55,'已付金额：0.00 → 80000.00；settled_on：（空） → 2026-12-03',NULL,535,'2026-12-06 15:44:57.031414','2026-12-06 15:44:57.031417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',47,'项目=1；收据号=47；客户=2；交易=18；付款节点=55；交款人=''（已匿名）''；款项性质=''定金''；金额=80000.00；支付方式=''POS''；交款日期=2026-12-03；出纳=8；note=''''；作废原因=''''',NULL,536,'2026-12-06 15:44:57.041809','2026-12-06 15:44:58.911515');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',19,'项目=1；房源=255；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''330106********695X''；证件号码（密文）=***；付款方式=''商业贷款''；表价=1881390.00；付款方式优惠=18813.90；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=1862576.10；备案价=2101954.80；定金=100000.00；认购时间=2026-12-04 04:51:00 UTC；签约期限=2026-12-11；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,537,'2026-12-06 15:44:57.066742','2026-12-06 15:44:57.066747');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已认购''',NULL,538,'2026-12-06 15:44:57.068155','2026-12-06 15:44:57.068159');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',58,'交易=19；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-04；应付金额=100000.00；已付金额=0；起算=''认购''',NULL,539,'2026-12-06 15:44:57.079525','2026-12-06 15:44:57.079528');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',59,'交易=19；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-19；应付金额=458772.83；已付金额=0；起算=''认购''；起算后天数=15',NULL,540,'2026-12-06 15:44:57.079529','2026-12-06 15:44:57.079530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',60,'交易=19；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-02；应付金额=1303803.27；已付金额=0；起算=''认购''；起算后天数=60',NULL,541,'2026-12-06 15:44:57.079532','2026-12-06 15:44:57.079532');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',81,'交易=19；步骤=''认购''；完成时间=2026-12-04 04:51:00 UTC；经办人=2；说明=''''',NULL,542,'2026-12-06 15:44:57.079533','2026-12-06 15:44:57.079534');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',58,'已付金额：0.00 → 100000.00；settled_on：（空） → 2026-12-04',NULL,543,'2026-12-06 15:44:57.087758','2026-12-06 15:44:57.087761');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',48,'项目=1；收据号=48；客户=1；交易=19；付款节点=58；交款人=''张伟''；款项性质=''定金''；金额=100000.00；支付方式=''转账''；交款日期=2026-12-04；出纳=8；note=''''；作废原因=''''',NULL,544,'2026-12-06 15:44:57.093752','2026-12-06 15:44:57.093756');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',82,'交易=19；步骤=''签约/网签''；完成时间=2026-12-05 02:05:00 UTC；经办人=7；说明=''''',NULL,545,'2026-12-06 15:44:57.108416','2026-12-06 15:44:57.108419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',19,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''YQF-2026-0019''；网签编号：'''' → ''330126120520190''；签约时间：（空） → 2026-12-05 02:05:00 UTC',NULL,546,'2026-12-06 15:44:57.108421','2026-12-06 15:44:57.108422');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',255,'销控状态：（空） → ''已签约''',NULL,547,'2026-12-06 15:44:57.119263','2026-12-06 15:44:57.119267');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',34,'交易=19；客户=1；负责人=2；序号=1；计划时间=2026-12-05 02:05:00 UTC；话术=张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我…',NULL,548,'2026-12-06 15:44:57.127603','2026-12-06 15:44:57.127606');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',35,'交易=19；客户=1；负责人=2；序号=2；计划时间=2026-12-06 02:00:00 UTC；话术=''张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。''',NULL,549,'2026-12-06 15:44:57.127608','2026-12-06 15:44:57.127609');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',36,'交易=19；客户=1；负责人=2；序号=3；计划时间=2026-12-07 10:30:00 UTC；话术=''张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。''',NULL,550,'2026-12-06 15:44:57.127610','2026-12-06 15:44:57.127611');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',20,'项目=1；房源=176；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''商业贷款''；表价=3478370.00；付款方式优惠=34783.70；特批优惠=52000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=3391586.30；备案价=3857279.60；定金=50000.00；认购时间=2026-12-05 06:59:00 UTC；签约期限=2026-12-12；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,551,'2026-12-06 15:44:57.146435','2026-12-06 15:44:58.895742');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',176,'销控状态：（空） → ''已认购''',NULL,552,'2026-12-06 15:44:57.147973','2026-12-06 15:44:57.147977');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',61,'交易=20；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-05；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,553,'2026-12-06 15:44:57.155445','2026-12-06 15:44:57.155448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',62,'交易=20；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-20；应付金额=967475.89；已付金额=0；起算=''认购''；起算后天数=15',NULL,554,'2026-12-06 15:44:57.155450','2026-12-06 15:44:57.155451');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',63,'交易=20；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-02-03；应付金额=2374110.41；已付金额=0；起算=''认购''；起算后天数=60',NULL,555,'2026-12-06 15:44:57.155452','2026-12-06 15:44:57.155453');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',83,'交易=20；步骤=''认购''；完成时间=2026-12-05 06:59:00 UTC；经办人=4；说明=''''',NULL,556,'2026-12-06 15:44:57.155454','2026-12-06 15:44:57.155455');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',15,'（个人信息已清除）',NULL,557,'2026-12-06 15:44:57.164978','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',61,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-05',NULL,558,'2026-12-06 15:44:57.167495','2026-12-06 15:44:57.167498');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',49,'项目=1；收据号=49；客户=2；交易=20；付款节点=61；交款人=''（已匿名）''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-05；出纳=8；note=''''；作废原因=''''',NULL,559,'2026-12-06 15:44:57.174358','2026-12-06 15:44:58.911811');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',21,'项目=1；房源=63；客户=1；置业顾问=2；买受人=''张伟''；证件号码=''320102********9987''；证件号码（密文）=***；付款方式=''公积金贷款''；表价=2232500.00；付款方式优惠=0.00；特批优惠=11000.00；特批状态=''待审批''；特批理由=''老业主推荐，团购价''；成交价=2221500.00；备案价=2481111.20；定金=50000.00；认购时间=2026-12-06 09:33:00 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,560,'2026-12-06 15:44:57.197212','2026-12-06 15:44:57.197215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',63,'销控状态：（空） → ''已认购''',NULL,561,'2026-12-06 15:44:57.198173','2026-12-06 15:44:57.198175');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',64,'交易=21；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,562,'2026-12-06 15:44:57.200140','2026-12-06 15:44:57.200142');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',65,'交易=21；序号=2；款项性质=''首付款''；节点=''首付款''；应付日期=2026-12-21；应付金额=616450.00；已付金额=0；起算=''认购''；起算后天数=15',NULL,563,'2026-12-06 15:44:57.200143','2026-12-06 15:44:57.200144');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',66,'交易=21；序号=3；款项性质=''按揭款''；节点=''按揭款''；应付日期=2027-03-06；应付金额=1555050.00；已付金额=0；起算=''认购''；起算后天数=90',NULL,564,'2026-12-06 15:44:57.200144','2026-12-06 15:44:57.200145');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',84,'交易=21；步骤=''认购''；完成时间=2026-12-06 09:33:00 UTC；经办人=2；说明=''''',NULL,565,'2026-12-06 15:44:57.200145','2026-12-06 15:44:57.200146');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',64,'已付金额：0.00 → 50000.00；settled_on：（空） → 2026-12-06',NULL,566,'2026-12-06 15:44:57.202354','2026-12-06 15:44:57.202355');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',50,'项目=1；收据号=50；客户=1；交易=21；付款节点=64；交款人=''张伟''；款项性质=''定金''；金额=50000.00；支付方式=''转账''；交款日期=2026-12-06；出纳=8；note=''''；作废原因=''''',NULL,567,'2026-12-06 15:44:57.203664','2026-12-06 15:44:57.203666');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',26,'作废时间：（空） → 2026-12-03 15:44:54 UTC；作废原因：'''' → ''收据污损，客户交回原件后重开''；voided_by_id：（空） → 8',NULL,568,'2026-12-06 15:44:57.210997','2026-12-06 15:44:57.211000');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','receipts',51,'项目=1；收据号=51；客户=1；交易=6；付款节点=18；交款人=''杭州银行''；款项性质=''按揭款''；金额=1890000.00；支付方式=''转账''；交款日期=2026-08-09；出纳=8；note=''''；作废原因=''''；重开自收据=26',NULL,569,'2026-12-06 15:44:57.212429','2026-12-06 15:44:57.212432');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',1,'财务确认时间：（空） → 2026-05-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,570,'2026-12-06 15:44:57.226109','2026-12-06 15:44:57.226111');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',2,'财务确认时间：（空） → 2026-05-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,571,'2026-12-06 15:44:57.227121','2026-12-06 15:44:57.227122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',3,'财务确认时间：（空） → 2026-05-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,572,'2026-12-06 15:44:57.228048','2026-12-06 15:44:57.228050');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',4,'财务确认时间：（空） → 2026-06-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,573,'2026-12-06 15:44:57.239695','2026-12-06 15:44:57.239698');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',5,'财务确认时间：（空） → 2026-06-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,574,'2026-12-06 15:44:57.242414','2026-12-06 15:44:57.242417');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',6,'财务确认时间：（空） → 2026-06-09 08:00:00 UTC；财务确认人：（空） → 9',NULL,575,'2026-12-06 15:44:57.243893','2026-12-06 15:44:57.243895');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',7,'财务确认时间：（空） → 2026-06-12 08:00:00 UTC；财务确认人：（空） → 9',NULL,576,'2026-12-06 15:44:57.251731','2026-12-06 15:44:57.251735');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',8,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,577,'2026-12-06 15:44:57.256416','2026-12-06 15:44:57.256419');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',9,'财务确认时间：（空） → 2026-07-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,578,'2026-12-06 15:44:57.257948','2026-12-06 15:44:57.257951');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',10,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,579,'2026-12-06 15:44:57.259336','2026-12-06 15:44:57.259338');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',11,'财务确认时间：（空） → 2026-11-25 08:00:00 UTC；财务确认人：（空） → 9',NULL,580,'2026-12-06 15:44:57.269388','2026-12-06 15:44:57.269392');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',12,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,581,'2026-12-06 15:44:57.271003','2026-12-06 15:44:57.271005');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',13,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,582,'2026-12-06 15:44:57.272399','2026-12-06 15:44:57.272402');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',14,'财务确认时间：（空） → 2026-08-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,583,'2026-12-06 15:44:57.278806','2026-12-06 15:44:57.278809');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',15,'财务确认时间：（空） → 2026-10-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,584,'2026-12-06 15:44:57.280244','2026-12-06 15:44:57.280246');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',16,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,585,'2026-12-06 15:44:57.291063','2026-12-06 15:44:57.291066');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',17,'财务确认时间：（空） → 2026-06-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,586,'2026-12-06 15:44:57.297481','2026-12-06 15:44:57.297484');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',18,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,587,'2026-12-06 15:44:57.299022','2026-12-06 15:44:57.299025');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',19,'财务确认时间：（空） → 2026-06-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,588,'2026-12-06 15:44:57.300424','2026-12-06 15:44:57.300426');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',20,'财务确认时间：（空） → 2026-08-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,589,'2026-12-06 15:44:57.304212','2026-12-06 15:44:57.304215');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',21,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,590,'2026-12-06 15:44:57.309101','2026-12-06 15:44:57.309104');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',22,'财务确认时间：（空） → 2026-07-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,591,'2026-12-06 15:44:57.310522','2026-12-06 15:44:57.310525');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',23,'财务确认时间：（空） → 2026-08-22 08:00:00 UTC；财务确认人：（空） → 9',NULL,592,'2026-12-06 15:44:57.311912','2026-12-06 15:44:57.311915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',24,'财务确认时间：（空） → 2026-06-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,593,'2026-12-06 15:44:57.324550','2026-12-06 15:44:57.324553');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',25,'财务确认时间：（空） → 2026-07-05 08:00:00 UTC；财务确认人：（空） → 9',NULL,594,'2026-12-06 15:44:57.326041','2026-12-06 15:44:57.326044');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',27,'财务确认时间：（空） → 2026-11-21 08:00:00 UTC；财务确认人：（空） → 9',NULL,595,'2026-12-06 15:44:57.327460','2026-12-06 15:44:57.327462');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',29,'财务确认时间：（空） → 2026-11-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,596,'2026-12-06 15:44:57.336129','2026-12-06 15:44:57.336133');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',30,'财务确认时间：（空） → 2026-11-19 08:00:00 UTC；财务确认人：（空） → 9',NULL,597,'2026-12-06 15:44:57.338823','2026-12-06 15:44:57.338827');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',31,'财务确认时间：（空） → 2026-11-17 08:00:00 UTC；财务确认人：（空） → 9',NULL,598,'2026-12-06 15:44:57.340251','2026-12-06 15:44:57.340254');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',32,'财务确认时间：（空） → 2026-10-29 08:00:00 UTC；财务确认人：（空） → 9',NULL,599,'2026-12-06 15:44:57.346791','2026-12-06 15:44:57.346793');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',33,'财务确认时间：（空） → 2026-11-20 08:00:00 UTC；财务确认人：（空） → 9',NULL,600,'2026-12-06 15:44:57.347812','2026-12-06 15:44:57.347814');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',34,'财务确认时间：（空） → 2026-08-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,601,'2026-12-06 15:44:57.353014','2026-12-06 15:44:57.353017');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',35,'财务确认时间：（空） → 2026-09-23 08:00:00 UTC；财务确认人：（空） → 9',NULL,602,'2026-12-06 15:44:57.354135','2026-12-06 15:44:57.354137');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',36,'财务确认时间：（空） → 2026-10-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,603,'2026-12-06 15:44:57.355087','2026-12-06 15:44:57.355088');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',37,'财务确认时间：（空） → 2026-10-11 08:00:00 UTC；财务确认人：（空） → 9',NULL,604,'2026-12-06 15:44:57.356097','2026-12-06 15:44:57.356099');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',38,'财务确认时间：（空） → 2026-11-28 08:00:00 UTC；财务确认人：（空） → 9',NULL,605,'2026-12-06 15:44:57.365384','2026-12-06 15:44:57.365386');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',39,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,606,'2026-12-06 15:44:57.366446','2026-12-06 15:44:57.366448');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',40,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,607,'2026-12-06 15:44:57.367647','2026-12-06 15:44:57.367649');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',41,'财务确认时间：（空） → 2026-11-26 08:00:00 UTC；财务确认人：（空） → 9',NULL,608,'2026-12-06 15:44:57.371586','2026-12-06 15:44:57.371589');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',42,'财务确认时间：（空） → 2026-11-27 08:00:00 UTC；财务确认人：（空） → 9',NULL,609,'2026-12-06 15:44:57.372773','2026-12-06 15:44:57.372775');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',43,'财务确认时间：（空） → 2026-11-30 08:00:00 UTC；财务确认人：（空） → 9',NULL,610,'2026-12-06 15:44:57.373718','2026-12-06 15:44:57.373720');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',44,'财务确认时间：（空） → 2026-12-01 08:00:00 UTC；财务确认人：（空） → 9',NULL,611,'2026-12-06 15:44:57.374704','2026-12-06 15:44:57.374706');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',45,'财务确认时间：（空） → 2026-12-02 08:00:00 UTC；财务确认人：（空） → 9',NULL,612,'2026-12-06 15:44:57.375635','2026-12-06 15:44:57.375637');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',46,'财务确认时间：（空） → 2026-12-03 08:00:00 UTC；财务确认人：（空） → 9',NULL,613,'2026-12-06 15:44:57.388734','2026-12-06 15:44:57.388738');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',47,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,614,'2026-12-06 15:44:57.390044','2026-12-06 15:44:57.390046');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','receipts',51,'财务确认时间：（空） → 2026-12-04 08:00:00 UTC；财务确认人：（空） → 9',NULL,615,'2026-12-06 15:44:57.391121','2026-12-06 15:44:57.391122');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',7,'房源=380；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''公司领导保留''；释放原因=''''；延期次数=0',NULL,616,'2026-12-06 15:44:57.394627','2026-12-06 15:44:57.394629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',380,'销控状态：（空） → ''保留''',NULL,617,'2026-12-06 15:44:57.394631','2026-12-06 15:44:57.394631');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',8,'房源=354；类型=''保留''；经办人=3；批准人=3；到期时间=2027-01-05 16:00:00 UTC；原因=''样板间，交付后再售''；释放原因=''''；延期次数=0',NULL,618,'2026-12-06 15:44:57.408221','2026-12-06 15:44:57.408225');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',354,'销控状态：（空） → ''保留''',NULL,619,'2026-12-06 15:44:57.408226','2026-12-06 15:44:57.408227');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',9,'（个人信息已清除）',NULL,620,'2026-12-06 15:44:57.418682','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',24,'销控状态：（空） → ''锁定''',NULL,621,'2026-12-06 15:44:57.418685','2026-12-06 15:44:57.418686');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',10,'房源=77；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-07 10:44:54 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,622,'2026-12-06 15:44:57.423902','2026-12-06 15:44:57.423906');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',77,'销控状态：（空） → ''锁定''',NULL,623,'2026-12-06 15:44:57.423908','2026-12-06 15:44:57.423909');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',11,'房源=2；类型=''锁定''；客户=1；经办人=2；到期时间=2026-12-06 19:44:54 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,624,'2026-12-06 15:44:57.445839','2026-12-06 15:44:57.445843');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',2,'销控状态：（空） → ''锁定''',NULL,625,'2026-12-06 15:44:57.445845','2026-12-06 15:44:57.445845');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',12,'（个人信息已清除）',NULL,626,'2026-12-06 15:44:57.453720','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',282,'销控状态：（空） → ''锁定''',NULL,627,'2026-12-06 15:44:57.453725','2026-12-06 15:44:57.453725');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',13,'（个人信息已清除）',NULL,628,'2026-12-06 15:44:57.461909','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',312,'销控状态：（空） → ''锁定''',NULL,629,'2026-12-06 15:44:57.461914','2026-12-06 15:44:57.461915');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',14,'（个人信息已清除）',NULL,630,'2026-12-06 15:44:57.475099','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',38,'销控状态：（空） → ''锁定''',NULL,631,'2026-12-06 15:44:57.475102','2026-12-06 15:44:57.475103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',1,'（个人信息已清除）',NULL,632,'2026-12-06 15:44:57.502518','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',2,'（个人信息已清除）',NULL,633,'2026-12-06 15:44:57.513740','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',3,'（个人信息已清除）',NULL,634,'2026-12-06 15:44:57.515511','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',4,'完成时间：（空） → 2026-06-22 06:38:00 UTC；完成人：（空） → 2',NULL,635,'2026-12-06 15:44:57.521025','2026-12-06 15:44:57.521029');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',5,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,636,'2026-12-06 15:44:57.522379','2026-12-06 15:44:57.522382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',6,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,637,'2026-12-06 15:44:57.523626','2026-12-06 15:44:57.523629');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',7,'完成时间：（空） → 2026-06-24 05:22:00 UTC；完成人：（空） → 2',NULL,638,'2026-12-06 15:44:57.529047','2026-12-06 15:44:57.529051');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',8,'完成时间：（空） → 2026-06-25 02:07:00 UTC；完成人：（空） → 2',NULL,639,'2026-12-06 15:44:57.530081','2026-12-06 15:44:57.530090');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',9,'完成时间：（空） → 2026-06-26 10:37:00 UTC；完成人：（空） → 2',NULL,640,'2026-12-06 15:44:57.533702','2026-12-06 15:44:57.533705');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',10,'（个人信息已清除）',NULL,641,'2026-12-06 15:44:57.534761','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',11,'（个人信息已清除）',NULL,642,'2026-12-06 15:44:57.535728','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',12,'（个人信息已清除）',NULL,643,'2026-12-06 15:44:57.541818','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',13,'（个人信息已清除）',NULL,644,'2026-12-06 15:44:57.543002','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',14,'（个人信息已清除）',NULL,645,'2026-12-06 15:44:57.543900','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',15,'（个人信息已清除）',NULL,646,'2026-12-06 15:44:57.545103','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',16,'完成时间：（空） → 2026-06-22 04:10:00 UTC；完成人：（空） → 2',NULL,647,'2026-12-06 15:44:57.546060','2026-12-06 15:44:57.546062');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',17,'完成时间：（空） → 2026-06-23 02:07:00 UTC；完成人：（空） → 2',NULL,648,'2026-12-06 15:44:57.546917','2026-12-06 15:44:57.546918');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',18,'完成时间：（空） → 2026-06-24 10:37:00 UTC；完成人：（空） → 2',NULL,649,'2026-12-06 15:44:57.547792','2026-12-06 15:44:57.547794');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',19,'（个人信息已清除）',NULL,650,'2026-12-06 15:44:57.551349','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',20,'（个人信息已清除）',NULL,651,'2026-12-06 15:44:57.552432','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',21,'（个人信息已清除）',NULL,652,'2026-12-06 15:44:57.558094','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',22,'（个人信息已清除）',NULL,653,'2026-12-06 15:44:57.559021','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',23,'（个人信息已清除）',NULL,654,'2026-12-06 15:44:57.559886','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',24,'（个人信息已清除）',NULL,655,'2026-12-06 15:44:57.560861','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',25,'完成时间：（空） → 2026-10-31 08:21:00 UTC；完成人：（空） → 2',NULL,656,'2026-12-06 15:44:57.561889','2026-12-06 15:44:57.561891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',26,'完成时间：（空） → 2026-11-01 02:07:00 UTC；完成人：（空） → 2',NULL,657,'2026-12-06 15:44:57.562778','2026-12-06 15:44:57.562780');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',27,'完成时间：（空） → 2026-11-02 10:37:00 UTC；完成人：（空） → 2',NULL,658,'2026-12-06 15:44:57.563675','2026-12-06 15:44:57.563677');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',28,'完成时间：（空） → 2026-08-30 05:56:00 UTC；完成人：（空） → 2',NULL,659,'2026-12-06 15:44:57.564666','2026-12-06 15:44:57.564669');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',29,'完成时间：（空） → 2026-08-31 02:07:00 UTC；完成人：（空） → 2',NULL,660,'2026-12-06 15:44:57.565529','2026-12-06 15:44:57.565530');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',30,'完成时间：（空） → 2026-09-01 10:37:00 UTC；完成人：（空） → 2',NULL,661,'2026-12-06 15:44:57.566349','2026-12-06 15:44:57.566351');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',31,'完成时间：（空） → 2026-10-03 08:58:00 UTC；完成人：（空） → 2',NULL,662,'2026-12-06 15:44:57.567160','2026-12-06 15:44:57.567161');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',32,'完成时间：（空） → 2026-10-04 02:07:00 UTC；完成人：（空） → 2',NULL,663,'2026-12-06 15:44:57.568029','2026-12-06 15:44:57.568031');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',33,'完成时间：（空） → 2026-10-05 10:37:00 UTC；完成人：（空） → 2',NULL,664,'2026-12-06 15:44:57.573197','2026-12-06 15:44:57.573201');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','care_touches',34,'完成时间：（空） → 2026-12-05 02:12:00 UTC；完成人：（空） → 2',NULL,665,'2026-12-06 15:44:57.574380','2026-12-06 15:44:57.574382');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',9,'项目=1；排号=9；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,666,'2026-12-06 15:44:57.594847','2026-12-06 15:44:57.594850');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','skip','queue_tickets',9,'过号：第 9 号 张伟','叫号三次未到',667,'2026-12-06 15:44:57.599838','2026-12-06 15:44:57.599842');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',14,'（个人信息已清除）',NULL,668,'2026-12-06 15:44:57.655974','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',13,'（个人信息已清除）',NULL,669,'2026-12-06 15:44:57.666817','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','unit_holds',12,'（个人信息已清除）',NULL,670,'2026-12-06 15:44:57.674811','2026-12-06 15:44:58.879116');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','unit_holds',15,'房源=1；类型=''锁定''；客户=1；到期时间=2026-12-07 15:44:57 UTC；原因=''''；释放原因=''''；延期次数=0',NULL,671,'2026-12-06 15:44:57.687281','2026-12-06 15:44:57.687285');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',1,'销控状态：（空） → ''锁定''',NULL,672,'2026-12-06 15:44:57.687287','2026-12-06 15:44:57.687287');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','extend','unit_holds',15,'1栋0101 的锁定延期：12-07 23:44 → 12-08 23:44（第 1 次，上限 2 次）','客户周末来签',673,'2026-12-06 15:44:57.711974','2026-12-06 15:44:57.711983');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','queue_tickets',10,'项目=1；排号=10；客户=1；认筹金=20000.00；状态=''有效''；作废原因=''''',NULL,674,'2026-12-06 15:44:57.732881','2026-12-06 15:44:57.732888');
INSERT INTO "audit_log" VALUES(3,'黄建国',NULL,NULL,'allow','queue_tickets',10,'特许选房（认筹金未收齐）：第 10 号 张伟，应收 20,000.00 元，已收 0.00 元','款项在途，经理特许',675,'2026-12-06 15:44:57.745439','2026-12-06 15:44:57.745444');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',5,'设置项=''全款付款计划''；值=''房款 20% 签约后0天；尾款 80% 签约后30天''',NULL,676,'2026-12-06 15:44:57.757354','2026-12-06 15:44:57.757360');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',22,'项目=1；房源=3；客户=3；置业顾问=5；买受人=''单丽''；证件号码=''330106********0003''；证件号码（密文）=***；付款方式=''全款''；表价=2071760.00；付款方式优惠=41435.20；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2030324.80；备案价=2320371.20；定金=50000.00；认购时间=2026-12-06 15:44:57 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,677,'2026-12-06 15:44:57.798323','2026-12-06 15:44:57.798327');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',3,'销控状态：（空） → ''已认购''',NULL,678,'2026-12-06 15:44:57.799379','2026-12-06 15:44:57.799381');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',67,'交易=22；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,679,'2026-12-06 15:44:57.803818','2026-12-06 15:44:57.803821');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',68,'交易=22；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=356064.96；已付金额=0；起算=''签约''；起算后天数=0',NULL,680,'2026-12-06 15:44:57.803822','2026-12-06 15:44:57.803822');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',69,'交易=22；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=1624259.84；已付金额=0；起算=''签约''；起算后天数=30',NULL,681,'2026-12-06 15:44:57.803823','2026-12-06 15:44:57.803823');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',85,'交易=22；步骤=''认购''；完成时间=2026-12-06 15:44:57 UTC；说明=''''',NULL,682,'2026-12-06 15:44:57.803824','2026-12-06 15:44:57.803825');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',3,'风险监测：否 → 是',NULL,683,'2026-12-06 15:44:57.805079','2026-12-06 15:44:57.805082');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deals',23,'项目=1；房源=4；客户=2；置业顾问=4；买受人=''（已匿名）''；证件号码=''（证件号已删除）''；证件号码（密文）=***；付款方式=''全款''；表价=2822680.00；付款方式优惠=56453.60；特批优惠=0.00；特批状态=''无''；特批理由=''''；成交价=2766226.40；备案价=3161401.60；定金=50000.00；认购时间=2026-12-06 15:44:57 UTC；签约期限=2026-12-13；逾期违约金（万分之/日）=5；解除权天数=90；阶段=''已认购''；合同编号=''''；网签编号=''''；代收费用=0；备注=''''',NULL,684,'2026-12-06 15:44:57.819005','2026-12-06 15:44:58.896052');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已认购''',NULL,685,'2026-12-06 15:44:57.820028','2026-12-06 15:44:57.820030');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',70,'交易=23；序号=1；款项性质=''定金''；节点=''定金''；应付日期=2026-12-06；应付金额=50000.00；已付金额=0；起算=''认购''',NULL,686,'2026-12-06 15:44:57.823985','2026-12-06 15:44:57.823987');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',71,'交易=23；序号=2；款项性质=''房款''；节点=''房款''；应付日期=''签约后起算''；应付金额=503245.28；已付金额=0；起算=''签约''；起算后天数=0',NULL,687,'2026-12-06 15:44:57.823988','2026-12-06 15:44:57.823989');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','installments',72,'交易=23；序号=3；款项性质=''房款''；节点=''尾款''；应付日期=''签约后起算''；应付金额=2212981.12；已付金额=0；起算=''签约''；起算后天数=30',NULL,688,'2026-12-06 15:44:57.823990','2026-12-06 15:44:57.823990');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',86,'交易=23；步骤=''认购''；完成时间=2026-12-06 15:44:57 UTC；说明=''''',NULL,689,'2026-12-06 15:44:57.823991','2026-12-06 15:44:57.823991');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',16,'（个人信息已清除）',NULL,690,'2026-12-06 15:44:57.825291','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','deal_steps',87,'交易=23；步骤=''签约/网签''；完成时间=2026-12-06 15:44:57 UTC；说明=''''',NULL,691,'2026-12-06 15:44:57.827185','2026-12-06 15:44:57.827187');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','deals',23,'阶段：''已认购'' → ''已签约''；合同编号：'''' → ''HT-DUMP-1''；网签编号：'''' → ''WQ-DUMP-1''；签约时间：（空） → 2026-12-06 15:44:57 UTC',NULL,692,'2026-12-06 15:44:57.827188','2026-12-06 15:44:57.827189');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',71,'应付日期：''签约后起算'' → 2026-12-06',NULL,693,'2026-12-06 15:44:57.829635','2026-12-06 15:44:57.829638');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','installments',72,'应付日期：''签约后起算'' → 2027-01-05',NULL,694,'2026-12-06 15:44:57.829639','2026-12-06 15:44:57.829639');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','units',4,'销控状态：（空） → ''已签约''',NULL,695,'2026-12-06 15:44:57.832125','2026-12-06 15:44:57.832128');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',37,'（个人信息已清除）',NULL,696,'2026-12-06 15:44:57.835185','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',38,'（个人信息已清除）',NULL,697,'2026-12-06 15:44:57.835189','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','care_touches',39,'（个人信息已清除）',NULL,698,'2026-12-06 15:44:57.835190','2026-12-06 15:44:58.878592');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','referral_points',17,'（个人信息已清除）',NULL,699,'2026-12-06 15:44:57.836250','2026-12-06 15:44:58.880077');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,700,'2026-12-06 15:44:57.958058','2026-12-06 15:44:57.958065');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,701,'2026-12-06 15:44:58.077088','2026-12-06 15:44:58.077095');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,702,'2026-12-06 15:44:58.252343','2026-12-06 15:44:58.252350');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,703,'2026-12-06 15:44:58.371698','2026-12-06 15:44:58.371705');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'login_failed','users',2,'登录名 guwen1',NULL,704,'2026-12-06 15:44:58.470334','2026-12-06 15:44:58.470340');
INSERT INTO "audit_log" VALUES(2,'王浩',NULL,NULL,'throttle','users',2,'登录名 guwen1连续 5 次登录失败，暂停登录 30 秒',NULL,705,'2026-12-06 15:44:58.471808','2026-12-06 15:44:58.471811');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,706,'2026-12-06 15:44:58.477952','2026-12-06 15:44:58.477957');
INSERT INTO "audit_log" VALUES(NULL,'未知登录名',NULL,NULL,'login_failed','users',NULL,'输入的登录名不存在',NULL,707,'2026-12-06 15:44:58.480046','2026-12-06 15:44:58.480049');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',6,'设置项=''判客：未登记来访的查询上限（次）''；值=2',NULL,708,'2026-12-06 15:44:58.487309','2026-12-06 15:44:58.487311');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****7777：不是已有客户',NULL,709,'2026-12-06 15:44:58.503147','2026-12-06 15:44:58.503151');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',4,'姓名=''唐宁''；手机号=''135****7777''；号码类型=''手机''；性别=''''；年龄段=''''；家庭结构=''''；意向户型=''''；楼层偏好=''''；置业目的=''''；客户类型=''''；关注点=''''；来源渠道=''自然到访''；认知途径=''''；意向等级=''C 低意向''；备注=''''；同意告知时间=2026-12-06 15:39:58 UTC；同意营销联系=否；勿扰=否；风险监测=否；登记人=6',NULL,710,'2026-12-06 15:44:58.530388','2026-12-06 15:44:58.530394');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','ownership_changes',5,'客户编号=4；新顾问=2；方式=''register''；原因=''''；操作人=6',NULL,711,'2026-12-06 15:44:58.540883','2026-12-06 15:44:58.540888');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','visits',6,'客户编号=4；来访时间=2026-12-06 15:39:58 UTC；首访/复访=''首访''；来访人数=1；来源渠道=''自然到访''；认知途径=''''；接待顾问=2；备注=''''',NULL,712,'2026-12-06 15:44:58.540890','2026-12-06 15:44:58.540891');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'归属顾问：（空） → 2；保护期至：（空） → 2027-01-05',NULL,713,'2026-12-06 15:44:58.540892','2026-12-06 15:44:58.540893');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','rotation_turns',4,'日期=2026-12-06；顾问=2；类型=''接待''；来访编号=6；备注=''''',NULL,714,'2026-12-06 15:44:58.544025','2026-12-06 15:44:58.544029');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0000：不是已有客户',NULL,715,'2026-12-06 15:44:58.557689','2026-12-06 15:44:58.557692');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0003：不是已有客户',NULL,716,'2026-12-06 15:44:58.567146','2026-12-06 15:44:58.567150');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0006：不是已有客户',NULL,717,'2026-12-06 15:44:58.580259','2026-12-06 15:44:58.580262');
INSERT INTO "audit_log" VALUES(6,'林晓雯',NULL,NULL,'lookup','customers',NULL,'判客 135****0009：不是已有客户',NULL,718,'2026-12-06 15:44:58.597342','2026-12-06 15:44:58.597346');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','customers',5,'（个人信息已清除）',NULL,719,'2026-12-06 15:44:58.634218','2026-12-06 15:44:58.730947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',4,'备注：'''' → ''和司徒静怡一起来的''',NULL,720,'2026-12-06 15:44:58.635724','2026-12-06 15:44:58.635728');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',5,'（个人信息已清除）',NULL,721,'2026-12-06 15:44:58.660668','2026-12-06 15:44:58.730947');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',5,'应本人要求删除个人信息','本人要求删除',722,'2026-12-06 15:44:58.837461','2026-12-06 15:44:58.837467');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'（个人信息已清除）',NULL,723,'2026-12-06 15:44:58.847714','2026-12-06 15:44:58.872103');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','update','customers',2,'姓名：''（已匿名）'' → ''（已申请删除）''；申请删除时间：（空） → 2026-12-06 15:44:58 UTC',NULL,724,'2026-12-06 15:44:58.888280','2026-12-06 15:44:58.888283');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','delete','customers',2,'应本人要求删除个人信息；交易和收据作为会计档案保留，客户标记为已申请删除','本人要求删除',725,'2026-12-06 15:44:58.987003','2026-12-06 15:44:58.987010');
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
INSERT INTO "buildings" VALUES(1,'一期','1栋','1',1,1,'2026-12-06 15:44:54.659632','2026-12-06 15:44:54.659638');
INSERT INTO "buildings" VALUES(1,'一期','2栋','2',1,2,'2026-12-06 15:44:54.676913','2026-12-06 15:44:54.676918');
INSERT INTO "buildings" VALUES(1,'二期','3栋','3',1,3,'2026-12-06 15:44:54.683032','2026-12-06 15:44:54.683037');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-12-06 15:44:52.578493','2026-12-06 15:44:52.578498');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-12-06 15:44:52.578499','2026-12-06 15:44:52.578500');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-12-06 15:44:52.564918','2026-12-06 15:44:52.564924');
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
INSERT INTO "care_touches" VALUES(1,2,4,1,'2026-06-25 04:46:00.000000','','2026-06-25 04:53:00.000000',4,1,'2026-12-06 15:44:55.390942','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(1,2,4,2,'2026-06-26 02:00:00.000000','','2026-06-26 02:07:00.000000',4,2,'2026-12-06 15:44:55.390949','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(1,2,4,3,'2026-06-27 10:30:00.000000','','2026-06-27 10:37:00.000000',4,3,'2026-12-06 15:44:55.390952','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(2,1,2,1,'2026-06-22 06:31:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 06:38:00.000000',2,4,'2026-12-06 15:44:55.634300','2026-12-06 15:44:57.516243');
INSERT INTO "care_touches" VALUES(2,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,5,'2026-12-06 15:44:55.634305','2026-12-06 15:44:57.521776');
INSERT INTO "care_touches" VALUES(2,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,6,'2026-12-06 15:44:55.634306','2026-12-06 15:44:57.523053');
INSERT INTO "care_touches" VALUES(3,1,2,1,'2026-06-24 05:15:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-24 05:22:00.000000',2,7,'2026-12-06 15:44:55.780245','2026-12-06 15:44:57.524307');
INSERT INTO "care_touches" VALUES(3,1,2,2,'2026-06-25 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-25 02:07:00.000000',2,8,'2026-12-06 15:44:55.780249','2026-12-06 15:44:57.529640');
INSERT INTO "care_touches" VALUES(3,1,2,3,'2026-06-26 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-26 10:37:00.000000',2,9,'2026-12-06 15:44:55.780250','2026-12-06 15:44:57.532331');
INSERT INTO "care_touches" VALUES(4,2,4,1,'2026-06-23 08:15:00.000000','','2026-06-23 08:22:00.000000',4,10,'2026-12-06 15:44:55.840550','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(4,2,4,2,'2026-06-24 02:00:00.000000','','2026-06-24 02:07:00.000000',4,11,'2026-12-06 15:44:55.840555','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(4,2,4,3,'2026-06-25 10:30:00.000000','','2026-06-25 10:37:00.000000',4,12,'2026-12-06 15:44:55.840556','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(5,2,4,1,'2026-06-25 02:27:00.000000','','2026-06-25 02:34:00.000000',4,13,'2026-12-06 15:44:55.927370','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(5,2,4,2,'2026-06-26 02:00:00.000000','','2026-06-26 02:07:00.000000',4,14,'2026-12-06 15:44:55.927376','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(5,2,4,3,'2026-06-27 10:30:00.000000','','2026-06-27 10:37:00.000000',4,15,'2026-12-06 15:44:55.927378','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(6,1,2,1,'2026-06-22 04:03:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-06-22 04:10:00.000000',2,16,'2026-12-06 15:44:56.047935','2026-12-06 15:44:57.545640');
INSERT INTO "care_touches" VALUES(6,1,2,2,'2026-06-23 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-06-23 02:07:00.000000',2,17,'2026-12-06 15:44:56.047939','2026-12-06 15:44:57.546518');
INSERT INTO "care_touches" VALUES(6,1,2,3,'2026-06-24 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-06-24 10:37:00.000000',2,18,'2026-12-06 15:44:56.047940','2026-12-06 15:44:57.547365');
INSERT INTO "care_touches" VALUES(7,2,4,1,'2026-11-21 08:53:00.000000','','2026-11-21 09:00:00.000000',4,19,'2026-12-06 15:44:56.241852','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(7,2,4,2,'2026-11-22 02:00:00.000000','','2026-11-22 02:07:00.000000',4,20,'2026-12-06 15:44:56.241858','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(7,2,4,3,'2026-11-23 10:30:00.000000','','2026-11-23 10:37:00.000000',4,21,'2026-12-06 15:44:56.241860','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(8,2,4,1,'2026-11-06 07:03:00.000000','','2026-11-06 07:10:00.000000',4,22,'2026-12-06 15:44:56.353675','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(8,2,4,2,'2026-11-07 02:00:00.000000','','2026-11-07 02:07:00.000000',4,23,'2026-12-06 15:44:56.353680','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(8,2,4,3,'2026-11-08 10:30:00.000000','','2026-11-08 10:37:00.000000',4,24,'2026-12-06 15:44:56.353683','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(9,1,2,1,'2026-10-31 08:14:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-31 08:21:00.000000',2,25,'2026-12-06 15:44:56.432083','2026-12-06 15:44:57.561408');
INSERT INTO "care_touches" VALUES(9,1,2,2,'2026-11-01 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-11-01 02:07:00.000000',2,26,'2026-12-06 15:44:56.432088','2026-12-06 15:44:57.562361');
INSERT INTO "care_touches" VALUES(9,1,2,3,'2026-11-02 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-11-02 10:37:00.000000',2,27,'2026-12-06 15:44:56.432090','2026-12-06 15:44:57.563268');
INSERT INTO "care_touches" VALUES(10,1,2,1,'2026-08-30 05:49:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-08-30 05:56:00.000000',2,28,'2026-12-06 15:44:56.517225','2026-12-06 15:44:57.564147');
INSERT INTO "care_touches" VALUES(10,1,2,2,'2026-08-31 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-08-31 02:07:00.000000',2,29,'2026-12-06 15:44:56.517231','2026-12-06 15:44:57.565142');
INSERT INTO "care_touches" VALUES(10,1,2,3,'2026-09-01 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-09-01 10:37:00.000000',2,30,'2026-12-06 15:44:56.517233','2026-12-06 15:44:57.565975');
INSERT INTO "care_touches" VALUES(11,1,2,1,'2026-10-03 08:51:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-10-03 08:58:00.000000',2,31,'2026-12-06 15:44:56.580448','2026-12-06 15:44:57.566786');
INSERT INTO "care_touches" VALUES(11,1,2,2,'2026-10-04 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。','2026-10-04 02:07:00.000000',2,32,'2026-12-06 15:44:56.580453','2026-12-06 15:44:57.567629');
INSERT INTO "care_touches" VALUES(11,1,2,3,'2026-10-05 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。','2026-10-05 10:37:00.000000',2,33,'2026-12-06 15:44:56.580455','2026-12-06 15:44:57.568459');
INSERT INTO "care_touches" VALUES(19,1,2,1,'2026-12-05 02:05:00.000000','张伟您好，我是安家·云栖府的置业顾问王浩。签约已经完成，感谢您的信任。收据请妥善保管。这是项目经理的联系方式：案场经理黄建国（售楼处），有需要随时联系，我也一直都在。','2026-12-05 02:12:00.000000',2,34,'2026-12-06 15:44:57.126409','2026-12-06 15:44:57.573820');
INSERT INTO "care_touches" VALUES(19,1,2,2,'2026-12-06 02:00:00.000000','张伟您好，我是王浩。向您简单说一下安家·云栖府的工地情况：目前正在按计划施工。有新的进展我会第一时间告诉您。',NULL,NULL,35,'2026-12-06 15:44:57.126414','2026-12-06 15:44:57.126415');
INSERT INTO "care_touches" VALUES(19,1,2,3,'2026-12-07 10:30:00.000000','张伟您好，我是王浩。想了解一下您对这次购房服务是否满意，有任何意见和建议都请告诉我。感谢您选择安家·云栖府，我们为您准备了一张物业费抵用券，欢迎来售楼处领取。',NULL,NULL,36,'2026-12-06 15:44:57.126416','2026-12-06 15:44:57.126417');
INSERT INTO "care_touches" VALUES(23,2,4,1,'2026-12-07 01:00:00.000000','',NULL,NULL,37,'2026-12-06 15:44:57.834301','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(23,2,4,2,'2026-12-07 02:00:00.000000','',NULL,NULL,38,'2026-12-06 15:44:57.834305','2026-12-06 15:44:58.863680');
INSERT INTO "care_touches" VALUES(23,2,4,3,'2026-12-08 10:30:00.000000','',NULL,NULL,39,'2026-12-06 15:44:57.834307','2026-12-06 15:44:58.863680');
CREATE TABLE change_log (
	id INTEGER NOT NULL, 
	tables TEXT NOT NULL, 
	origin VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (id)
);
INSERT INTO "change_log" VALUES(1,'audit_log,user_roles,users','d0903b129eafbee0','2026-12-06 15:44:52.319066');
INSERT INTO "change_log" VALUES(2,'audit_log,calendar_days,calendar_years,settings,user_roles,users','d0903b129eafbee0','2026-12-06 15:44:52.584679');
INSERT INTO "change_log" VALUES(3,'audit_log,user_roles,users','d0903b129eafbee0','2026-12-06 15:44:52.975483');
INSERT INTO "change_log" VALUES(4,'audit_log,duty_roster','d0903b129eafbee0','2026-12-06 15:44:53.029271');
INSERT INTO "change_log" VALUES(5,'audit_log,customer_name_grams,customers,ownership_changes,rotation_turns,visits','d0903b129eafbee0','2026-12-06 15:44:53.752175');
INSERT INTO "change_log" VALUES(6,'audit_log,customer_name_grams,customers,ownership_changes,referral_points,visits','d0903b129eafbee0','2026-12-06 15:44:53.812243');
INSERT INTO "change_log" VALUES(7,'audit_log,customer_name_grams,customers,ownership_changes,visits','d0903b129eafbee0','2026-12-06 15:44:53.880230');
INSERT INTO "change_log" VALUES(8,'audit_log,customers,visits','d0903b129eafbee0','2026-12-06 15:44:53.910555');
INSERT INTO "change_log" VALUES(9,'audit_log,customer_name_grams,customers,ownership_changes,visits','d0903b129eafbee0','2026-12-06 15:44:53.958693');
INSERT INTO "change_log" VALUES(10,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,deals,disputes,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,receipts,referral_points,risk_marks,risk_warnings,unit_holds,visits','d0903b129eafbee0','2026-12-06 15:44:54.140418');
INSERT INTO "change_log" VALUES(11,'audit_log,duty_roster,referral_points,risk_warnings,rotation_turns','d0903b129eafbee0','2026-12-06 15:44:54.207493');
INSERT INTO "change_log" VALUES(12,'audit_log,disputes','d0903b129eafbee0','2026-12-06 15:44:54.230242');
INSERT INTO "change_log" VALUES(13,'audit_log,disputes','d0903b129eafbee0','2026-12-06 15:44:54.243484');
INSERT INTO "change_log" VALUES(14,'audit_log,user_roles,users','d0903b129eafbee0','2026-12-06 15:44:54.632786');
INSERT INTO "change_log" VALUES(15,'audit_log,buildings,care_touches,customers,deal_steps,deals,installments,projects,queue_tickets,receipts,referral_points,settings,unit_holds,units','d0903b129eafbee0','2026-12-06 15:44:57.584717');
INSERT INTO "change_log" VALUES(16,'audit_log,projects,queue_tickets','d0903b129eafbee0','2026-12-06 15:44:57.600193');
INSERT INTO "change_log" VALUES(17,'audit_log,projects,queue_tickets,unit_holds,units','d0903b129eafbee0','2026-12-06 15:44:57.745987');
INSERT INTO "change_log" VALUES(18,'audit_log,care_touches,customers,deal_steps,deals,installments,referral_points,settings,units','d0903b129eafbee0','2026-12-06 15:44:57.842840');
INSERT INTO "change_log" VALUES(19,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:57.959893');
INSERT INTO "change_log" VALUES(20,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.078789');
INSERT INTO "change_log" VALUES(21,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.265960');
INSERT INTO "change_log" VALUES(22,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.372900');
INSERT INTO "change_log" VALUES(23,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.472173');
INSERT INTO "change_log" VALUES(24,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.478835');
INSERT INTO "change_log" VALUES(25,'audit_log,login_throttles','d0903b129eafbee0','2026-12-06 15:44:58.485121');
INSERT INTO "change_log" VALUES(26,'audit_log,customer_name_grams,customers,ownership_changes,phone_lookups,rotation_turns,settings,visits','d0903b129eafbee0','2026-12-06 15:44:58.598865');
INSERT INTO "change_log" VALUES(27,'audit_log,care_touches,customer_merges,customer_name_grams,customer_relatives,customers,disputes,erasure_log,erasure_reviews,follow_ups,grade_changes,ownership_changes,phone_changes,queue_tickets,referral_points,risk_marks,risk_warnings,rotation_turns,unit_holds,visits','d0903b129eafbee0','2026-12-06 15:44:58.987631');
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
INSERT INTO "customer_merges" VALUES(2,4,'{}','',NULL,1,'2026-12-06 15:44:54.012583','2026-12-06 15:44:58.870839');
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
INSERT INTO "customer_relatives" VALUES(1,'spouse','李娜','13700002222','13700002222',1,'2026-12-06 15:44:53.985407','2026-12-06 15:44:53.985412');
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
INSERT INTO "customers" VALUES('张伟','zw','13812345678','13812345678','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','路过',2,'2027-01-03','A',NULL,NULL,NULL,'','2026-11-16 15:44:52.000000',1,0,2,'2026-11-16 15:44:52.000000','2026-12-04 15:44:52.000000','2026-12-05 15:44:52.000000','2026-12-05 15:44:52.000000','2026-12-09','2026-12-09',1,38,NULL,NULL,7,1,'2026-12-06 15:44:53.705182','2026-12-06 15:44:54.136812',NULL);
INSERT INTO "customers" VALUES('（已申请删除）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','老带新','',4,'2026-12-17','C',1,NULL,NULL,'','2026-11-16 16:44:52.000000',0,1,2,'2026-11-16 16:44:52.000000','2026-12-04 15:44:52.000000',NULL,'2026-12-04 15:44:52.000000',NULL,NULL,0,NULL,'2026-12-06 15:44:58.000000',NULL,8,2,'2026-12-06 15:44:53.775570','2026-12-06 15:44:58.885374','2026-12-06 15:44:58.000000');
INSERT INTO "customers" VALUES('单丽','sl','138****9999',NULL,'masked','','','',NULL,NULL,NULL,NULL,'','','','','','渠道带看','',5,'2026-12-17','C',NULL,NULL,NULL,'','2026-11-16 17:44:52.000000',0,0,1,'2026-11-16 17:44:52.000000','2026-11-16 17:44:52.000000',NULL,'2026-11-16 17:44:52.000000',NULL,'2026-12-17',1,NULL,NULL,NULL,3,3,'2026-12-06 15:44:53.858620','2026-12-06 15:44:57.803476',NULL);
INSERT INTO "customers" VALUES('唐宁','tn','13566667777','13566667777','mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',2,'2027-01-05','C',NULL,NULL,NULL,'和司徒静怡一起来的','2026-12-06 15:39:58.000000',0,0,1,'2026-12-06 15:39:58.000000','2026-12-06 15:39:58.000000',NULL,'2026-12-06 15:39:58.000000',NULL,'2027-01-05',0,NULL,NULL,6,3,4,'2026-12-06 15:44:58.522094','2026-12-06 15:44:58.633937',NULL);
INSERT INTO "customers" VALUES('（已匿名）','',NULL,NULL,'mobile','','','',NULL,NULL,NULL,NULL,'','','','','','自然到访','',NULL,NULL,'C',NULL,NULL,NULL,'','2026-12-06 15:44:58.000000',0,1,0,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,'2026-12-06 15:44:58.000000',NULL,2,5,'2026-12-06 15:44:58.621016','2026-12-06 15:44:58.654319',NULL);
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
INSERT INTO "deal_steps" VALUES(1,'subscribe','2026-06-19 01:26:00.000000',4,'',1,'2026-12-06 15:44:55.107385','2026-12-06 15:44:55.107390');
INSERT INTO "deal_steps" VALUES(2,'subscribe','2026-06-19 01:32:00.000000',2,'',2,'2026-12-06 15:44:55.138400','2026-12-06 15:44:55.138405');
INSERT INTO "deal_steps" VALUES(3,'subscribe','2026-06-19 01:38:00.000000',2,'',3,'2026-12-06 15:44:55.159180','2026-12-06 15:44:55.159184');
INSERT INTO "deal_steps" VALUES(4,'subscribe','2026-06-19 01:44:00.000000',4,'',4,'2026-12-06 15:44:55.184416','2026-12-06 15:44:55.184420');
INSERT INTO "deal_steps" VALUES(5,'subscribe','2026-06-19 01:50:00.000000',4,'',5,'2026-12-06 15:44:55.237616','2026-12-06 15:44:55.237621');
INSERT INTO "deal_steps" VALUES(6,'subscribe','2026-06-19 01:56:00.000000',2,'',6,'2026-12-06 15:44:55.292125','2026-12-06 15:44:55.292130');
INSERT INTO "deal_steps" VALUES(1,'sign','2026-06-25 04:46:00.000000',7,'',7,'2026-12-06 15:44:55.355168','2026-12-06 15:44:55.355172');
INSERT INTO "deal_steps" VALUES(1,'file','2026-07-04 02:25:00.000000',7,'',8,'2026-12-06 15:44:55.420333','2026-12-06 15:44:55.420337');
INSERT INTO "deal_steps" VALUES(1,'documents','2026-07-10 01:07:00.000000',10,'',9,'2026-12-06 15:44:55.437476','2026-12-06 15:44:55.437479');
INSERT INTO "deal_steps" VALUES(1,'interview','2026-07-15 04:39:00.000000',10,'',10,'2026-12-06 15:44:55.447251','2026-12-06 15:44:55.447254');
INSERT INTO "deal_steps" VALUES(1,'approval','2026-07-25 03:18:00.000000',10,'',11,'2026-12-06 15:44:55.454506','2026-12-06 15:44:55.454509');
INSERT INTO "deal_steps" VALUES(1,'pre_registration','2026-08-03 03:11:00.000000',10,'',12,'2026-12-06 15:44:55.465876','2026-12-06 15:44:55.465879');
INSERT INTO "deal_steps" VALUES(1,'release','2026-08-19 03:26:00.000000',10,'',13,'2026-12-06 15:44:55.477207','2026-12-06 15:44:55.477210');
INSERT INTO "deal_steps" VALUES(1,'deliver','2026-11-18 01:35:00.000000',7,'实测建筑面积88.23㎡，预测89.3㎡，少1.20%，在3%以内，按单价23,562.00元/㎡据实结算，开发商退还25,211.34元。',14,'2026-12-06 15:44:55.538450','2026-12-06 15:44:55.538454');
INSERT INTO "deal_steps" VALUES(2,'sign','2026-06-22 06:31:00.000000',7,'',15,'2026-12-06 15:44:55.612337','2026-12-06 15:44:55.612339');
INSERT INTO "deal_steps" VALUES(2,'file','2026-07-01 06:41:00.000000',7,'',16,'2026-12-06 15:44:55.640765','2026-12-06 15:44:55.640770');
INSERT INTO "deal_steps" VALUES(2,'documents','2026-07-06 01:08:00.000000',10,'',17,'2026-12-06 15:44:55.643077','2026-12-06 15:44:55.643078');
INSERT INTO "deal_steps" VALUES(2,'interview','2026-07-13 03:36:00.000000',10,'',18,'2026-12-06 15:44:55.653201','2026-12-06 15:44:55.653203');
INSERT INTO "deal_steps" VALUES(2,'approval','2026-07-27 05:58:00.000000',10,'',19,'2026-12-06 15:44:55.655339','2026-12-06 15:44:55.655341');
INSERT INTO "deal_steps" VALUES(2,'pre_registration','2026-08-06 09:39:00.000000',10,'',20,'2026-12-06 15:44:55.665537','2026-12-06 15:44:55.665539');
INSERT INTO "deal_steps" VALUES(2,'release','2026-08-19 05:04:00.000000',10,'',21,'2026-12-06 15:44:55.667533','2026-12-06 15:44:55.667535');
INSERT INTO "deal_steps" VALUES(2,'deliver','2026-10-14 05:33:00.000000',7,'实测建筑面积89.21㎡，预测89.3㎡，少0.10%，在3%以内，按单价24,640.00元/㎡据实结算，开发商退还2,217.60元。',22,'2026-12-06 15:44:55.705881','2026-12-06 15:44:55.705883');
INSERT INTO "deal_steps" VALUES(3,'sign','2026-06-24 05:15:00.000000',7,'',23,'2026-12-06 15:44:55.766557','2026-12-06 15:44:55.766560');
INSERT INTO "deal_steps" VALUES(3,'file','2026-07-03 08:30:00.000000',7,'',24,'2026-12-06 15:44:55.786912','2026-12-06 15:44:55.786915');
INSERT INTO "deal_steps" VALUES(3,'documents','2026-07-08 02:50:00.000000',10,'',25,'2026-12-06 15:44:55.793000','2026-12-06 15:44:55.793002');
INSERT INTO "deal_steps" VALUES(3,'interview','2026-07-17 01:34:00.000000',10,'',26,'2026-12-06 15:44:55.794976','2026-12-06 15:44:55.794978');
INSERT INTO "deal_steps" VALUES(3,'approval','2026-07-30 01:54:00.000000',10,'',27,'2026-12-06 15:44:55.800920','2026-12-06 15:44:55.800922');
INSERT INTO "deal_steps" VALUES(3,'pre_registration','2026-08-06 07:43:00.000000',10,'',28,'2026-12-06 15:44:55.802970','2026-12-06 15:44:55.802972');
INSERT INTO "deal_steps" VALUES(4,'sign','2026-06-23 08:15:00.000000',7,'',29,'2026-12-06 15:44:55.827262','2026-12-06 15:44:55.827264');
INSERT INTO "deal_steps" VALUES(4,'file','2026-07-01 06:59:00.000000',7,'',30,'2026-12-06 15:44:55.843930','2026-12-06 15:44:55.843931');
INSERT INTO "deal_steps" VALUES(4,'documents','2026-07-08 06:50:00.000000',10,'',31,'2026-12-06 15:44:55.850129','2026-12-06 15:44:55.850130');
INSERT INTO "deal_steps" VALUES(4,'interview','2026-07-16 07:08:00.000000',10,'',32,'2026-12-06 15:44:55.852053','2026-12-06 15:44:55.852054');
INSERT INTO "deal_steps" VALUES(4,'approval','2026-07-28 05:51:00.000000',10,'',33,'2026-12-06 15:44:55.858226','2026-12-06 15:44:55.858228');
INSERT INTO "deal_steps" VALUES(4,'pre_registration','2026-08-06 06:33:00.000000',10,'',34,'2026-12-06 15:44:55.860131','2026-12-06 15:44:55.860132');
INSERT INTO "deal_steps" VALUES(4,'release','2026-08-18 04:47:00.000000',10,'',35,'2026-12-06 15:44:55.866326','2026-12-06 15:44:55.866328');
INSERT INTO "deal_steps" VALUES(5,'sign','2026-06-25 02:27:00.000000',7,'',36,'2026-12-06 15:44:55.917806','2026-12-06 15:44:55.917810');
INSERT INTO "deal_steps" VALUES(5,'file','2026-07-04 05:56:00.000000',7,'',37,'2026-12-06 15:44:55.940306','2026-12-06 15:44:55.940309');
INSERT INTO "deal_steps" VALUES(5,'documents','2026-07-11 07:20:00.000000',10,'',38,'2026-12-06 15:44:55.951908','2026-12-06 15:44:55.951910');
INSERT INTO "deal_steps" VALUES(5,'interview','2026-07-19 08:06:00.000000',10,'',39,'2026-12-06 15:44:55.959138','2026-12-06 15:44:55.959140');
INSERT INTO "deal_steps" VALUES(5,'approval','2026-07-30 03:41:00.000000',10,'',40,'2026-12-06 15:44:55.973999','2026-12-06 15:44:55.974001');
INSERT INTO "deal_steps" VALUES(5,'pre_registration','2026-08-06 02:23:00.000000',10,'',41,'2026-12-06 15:44:55.975986','2026-12-06 15:44:55.975987');
INSERT INTO "deal_steps" VALUES(5,'release','2026-08-21 08:09:00.000000',10,'',42,'2026-12-06 15:44:55.983405','2026-12-06 15:44:55.983407');
INSERT INTO "deal_steps" VALUES(6,'sign','2026-06-22 04:03:00.000000',7,'',43,'2026-12-06 15:44:56.028442','2026-12-06 15:44:56.028444');
INSERT INTO "deal_steps" VALUES(6,'file','2026-06-28 08:30:00.000000',7,'',44,'2026-12-06 15:44:56.054564','2026-12-06 15:44:56.054565');
INSERT INTO "deal_steps" VALUES(6,'documents','2026-07-02 02:50:00.000000',10,'',45,'2026-12-06 15:44:56.056442','2026-12-06 15:44:56.056444');
INSERT INTO "deal_steps" VALUES(6,'interview','2026-07-09 05:29:00.000000',10,'',46,'2026-12-06 15:44:56.066926','2026-12-06 15:44:56.066927');
INSERT INTO "deal_steps" VALUES(6,'approval','2026-07-20 03:02:00.000000',10,'',47,'2026-12-06 15:44:56.077088','2026-12-06 15:44:56.077090');
INSERT INTO "deal_steps" VALUES(6,'pre_registration','2026-07-27 01:36:00.000000',10,'',48,'2026-12-06 15:44:56.079175','2026-12-06 15:44:56.079177');
INSERT INTO "deal_steps" VALUES(6,'release','2026-08-09 02:39:00.000000',10,'',49,'2026-12-06 15:44:56.089966','2026-12-06 15:44:56.089970');
INSERT INTO "deal_steps" VALUES(7,'subscribe','2026-11-20 04:49:00.000000',4,'',50,'2026-12-06 15:44:56.150388','2026-12-06 15:44:56.150392');
INSERT INTO "deal_steps" VALUES(7,'sign','2026-11-21 08:53:00.000000',7,'',51,'2026-12-06 15:44:56.221406','2026-12-06 15:44:56.221409');
INSERT INTO "deal_steps" VALUES(7,'file','2026-12-01 06:06:00.000000',7,'',52,'2026-12-06 15:44:56.255477','2026-12-06 15:44:56.255481');
INSERT INTO "deal_steps" VALUES(7,'documents','2026-12-04 04:57:00.000000',10,'',53,'2026-12-06 15:44:56.266893','2026-12-06 15:44:56.266896');
INSERT INTO "deal_steps" VALUES(8,'subscribe','2026-11-02 02:43:00.000000',4,'',54,'2026-12-06 15:44:56.302003','2026-12-06 15:44:56.302006');
INSERT INTO "deal_steps" VALUES(8,'sign','2026-11-06 07:03:00.000000',7,'',55,'2026-12-06 15:44:56.331360','2026-12-06 15:44:56.331362');
INSERT INTO "deal_steps" VALUES(8,'file','2026-11-12 04:11:00.000000',7,'',56,'2026-12-06 15:44:56.367750','2026-12-06 15:44:56.367753');
INSERT INTO "deal_steps" VALUES(8,'deliver','2026-11-15 09:40:00.000000',7,'实测建筑面积119.67㎡，预测118.6㎡，多0.90%，在3%以内，按单价25,088.00元/㎡据实结算，买受人补交26,844.16元。',57,'2026-12-06 15:44:56.376963','2026-12-06 15:44:56.376966');
INSERT INTO "deal_steps" VALUES(9,'subscribe','2026-10-28 09:34:00.000000',2,'',58,'2026-12-06 15:44:56.411336','2026-12-06 15:44:56.411340');
INSERT INTO "deal_steps" VALUES(9,'sign','2026-10-31 08:14:00.000000',7,'',59,'2026-12-06 15:44:56.423706','2026-12-06 15:44:56.423709');
INSERT INTO "deal_steps" VALUES(9,'file','2026-11-10 02:08:00.000000',7,'',60,'2026-12-06 15:44:56.435514','2026-12-06 15:44:56.435517');
INSERT INTO "deal_steps" VALUES(9,'deliver','2026-11-13 08:05:00.000000',7,'实测建筑面积105.4㎡，预测105.4㎡，无需补退。',61,'2026-12-06 15:44:56.447746','2026-12-06 15:44:56.447749');
INSERT INTO "deal_steps" VALUES(10,'subscribe','2026-08-29 08:36:00.000000',2,'',62,'2026-12-06 15:44:56.483194','2026-12-06 15:44:56.483198');
INSERT INTO "deal_steps" VALUES(10,'sign','2026-08-30 05:49:00.000000',7,'',63,'2026-12-06 15:44:56.503689','2026-12-06 15:44:56.503692');
INSERT INTO "deal_steps" VALUES(10,'file','2026-09-07 07:48:00.000000',7,'',64,'2026-12-06 15:44:56.525989','2026-12-06 15:44:56.525993');
INSERT INTO "deal_steps" VALUES(11,'subscribe','2026-09-30 06:41:00.000000',2,'',65,'2026-12-06 15:44:56.542829','2026-12-06 15:44:56.542832');
INSERT INTO "deal_steps" VALUES(11,'sign','2026-10-03 08:51:00.000000',7,'',66,'2026-12-06 15:44:56.573499','2026-12-06 15:44:56.573502');
INSERT INTO "deal_steps" VALUES(11,'file','2026-10-12 09:08:00.000000',7,'',67,'2026-12-06 15:44:56.583736','2026-12-06 15:44:56.583740');
INSERT INTO "deal_steps" VALUES(11,'documents','2026-10-17 02:19:00.000000',10,'',68,'2026-12-06 15:44:56.590713','2026-12-06 15:44:56.590716');
INSERT INTO "deal_steps" VALUES(11,'interview','2026-10-23 03:16:00.000000',10,'',69,'2026-12-06 15:44:56.597692','2026-12-06 15:44:56.597695');
INSERT INTO "deal_steps" VALUES(11,'approval','2026-11-05 06:18:00.000000',10,'',70,'2026-12-06 15:44:56.600417','2026-12-06 15:44:56.600419');
INSERT INTO "deal_steps" VALUES(11,'pre_registration','2026-11-11 02:34:00.000000',10,'',71,'2026-12-06 15:44:56.607427','2026-12-06 15:44:56.607429');
INSERT INTO "deal_steps" VALUES(11,'release','2026-11-27 01:01:00.000000',10,'',72,'2026-12-06 15:44:56.614393','2026-12-06 15:44:56.614396');
INSERT INTO "deal_steps" VALUES(11,'deliver','2026-11-30 06:27:00.000000',7,'实测建筑面积144.78㎡，预测143.2㎡，多1.10%，在3%以内，按单价28,000.00元/㎡据实结算，买受人补交44,240.00元。',73,'2026-12-06 15:44:56.658805','2026-12-06 15:44:56.658809');
INSERT INTO "deal_steps" VALUES(12,'subscribe','2026-11-25 06:33:00.000000',2,'',74,'2026-12-06 15:44:56.739459','2026-12-06 15:44:56.739462');
INSERT INTO "deal_steps" VALUES(13,'subscribe','2026-11-26 05:29:00.000000',4,'',75,'2026-12-06 15:44:56.790700','2026-12-06 15:44:56.790705');
INSERT INTO "deal_steps" VALUES(14,'subscribe','2026-11-29 04:52:00.000000',2,'',76,'2026-12-06 15:44:56.836445','2026-12-06 15:44:56.836449');
INSERT INTO "deal_steps" VALUES(15,'subscribe','2026-11-30 06:52:00.000000',2,'',77,'2026-12-06 15:44:56.876886','2026-12-06 15:44:56.876890');
INSERT INTO "deal_steps" VALUES(16,'subscribe','2026-12-01 09:25:00.000000',2,'',78,'2026-12-06 15:44:56.895410','2026-12-06 15:44:56.895412');
INSERT INTO "deal_steps" VALUES(17,'subscribe','2026-12-02 07:30:00.000000',2,'',79,'2026-12-06 15:44:56.953362','2026-12-06 15:44:56.953366');
INSERT INTO "deal_steps" VALUES(18,'subscribe','2026-12-03 02:20:00.000000',4,'',80,'2026-12-06 15:44:57.018973','2026-12-06 15:44:57.018978');
INSERT INTO "deal_steps" VALUES(19,'subscribe','2026-12-04 04:51:00.000000',2,'',81,'2026-12-06 15:44:57.074232','2026-12-06 15:44:57.074237');
INSERT INTO "deal_steps" VALUES(19,'sign','2026-12-05 02:05:00.000000',7,'',82,'2026-12-06 15:44:57.106981','2026-12-06 15:44:57.106984');
INSERT INTO "deal_steps" VALUES(20,'subscribe','2026-12-05 06:59:00.000000',4,'',83,'2026-12-06 15:44:57.153255','2026-12-06 15:44:57.153260');
INSERT INTO "deal_steps" VALUES(21,'subscribe','2026-12-06 09:33:00.000000',2,'',84,'2026-12-06 15:44:57.198839','2026-12-06 15:44:57.198842');
INSERT INTO "deal_steps" VALUES(22,'subscribe','2026-12-06 15:44:57.000000',NULL,'',85,'2026-12-06 15:44:57.800109','2026-12-06 15:44:57.800113');
INSERT INTO "deal_steps" VALUES(23,'subscribe','2026-12-06 15:44:57.000000',NULL,'',86,'2026-12-06 15:44:57.822364','2026-12-06 15:44:57.822369');
INSERT INTO "deal_steps" VALUES(23,'sign','2026-12-06 15:44:57.000000',NULL,'',87,'2026-12-06 15:44:57.826261','2026-12-06 15:44:57.826263');
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
INSERT INTO "deals" VALUES(1,22,2,4,1,'曾小贤','510104********8791','v1:hGgwj4bFklyEl4cVCMDfQXtWUOZgV3ShpOu/88qBjosLb4V4vRmJk3SAcSn4aw==','commercial',212534000,2125340,0,'none','',NULL,NULL,210408660,237395120,10000000,'2026-06-19 01:26:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0001','330126062513349','2026-06-25 04:46:00.000000','2026-07-04',-2521134,6627873,'2026-11-18 01:35:00.000000',NULL,NULL,'',10,1,'2026-12-06 15:44:55.097225','2026-12-06 15:44:55.537979');
INSERT INTO "deals" VALUES(1,50,1,2,2,'张伟','440305********6985','v1:KQ8g5Rp56WLQuPc9YxThsQNMvVK2otWw+bPmFvwlZEIRx4c50CSsA+gTcrrE8A==','combo',220035200,0,0,'none','',NULL,NULL,220035200,244896320,10000000,'2026-06-19 01:32:00.000000','2026-06-26',500,90,'delivered','YQF-2026-0002','330126062299846','2026-06-22 06:31:00.000000','2026-07-01',-221760,6931109,'2026-10-14 05:33:00.000000',NULL,NULL,'',10,2,'2026-12-06 15:44:55.133212','2026-12-06 15:44:55.705664');
INSERT INTO "deals" VALUES(1,40,1,2,3,'张伟','510104********8490','v1:PjvKlrDR/mcf2N55CFwZxzn9JHZViZ2rWC4WOdc+Ej7KYcku6D5hjEfMWP+wag==','combo',295076800,0,0,'none','',NULL,NULL,295076800,328948960,5000000,'2026-06-19 01:38:00.000000','2026-06-26',500,90,'signed','YQF-2026-0003','330126062487853','2026-06-24 05:15:00.000000','2026-07-03',NULL,0,NULL,NULL,NULL,'',7,3,'2026-12-06 15:44:55.154929','2026-12-06 15:44:55.802821');
INSERT INTO "deals" VALUES(1,283,2,4,4,'曾小贤','440305********596X','v1:AG+x0NMoQT3VXSolUw2nrosVAZ89jo3b9ZWBETHyu9wsWrG0mfOC5eQJZqY2hg==','fund',256500000,0,0,'none','',NULL,NULL,256500000,285930000,8000000,'2026-06-19 01:44:00.000000','2026-06-26',500,90,'signed','YQF-2026-0004','330126062356438','2026-06-23 08:15:00.000000','2026-07-01',NULL,0,NULL,NULL,NULL,'',8,4,'2026-12-06 15:44:55.175771','2026-12-06 15:44:55.866162');
INSERT INTO "deals" VALUES(1,292,2,4,6,'曾小贤','330110********4890','v1:gz4Rr9MCleMqVQ3SS7RmvPjO92SdfUGeAVrSvTSZClhS0uHCFuWoY/HsGoe/jA==','commercial',194208000,1942080,1600000,'approved','老业主推荐，团购价',3,'2026-06-20 03:00:00.000000',190665920,216264480,8000000,'2026-06-19 01:50:00.000000','2026-06-26',500,90,'signed','YQF-2026-0005','330126062555680','2026-06-25 02:27:00.000000','2026-07-04',NULL,0,NULL,NULL,NULL,'',9,5,'2026-12-06 15:44:55.228698','2026-12-06 15:44:55.983237');
INSERT INTO "deals" VALUES(1,343,1,2,7,'张伟','330110********4353','v1:E0liWZGePRJ08Dlg/YScezlpZRBI64xOKuJVJsdm3sNDWIWGHFd5C9lajpxkEw==','fund',270000000,0,0,'none','',NULL,NULL,270000000,299430000,10000000,'2026-06-19 01:56:00.000000','2026-06-26',500,90,'signed','YQF-2026-0006','330126062258361','2026-06-22 04:03:00.000000','2026-06-28',NULL,0,NULL,NULL,NULL,'',8,6,'2026-12-06 15:44:55.279920','2026-12-06 15:44:56.089672');
INSERT INTO "deals" VALUES(1,67,2,4,NULL,'曾小贤','440305********7434','v1:9nX9HHBrRA91h4ihbWWlyASn6P39CFNqGwCRAoETFC5bawztIySefC6RQJv8iA==','commercial',224321600,2243216,0,'none','',NULL,NULL,222078384,249182720,5000000,'2026-11-20 04:49:00.000000','2026-11-27',500,90,'signed','YQF-2026-0007','330126112181882','2026-11-21 08:53:00.000000','2026-12-01',NULL,0,NULL,NULL,NULL,'',4,7,'2026-12-06 15:44:56.137871','2026-12-06 15:44:56.266629');
INSERT INTO "deals" VALUES(1,64,2,4,NULL,'曾小贤','440305********800X','v1:VYsXia2EdrKgtSZqL/efgA3fVnVfeL74rqJON7UlRPTOynjo5R29Kbgy2TeyRQ==','full',303616000,6072320,0,'none','',NULL,NULL,297543680,337488160,5000000,'2026-11-02 02:43:00.000000','2026-11-09',500,90,'delivered','YQF-2026-0008','330126110650101','2026-11-06 07:03:00.000000','2026-11-12',2684416,9372626,'2026-11-15 09:40:00.000000',NULL,NULL,'',5,8,'2026-12-06 15:44:56.290151','2026-12-06 15:44:56.376707');
INSERT INTO "deals" VALUES(1,135,1,2,NULL,'张伟','440305********5340','v1:sPYBXq84lMxQNwW+KX0HuaUN1eM1YsvpIR3LKrFklKrg19DmP6BDC2S9BzYVZw==','full',275094000,5501880,0,'none','',NULL,NULL,269592120,306208080,10000000,'2026-10-28 09:34:00.000000','2026-11-04',500,90,'delivered','YQF-2026-0009','330126103168856','2026-10-31 08:14:00.000000','2026-11-10',0,8492152,'2026-11-13 08:05:00.000000',NULL,NULL,'',5,9,'2026-12-06 15:44:56.407692','2026-12-06 15:44:56.447487');
INSERT INTO "deals" VALUES(1,349,1,2,NULL,'张伟','510104********7171','v1:IpjYJ/VX49KljyBBC+rIW/J30pQjXu9Qvo4rZ80VMaSbhMUTjYz/3d6GH0gofw==','full',272250000,5445000,0,'none','',NULL,NULL,266805000,301680000,8000000,'2026-08-29 08:36:00.000000','2026-09-05',500,90,'signed','YQF-2026-0010','330126083019420','2026-08-30 05:49:00.000000','2026-09-07',NULL,0,NULL,NULL,NULL,'',3,10,'2026-12-06 15:44:56.479175','2026-12-06 15:44:56.520309');
INSERT INTO "deals" VALUES(1,169,1,2,NULL,'张伟','330106********4529','v1:rUD+xqPFCbvJhv3qQ9MU95sxOOLh49M02yFqMeJuyHbtNlH/jTpu4FAP4cc+vQ==','fund',400960000,0,0,'none','',NULL,NULL,400960000,444951040,5000000,'2026-09-30 06:41:00.000000','2026-10-07',500,90,'delivered','YQF-2026-0011','330126100323964','2026-10-03 08:51:00.000000','2026-10-12',4424000,12630240,'2026-11-30 06:27:00.000000',NULL,NULL,'',10,11,'2026-12-06 15:44:56.538851','2026-12-06 15:44:56.658544');
INSERT INTO "deals" VALUES(1,194,1,2,NULL,'张伟','330110********4564','v1:WuWz6d8LSso1Fwfc4TNJ2MW4Q1I3z726liuMIKjQACvy0G/2i8/ujnM8sYlvmw==','combo',353498000,0,0,'none','',NULL,NULL,353498000,391388960,5000000,'2026-11-25 06:33:00.000000','2026-12-02',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,12,'2026-12-06 15:44:56.731433','2026-12-06 15:44:56.731437');
INSERT INTO "deals" VALUES(1,267,2,4,NULL,'曾小贤','510104********0497','v1:7bvydXFi7XLkYwtdv2RVrAXPH8FuXVdKCTvHz9glRIU/fESijXh67hwJvduo8w==','commercial',189873000,1898730,0,'none','',NULL,NULL,187974270,211929480,10000000,'2026-11-26 05:29:00.000000','2026-12-03',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,13,'2026-12-06 15:44:56.780948','2026-12-06 15:44:56.780954');
INSERT INTO "deals" VALUES(1,347,1,2,NULL,'张伟','330106********0335','v1:JxgkWcf3WVsZIsufrNQse15P+7LvcUr/xh92O6cKxe7c4opwtS3baYWo0rjDIw==','commercial',203745000,2037450,0,'none','',NULL,NULL,201707550,225801480,5000000,'2026-11-29 04:52:00.000000','2026-12-06',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,14,'2026-12-06 15:44:56.823266','2026-12-06 15:44:56.823270');
INSERT INTO "deals" VALUES(1,320,1,2,NULL,'张伟','320102********7822','v1:x1N9tuykoCfWaU9R+cDIz1SUkV7O97rrjgngBv/lQN518psgMC/BYt2pG+cfTQ==','commercial',199410000,1994100,1000000,'approved','老业主推荐，团购价',3,'2026-12-01 03:00:00.000000',196415900,221466480,8000000,'2026-11-30 06:52:00.000000','2026-12-07',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,15,'2026-12-06 15:44:56.873322','2026-12-06 15:44:56.888037');
INSERT INTO "deals" VALUES(1,271,1,2,NULL,'张伟','510104********390X','v1:b4PSiYEHwthesTi8/rDdqpdcGp7BMHyIy+ENzPsCF5xPEl2SMDUA1Z2+5wxMww==','full',170912000,3418240,0,'none','',NULL,NULL,167493760,190668800,5000000,'2026-12-01 09:25:00.000000','2026-12-08',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,16,'2026-12-06 15:44:56.892983','2026-12-06 15:44:56.892986');
INSERT INTO "deals" VALUES(1,348,1,2,NULL,'张伟','330108********8192','v1:j2h0ox/A5zWFiB7fgc3Q0VGLg3ZplBCG+EMGInXYx73clO2nQkwbOmG2LHmT7g==','commercial',271125000,2711250,4100000,'approved','老业主推荐，团购价',11,'2026-12-03 03:00:00.000000',264313750,300555000,10000000,'2026-12-02 07:30:00.000000','2026-12-09',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',2,17,'2026-12-06 15:44:56.942451','2026-12-06 15:44:56.979646');
INSERT INTO "deals" VALUES(1,33,2,4,NULL,'曾小贤','440305********5133','v1:0CwCf48SDFjU4VrWU9DILUKX9DC3eiynpUFFEI938Sqx968n1Jsb5X1d+x8Gmw==','commercial',293653600,2936536,0,'none','',NULL,NULL,290717064,327525760,8000000,'2026-12-03 02:20:00.000000','2026-12-10',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,18,'2026-12-06 15:44:56.998763','2026-12-06 15:44:56.998767');
INSERT INTO "deals" VALUES(1,255,1,2,NULL,'张伟','330106********695X','v1:h/7XNBt/U0FGGV+nbHFkahz1E3CYBSb2EDGHn5g+Qi79QkP+A6xTSGemWVXwbA==','commercial',188139000,1881390,0,'none','',NULL,NULL,186257610,210195480,10000000,'2026-12-04 04:51:00.000000','2026-12-11',500,90,'signed','YQF-2026-0019','330126120520190','2026-12-05 02:05:00.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,19,'2026-12-06 15:44:57.064045','2026-12-06 15:44:57.106695');
INSERT INTO "deals" VALUES(1,176,2,4,NULL,'曾小贤','330106********7717','v1:lSfBV+XI2G161QrCMjR74hu3UQQ7oGmh6rQBWCVEAXvrx/2c7flflWLCekkrBQ==','commercial',347837000,3478370,5200000,'pending','老业主推荐，团购价',NULL,NULL,339158630,385727960,5000000,'2026-12-05 06:59:00.000000','2026-12-12',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,20,'2026-12-06 15:44:57.139552','2026-12-06 15:44:57.139557');
INSERT INTO "deals" VALUES(1,63,1,2,NULL,'张伟','320102********9987','v1:K640Zc5PoG8x/aZEe90kLLQYFJmaJbz81ziQncChtE27L3fDM4/HYZKQnXMPoA==','fund',223250000,0,1100000,'pending','老业主推荐，团购价',NULL,NULL,222150000,248111120,5000000,'2026-12-06 09:33:00.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,21,'2026-12-06 15:44:57.196140','2026-12-06 15:44:57.196144');
INSERT INTO "deals" VALUES(1,3,3,5,NULL,'单丽','330106********0003','v1:G0cLZxbFoQdgoZMEOxMoxDF7zRgwxXgsEvlN4wNnQKphae51+oLsO8K9FFXRgw==','full',207176000,4143520,0,'none','',NULL,NULL,203032480,232037120,5000000,'2026-12-06 15:44:57.000000','2026-12-13',500,90,'subscribed','','',NULL,NULL,NULL,0,NULL,NULL,NULL,'',1,22,'2026-12-06 15:44:57.796320','2026-12-06 15:44:57.796324');
INSERT INTO "deals" VALUES(1,4,2,4,NULL,'曾小贤','330106********0011','v1:HrHCoH7FOB7vdDb1KnU2WniXBujyNofd+Au0HpEAo06zg99UrB9JuwxQJ3YBfw==','full',282268000,5645360,0,'none','',NULL,NULL,276622640,316140160,5000000,'2026-12-06 15:44:57.000000','2026-12-13',500,90,'signed','HT-DUMP-1','WQ-DUMP-1','2026-12-06 15:44:57.000000',NULL,NULL,0,NULL,NULL,NULL,'',2,23,'2026-12-06 15:44:57.817857','2026-12-06 15:44:57.826099');
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
INSERT INTO "disputes" VALUES(1,4,2,'上周首次接待的是我','ruled',2,'来访登记显示王浩首次接待',NULL,'2026-12-06 15:44:52.000000',2,1,'2026-12-06 15:44:54.220360','2026-12-06 15:44:54.242196');
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
INSERT INTO "duty_roster" VALUES('2026-11-16',2,1,1,'2026-12-06 15:44:53.018163','2026-12-06 15:44:53.018171');
INSERT INTO "duty_roster" VALUES('2026-11-16',4,2,2,'2026-12-06 15:44:53.018173','2026-12-06 15:44:53.018174');
INSERT INTO "duty_roster" VALUES('2026-11-16',5,3,3,'2026-12-06 15:44:53.018175','2026-12-06 15:44:53.018176');
INSERT INTO "duty_roster" VALUES('2026-12-06',4,1,4,'2026-12-06 15:44:54.173709','2026-12-06 15:44:54.173713');
INSERT INTO "duty_roster" VALUES('2026-12-06',2,2,5,'2026-12-06 15:44:54.173715','2026-12-06 15:44:54.173716');
INSERT INTO "duty_roster" VALUES('2026-12-06',5,3,6,'2026-12-06 15:44:54.173717','2026-12-06 15:44:54.173718');
CREATE TABLE erasure_log (
	customer_id INTEGER NOT NULL, 
	erased_at DATETIME NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_erasure_log PRIMARY KEY (id)
);
INSERT INTO "erasure_log" VALUES(5,'2026-12-06 15:44:58.000000','request',1,'2026-12-06 15:44:58.731920','2026-12-06 15:44:58.731923');
INSERT INTO "erasure_log" VALUES(2,'2026-12-06 15:44:58.000000','request',2,'2026-12-06 15:44:58.917665','2026-12-06 15:44:58.917669');
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
INSERT INTO "erasure_reviews" VALUES(4,'customers',4,NULL,NULL,1,'2026-12-06 15:44:58.832153','2026-12-06 15:44:58.832157');
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
INSERT INTO "follow_ups" VALUES(1,NULL,'2026-12-05 15:44:52.000000','电话','客户确认预算，想看三房样板间','约定周末复访','2026-12-09','C','A',1,'2026-12-06 15:44:53.971052','2026-12-06 15:44:53.971056');
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
INSERT INTO "grade_changes" VALUES(1,NULL,'C','A','预算明确，三个月内购买',1,'2026-12-05 15:44:52.000000','2026-12-06 15:44:53.972386');
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
INSERT INTO "installments" VALUES(1,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,1,'2026-12-06 15:44:55.109281','2026-12-06 15:44:55.315362','subscribe',NULL);
INSERT INTO "installments" VALUES(1,2,'down','首付款','2026-07-04',53122598,53122598,'2026-07-02',2,2,'2026-12-06 15:44:55.109286','2026-12-06 15:44:55.338114','subscribe',15);
INSERT INTO "installments" VALUES(1,3,'loan','按揭款','2026-08-18',147286062,147286062,'2026-08-19',2,3,'2026-12-06 15:44:55.109288','2026-12-06 15:44:55.479696','subscribe',60);
INSERT INTO "installments" VALUES(2,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,4,'2026-12-06 15:44:55.138844','2026-12-06 15:44:55.586001','subscribe',NULL);
INSERT INTO "installments" VALUES(2,2,'down','首付款','2026-07-04',56010560,56010560,'2026-07-03',2,5,'2026-12-06 15:44:55.138849','2026-12-06 15:44:55.599142','subscribe',15);
INSERT INTO "installments" VALUES(2,3,'loan','按揭款','2026-09-17',154024640,154024640,'2026-08-19',2,6,'2026-12-06 15:44:55.138851','2026-12-06 15:44:55.677203','subscribe',90);
INSERT INTO "installments" VALUES(3,1,'deposit','定金','2026-06-19',5000000,5000000,'2026-06-19',3,7,'2026-12-06 15:44:55.159508','2026-12-06 15:44:55.731801','subscribe',NULL);
INSERT INTO "installments" VALUES(3,2,'down','首付款','2026-07-04',83523040,83523040,'2026-06-29',2,8,'2026-12-06 15:44:55.159512','2026-12-06 15:44:55.753393','subscribe',15);
INSERT INTO "installments" VALUES(3,3,'loan','按揭款','2026-09-17',206553760,0,NULL,1,9,'2026-12-06 15:44:55.159514','2026-12-06 15:44:55.159515','subscribe',90);
INSERT INTO "installments" VALUES(4,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,10,'2026-12-06 15:44:55.188915','2026-12-06 15:44:55.809252','subscribe',NULL);
INSERT INTO "installments" VALUES(4,2,'down','首付款','2026-07-04',68950000,68950000,'2026-06-28',2,11,'2026-12-06 15:44:55.188921','2026-12-06 15:44:55.818147','subscribe',15);
INSERT INTO "installments" VALUES(4,3,'loan','按揭款','2026-09-17',179550000,179550000,'2026-08-18',2,12,'2026-12-06 15:44:55.188923','2026-12-06 15:44:55.867742','subscribe',90);
INSERT INTO "installments" VALUES(5,1,'deposit','定金','2026-06-19',8000000,8000000,'2026-06-19',3,13,'2026-12-06 15:44:55.238004','2026-12-06 15:44:55.881463','subscribe',NULL);
INSERT INTO "installments" VALUES(5,2,'down','首付款','2026-07-04',49199776,49199776,'2026-07-03',2,14,'2026-12-06 15:44:55.238008','2026-12-06 15:44:55.892055','subscribe',15);
INSERT INTO "installments" VALUES(5,3,'loan','按揭款','2026-08-18',133466144,133466144,'2026-08-21',2,15,'2026-12-06 15:44:55.238011','2026-12-06 15:44:55.989140','subscribe',60);
INSERT INTO "installments" VALUES(6,1,'deposit','定金','2026-06-19',10000000,10000000,'2026-06-19',3,16,'2026-12-06 15:44:55.292598','2026-12-06 15:44:55.999424','subscribe',NULL);
INSERT INTO "installments" VALUES(6,2,'down','首付款','2026-07-04',71000000,71000000,'2026-07-04',2,17,'2026-12-06 15:44:55.292605','2026-12-06 15:44:56.019263','subscribe',15);
INSERT INTO "installments" VALUES(6,3,'loan','按揭款','2026-09-17',189000000,189000000,'2026-08-09',2,18,'2026-12-06 15:44:55.292607','2026-12-06 15:44:56.092224','subscribe',90);
INSERT INTO "installments" VALUES(1,4,'fees','代收费用','2026-11-18',6627873,6627873,'2026-11-24',2,19,'2026-12-06 15:44:55.549943','2026-12-06 15:44:55.563905','subscribe',NULL);
INSERT INTO "installments" VALUES(2,4,'fees','代收费用','2026-10-14',6931109,6931109,'2026-10-19',2,20,'2026-12-06 15:44:55.706465','2026-12-06 15:44:55.718362','subscribe',NULL);
INSERT INTO "installments" VALUES(7,1,'deposit','定金','2026-11-20',5000000,5000000,'2026-11-20',2,21,'2026-12-06 15:44:56.150791','2026-12-06 15:44:56.177056','subscribe',NULL);
INSERT INTO "installments" VALUES(7,2,'down','首付款','2026-12-05',61623515,36974109,NULL,2,22,'2026-12-06 15:44:56.150796','2026-12-06 15:44:56.201442','subscribe',15);
INSERT INTO "installments" VALUES(7,3,'loan','按揭款','2027-01-19',155454869,0,NULL,1,23,'2026-12-06 15:44:56.150798','2026-12-06 15:44:56.150799','subscribe',60);
INSERT INTO "installments" VALUES(8,1,'deposit','定金','2026-11-02',5000000,5000000,'2026-11-02',2,24,'2026-12-06 15:44:56.302256','2026-12-06 15:44:56.314233','subscribe',NULL);
INSERT INTO "installments" VALUES(8,2,'price','房款','2026-12-02',292543680,0,NULL,1,25,'2026-12-06 15:44:56.302259','2026-12-06 15:44:56.302259','subscribe',30);
INSERT INTO "installments" VALUES(8,3,'area','补差款','2026-12-15',2684416,2684416,'2026-11-18',2,26,'2026-12-06 15:44:56.378696','2026-12-06 15:44:56.384949','subscribe',NULL);
INSERT INTO "installments" VALUES(8,4,'fees','代收费用','2026-11-15',9372626,9372626,'2026-11-16',2,27,'2026-12-06 15:44:56.378702','2026-12-06 15:44:56.392357','subscribe',NULL);
INSERT INTO "installments" VALUES(9,1,'deposit','定金','2026-10-28',10000000,10000000,'2026-10-28',2,28,'2026-12-06 15:44:56.411684','2026-12-06 15:44:56.415875','subscribe',NULL);
INSERT INTO "installments" VALUES(9,2,'price','房款','2026-11-27',259592120,0,NULL,1,29,'2026-12-06 15:44:56.411688','2026-12-06 15:44:56.411689','subscribe',30);
INSERT INTO "installments" VALUES(9,3,'fees','代收费用','2026-11-13',8492152,8492152,'2026-11-19',2,30,'2026-12-06 15:44:56.448427','2026-12-06 15:44:56.463401','subscribe',NULL);
INSERT INTO "installments" VALUES(10,1,'deposit','定金','2026-08-29',8000000,8000000,'2026-08-29',2,31,'2026-12-06 15:44:56.483528','2026-12-06 15:44:56.487634','subscribe',NULL);
INSERT INTO "installments" VALUES(10,2,'price','房款','2026-09-28',258805000,258805000,'2026-09-22',2,32,'2026-12-06 15:44:56.483532','2026-12-06 15:44:56.495233','subscribe',30);
INSERT INTO "installments" VALUES(11,1,'deposit','定金','2026-09-30',5000000,5000000,'2026-09-30',2,33,'2026-12-06 15:44:56.543187','2026-12-06 15:44:56.554266','subscribe',NULL);
INSERT INTO "installments" VALUES(11,2,'down','首付款','2026-10-15',115288000,115288000,'2026-10-10',2,34,'2026-12-06 15:44:56.543191','2026-12-06 15:44:56.565605','subscribe',15);
INSERT INTO "installments" VALUES(11,3,'loan','按揭款','2026-12-29',280672000,280672000,'2026-11-27',2,35,'2026-12-06 15:44:56.543194','2026-12-06 15:44:56.616411','subscribe',90);
INSERT INTO "installments" VALUES(11,4,'area','补差款','2026-12-30',4424000,4424000,'2026-11-30',2,36,'2026-12-06 15:44:56.659117','2026-12-06 15:44:56.678193','subscribe',NULL);
INSERT INTO "installments" VALUES(11,5,'fees','代收费用','2026-11-30',12630240,12630240,'2026-12-03',2,37,'2026-12-06 15:44:56.659121','2026-12-06 15:44:56.701245','subscribe',NULL);
INSERT INTO "installments" VALUES(12,1,'deposit','定金','2026-11-25',5000000,5000000,'2026-11-25',2,38,'2026-12-06 15:44:56.739830','2026-12-06 15:44:56.747922','subscribe',NULL);
INSERT INTO "installments" VALUES(12,2,'down','首付款','2026-12-10',101049400,0,NULL,1,39,'2026-12-06 15:44:56.739834','2026-12-06 15:44:56.739835','subscribe',15);
INSERT INTO "installments" VALUES(12,3,'loan','按揭款','2027-02-23',247448600,0,NULL,1,40,'2026-12-06 15:44:56.739836','2026-12-06 15:44:56.739837','subscribe',90);
INSERT INTO "installments" VALUES(13,1,'deposit','定金','2026-11-26',10000000,10000000,'2026-11-26',2,41,'2026-12-06 15:44:56.791131','2026-12-06 15:44:56.799782','subscribe',NULL);
INSERT INTO "installments" VALUES(13,2,'down','首付款','2026-12-11',46392281,0,NULL,1,42,'2026-12-06 15:44:56.791135','2026-12-06 15:44:56.791136','subscribe',15);
INSERT INTO "installments" VALUES(13,3,'loan','按揭款','2027-01-25',131581989,0,NULL,1,43,'2026-12-06 15:44:56.791137','2026-12-06 15:44:56.791138','subscribe',60);
INSERT INTO "installments" VALUES(14,1,'deposit','定金','2026-11-29',5000000,5000000,'2026-11-29',2,44,'2026-12-06 15:44:56.838486','2026-12-06 15:44:56.848992','subscribe',NULL);
INSERT INTO "installments" VALUES(14,2,'down','首付款','2026-12-14',55512265,0,NULL,1,45,'2026-12-06 15:44:56.838492','2026-12-06 15:44:56.838493','subscribe',15);
INSERT INTO "installments" VALUES(14,3,'loan','按揭款','2027-01-28',141195285,0,NULL,1,46,'2026-12-06 15:44:56.838494','2026-12-06 15:44:56.838495','subscribe',60);
INSERT INTO "installments" VALUES(15,1,'deposit','定金','2026-11-30',8000000,8000000,'2026-11-30',2,47,'2026-12-06 15:44:56.877172','2026-12-06 15:44:56.879818','subscribe',NULL);
INSERT INTO "installments" VALUES(15,2,'down','首付款','2026-12-15',50924770,0,NULL,1,48,'2026-12-06 15:44:56.877174','2026-12-06 15:44:56.877175','subscribe',15);
INSERT INTO "installments" VALUES(15,3,'loan','按揭款','2027-01-29',137491130,0,NULL,1,49,'2026-12-06 15:44:56.877176','2026-12-06 15:44:56.877176','subscribe',60);
INSERT INTO "installments" VALUES(16,1,'deposit','定金','2026-12-01',5000000,5000000,'2026-12-01',2,50,'2026-12-06 15:44:56.895646','2026-12-06 15:44:56.910975','subscribe',NULL);
INSERT INTO "installments" VALUES(16,2,'price','房款','2026-12-31',162493760,0,NULL,1,51,'2026-12-06 15:44:56.895649','2026-12-06 15:44:56.895650','subscribe',30);
INSERT INTO "installments" VALUES(17,1,'deposit','定金','2026-12-02',10000000,10000000,'2026-12-02',2,52,'2026-12-06 15:44:56.953758','2026-12-06 15:44:56.965995','subscribe',NULL);
INSERT INTO "installments" VALUES(17,2,'down','首付款','2026-12-17',69294125,0,NULL,1,53,'2026-12-06 15:44:56.953763','2026-12-06 15:44:56.953764','subscribe',15);
INSERT INTO "installments" VALUES(17,3,'loan','按揭款','2027-01-31',185019625,0,NULL,1,54,'2026-12-06 15:44:56.953765','2026-12-06 15:44:56.953766','subscribe',60);
INSERT INTO "installments" VALUES(18,1,'deposit','定金','2026-12-03',8000000,8000000,'2026-12-03',2,55,'2026-12-06 15:44:57.019428','2026-12-06 15:44:57.030688','subscribe',NULL);
INSERT INTO "installments" VALUES(18,2,'down','首付款','2026-12-18',79215119,0,NULL,1,56,'2026-12-06 15:44:57.019433','2026-12-06 15:44:57.019434','subscribe',15);
INSERT INTO "installments" VALUES(18,3,'loan','按揭款','2027-02-01',203501945,0,NULL,1,57,'2026-12-06 15:44:57.019435','2026-12-06 15:44:57.019436','subscribe',60);
INSERT INTO "installments" VALUES(19,1,'deposit','定金','2026-12-04',10000000,10000000,'2026-12-04',2,58,'2026-12-06 15:44:57.077742','2026-12-06 15:44:57.086993','subscribe',NULL);
INSERT INTO "installments" VALUES(19,2,'down','首付款','2026-12-19',45877283,0,NULL,1,59,'2026-12-06 15:44:57.077749','2026-12-06 15:44:57.077750','subscribe',15);
INSERT INTO "installments" VALUES(19,3,'loan','按揭款','2027-02-02',130380327,0,NULL,1,60,'2026-12-06 15:44:57.077751','2026-12-06 15:44:57.077752','subscribe',60);
INSERT INTO "installments" VALUES(20,1,'deposit','定金','2026-12-05',5000000,5000000,'2026-12-05',2,61,'2026-12-06 15:44:57.153721','2026-12-06 15:44:57.166763','subscribe',NULL);
INSERT INTO "installments" VALUES(20,2,'down','首付款','2026-12-20',96747589,0,NULL,1,62,'2026-12-06 15:44:57.153724','2026-12-06 15:44:57.153725','subscribe',15);
INSERT INTO "installments" VALUES(20,3,'loan','按揭款','2027-02-03',237411041,0,NULL,1,63,'2026-12-06 15:44:57.153727','2026-12-06 15:44:57.153728','subscribe',60);
INSERT INTO "installments" VALUES(21,1,'deposit','定金','2026-12-06',5000000,5000000,'2026-12-06',2,64,'2026-12-06 15:44:57.199081','2026-12-06 15:44:57.201856','subscribe',NULL);
INSERT INTO "installments" VALUES(21,2,'down','首付款','2026-12-21',61645000,0,NULL,1,65,'2026-12-06 15:44:57.199083','2026-12-06 15:44:57.199084','subscribe',15);
INSERT INTO "installments" VALUES(21,3,'loan','按揭款','2027-03-06',155505000,0,NULL,1,66,'2026-12-06 15:44:57.199084','2026-12-06 15:44:57.199085','subscribe',90);
INSERT INTO "installments" VALUES(22,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,67,'2026-12-06 15:44:57.800356','2026-12-06 15:44:57.800358','subscribe',NULL);
INSERT INTO "installments" VALUES(22,2,'price','房款','9999-12-31',35606496,0,NULL,1,68,'2026-12-06 15:44:57.800359','2026-12-06 15:44:57.800359','sign',0);
INSERT INTO "installments" VALUES(22,3,'price','尾款','9999-12-31',162425984,0,NULL,1,69,'2026-12-06 15:44:57.800360','2026-12-06 15:44:57.800361','sign',30);
INSERT INTO "installments" VALUES(23,1,'deposit','定金','2026-12-06',5000000,0,NULL,1,70,'2026-12-06 15:44:57.822709','2026-12-06 15:44:57.822711','subscribe',NULL);
INSERT INTO "installments" VALUES(23,2,'price','房款','2026-12-06',50324528,0,NULL,2,71,'2026-12-06 15:44:57.822712','2026-12-06 15:44:57.828556','sign',0);
INSERT INTO "installments" VALUES(23,3,'price','尾款','2027-01-05',221298112,0,NULL,2,72,'2026-12-06 15:44:57.822714','2026-12-06 15:44:57.828762','sign',30);
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
INSERT INTO "login_throttles" VALUES('e2d421d65cd547464db6c985afc00dc5b866b4d8b3e0f0a011fa31fda4964a9e',5,'2026-12-06 01:00:04.000000','2026-12-06 01:00:34.000000',1,'2026-12-06 15:44:57.959381','2026-12-06 15:44:58.471545');
INSERT INTO "login_throttles" VALUES('d76daa3b0b6bd0edaaa5b8438af1a518efe81d02b9b36ed7db8a357ef50b16a3',2,'2026-12-06 01:00:01.000000',NULL,2,'2026-12-06 15:44:58.478510','2026-12-06 15:44:58.484643');
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
INSERT INTO "ownership_changes" VALUES(1,NULL,2,'register','',NULL,1,'2026-12-06 15:44:53.742217','2026-12-06 15:44:53.742223');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,2,'2026-12-06 15:44:53.798865','2026-12-06 15:44:58.861507');
INSERT INTO "ownership_changes" VALUES(3,NULL,5,'register','',NULL,3,'2026-12-06 15:44:53.877605','2026-12-06 15:44:53.877609');
INSERT INTO "ownership_changes" VALUES(2,NULL,4,'register','',NULL,4,'2026-12-06 15:44:53.951543','2026-12-06 15:44:58.861507');
INSERT INTO "ownership_changes" VALUES(4,NULL,2,'register','',6,5,'2026-12-06 15:44:58.533781','2026-12-06 15:44:58.533785');
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
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',1,'2026-12-06 15:44:52.000000','2026-12-06 15:44:58.870484');
INSERT INTO "phone_changes" VALUES(2,NULL,NULL,NULL,'',2,'2026-12-06 15:44:54.014428','2026-12-06 15:44:58.870484');
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
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 15:39:58.000000',1,0,1,'2026-12-06 15:44:58.509142','2026-12-06 15:44:58.549005');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 15:39:58.000000',0,0,2,'2026-12-06 15:44:58.558358','2026-12-06 15:44:58.558360');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 15:40:01.000000',0,0,3,'2026-12-06 15:44:58.567824','2026-12-06 15:44:58.567826');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 15:40:04.000000',0,1,4,'2026-12-06 15:44:58.584575','2026-12-06 15:44:58.584579');
INSERT INTO "phone_lookups" VALUES(6,'2026-12-06 15:40:07.000000',0,1,5,'2026-12-06 15:44:58.598060','2026-12-06 15:44:58.598062');
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
INSERT INTO "projects" VALUES('安家·云栖府','杭售许字(2025)第0737号','2026-05-20','杭州市余杭区文一西路 2688 号','2026-06-19',1,1,'2026-12-06 15:44:54.649059','2026-12-06 15:44:54.649066');
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
INSERT INTO "queue_tickets" VALUES(1,1,2,2000000,'converted',4,'','2026-06-19 01:26:00.000000',4,1,2,1,'2026-05-21 02:18:00.000000','2026-12-06 15:44:58.869044',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,2,1,2000000,'converted',2,'','2026-06-19 01:32:00.000000',2,2,2,2,'2026-05-24 05:39:00.000000','2026-12-06 15:44:55.141376',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,3,1,2000000,'converted',2,'','2026-06-19 01:38:00.000000',2,3,2,3,'2026-05-28 02:29:00.000000','2026-12-06 15:44:55.162143',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,4,2,2000000,'converted',4,'','2026-06-19 01:44:00.000000',4,4,2,4,'2026-05-31 05:43:00.000000','2026-12-06 15:44:58.869044',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,5,1,2000000,'refunded',2,'客户改变购房计划','2026-06-16 07:04:00.000000',8,NULL,2,5,'2026-06-04 02:02:00.000000','2026-12-06 15:44:54.973752',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,6,2,2000000,'converted',4,'','2026-06-19 01:50:00.000000',4,5,2,6,'2026-06-08 05:35:00.000000','2026-12-06 15:44:58.869044',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,7,1,2000000,'converted',2,'','2026-06-19 01:56:00.000000',2,6,2,7,'2026-06-11 02:56:00.000000','2026-12-06 15:44:55.295379',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,8,1,2000000,'voided',2,'客户未交认筹金','2026-06-15 07:00:00.000000',7,NULL,2,8,'2026-06-15 05:00:00.000000','2026-12-06 15:44:54.962457',NULL,'',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,9,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,9,'2026-12-06 15:44:57.000000','2026-12-06 15:44:57.598636','2026-12-06 15:44:57.000000','叫号三次未到',NULL,NULL,'');
INSERT INTO "queue_tickets" VALUES(1,10,1,2000000,'active',NULL,'',NULL,NULL,NULL,2,10,'2026-12-06 15:44:57.000000','2026-12-06 15:44:57.736179',NULL,'','2026-12-06 15:44:57.000000',3,'款项在途，经理特许');
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
INSERT INTO "receipts" VALUES(1,1,2,1,1,1,'曾小贤','queue',2000000,'POS','2026-05-21',8,'',NULL,'',NULL,NULL,'2026-05-22 08:00:00.000000',9,1,'2026-05-21 02:33:00.000000','2026-12-06 15:44:57.225449','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000001", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-21", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 1 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,2,1,2,2,4,'张伟','queue',2000000,'转账','2026-05-24',8,'',NULL,'',NULL,NULL,'2026-05-25 08:00:00.000000',9,2,'2026-05-24 05:54:00.000000','2026-12-06 15:44:57.226662','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000002", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-24", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 2 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,3,1,3,3,7,'张伟','queue',2000000,'转账','2026-05-28',8,'',NULL,'',NULL,NULL,'2026-05-29 08:00:00.000000',9,3,'2026-05-28 02:44:00.000000','2026-12-06 15:44:57.227621','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000003", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-05-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 3 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,4,2,4,4,10,'曾小贤','queue',2000000,'POS','2026-05-31',8,'',NULL,'',NULL,NULL,'2026-06-01 08:00:00.000000',9,4,'2026-05-31 05:58:00.000000','2026-12-06 15:44:57.238812','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000004", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-05-31", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 4 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,5,1,NULL,5,NULL,'张伟','queue',2000000,'转账','2026-06-04',8,'',NULL,'',NULL,NULL,'2026-06-05 08:00:00.000000',9,5,'2026-06-04 02:17:00.000000','2026-12-06 15:44:57.241547','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000005", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "认筹金", "note": "", "paid_on": "2026-06-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 5 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,6,2,5,6,13,'曾小贤','queue',2000000,'刷卡','2026-06-08',8,'',NULL,'',NULL,NULL,'2026-06-09 08:00:00.000000',9,6,'2026-06-08 05:50:00.000000','2026-12-06 15:44:57.243228','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000006", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "认筹金", "note": "", "paid_on": "2026-06-08", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "认筹 第 6 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,7,1,6,7,16,'张伟','queue',2000000,'POS','2026-06-11',8,'',NULL,'',NULL,NULL,'2026-06-12 08:00:00.000000',9,7,'2026-06-11 03:11:00.000000','2026-12-06 15:44:57.250904','{"amount": "20000.00", "cashier": "吴芳", "code": "SJ-000007", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "认筹金", "note": "", "paid_on": "2026-06-11", "payer": "张伟", "project": "安家·云栖府", "purpose": "认筹 第 7 号", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,8,2,1,NULL,1,'曾小贤','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,8,'2026-06-19 01:04:00.000000','2026-12-06 15:44:57.255612','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000008", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,9,2,1,NULL,2,'曾小贤','down',53122598,'转账','2026-07-02',8,'',NULL,'',NULL,NULL,'2026-07-03 08:00:00.000000',9,9,'2026-07-02 02:50:00.000000','2026-12-06 15:44:57.257267','{"amount": "531225.98", "cashier": "吴芳", "code": "SJ-000009", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,10,2,1,NULL,3,'中国建设银行','loan',147286062,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,10,'2026-08-19 02:39:00.000000','2026-12-06 15:44:57.258688','{"amount": "1472860.62", "cashier": "吴芳", "code": "SJ-000010", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋0602 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,11,2,1,NULL,19,'曾小贤','fees',6627873,'POS','2026-11-24',8,'',NULL,'',NULL,NULL,'2026-11-25 08:00:00.000000',9,11,'2026-11-24 05:03:00.000000','2026-12-06 15:44:57.260087','{"amount": "66278.73", "cashier": "吴芳", "code": "SJ-000011", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-11-24", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0602 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,12,1,2,NULL,4,'张伟','deposit',8000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,12,'2026-06-19 07:56:00.000000','2026-12-06 15:44:57.270293','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000012", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,13,1,2,NULL,5,'张伟','down',56010560,'转账','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,13,'2026-07-03 01:27:00.000000','2026-12-06 15:44:57.271756','{"amount": "560105.60", "cashier": "吴芳", "code": "SJ-000013", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,14,1,2,NULL,6,'中国建设银行','loan',154024640,'转账','2026-08-19',8,'',NULL,'',NULL,NULL,'2026-08-20 08:00:00.000000',9,14,'2026-08-19 05:53:00.000000','2026-12-06 15:44:57.278081','{"amount": "1540246.40", "cashier": "吴芳", "code": "SJ-000014", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-19", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "1栋1302 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,15,1,2,NULL,20,'张伟','fees',6931109,'转账','2026-10-19',8,'',NULL,'',NULL,NULL,'2026-10-20 08:00:00.000000',9,15,'2026-10-19 07:11:00.000000','2026-12-06 15:44:57.279590','{"amount": "69311.09", "cashier": "吴芳", "code": "SJ-000015", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-10-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1302 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,16,1,3,NULL,7,'张伟','deposit',3000000,'POS','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,16,'2026-06-19 06:05:00.000000','2026-12-06 15:44:57.290293','{"amount": "30000.00", "cashier": "吴芳", "code": "SJ-000016", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,17,1,3,NULL,8,'张伟','down',83523040,'转账','2026-06-29',8,'',NULL,'',NULL,NULL,'2026-06-30 08:00:00.000000',9,17,'2026-06-29 01:05:00.000000','2026-12-06 15:44:57.296616','{"amount": "835230.40", "cashier": "吴芳", "code": "SJ-000017", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-06-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1004 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,18,2,4,NULL,10,'曾小贤','deposit',6000000,'刷卡','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,18,'2026-06-19 02:58:00.000000','2026-12-06 15:44:57.298302','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000018", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,19,2,4,NULL,11,'曾小贤','down',68950000,'POS','2026-06-28',8,'',NULL,'',NULL,NULL,'2026-06-29 08:00:00.000000',9,19,'2026-06-28 04:08:00.000000','2026-12-06 15:44:57.299773','{"amount": "689500.00", "cashier": "吴芳", "code": "SJ-000019", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "首付款", "note": "", "paid_on": "2026-06-28", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1105 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,20,2,4,NULL,12,'中国建设银行','loan',179550000,'转账','2026-08-18',8,'',NULL,'',NULL,NULL,'2026-08-19 08:00:00.000000',9,20,'2026-08-18 07:04:00.000000','2026-12-06 15:44:57.303526','{"amount": "1795500.00", "cashier": "吴芳", "code": "SJ-000020", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-18", "payer": "中国建设银行", "project": "安家·云栖府", "purpose": "3栋1105 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,21,2,5,NULL,13,'曾小贤','deposit',6000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,21,'2026-06-19 01:11:00.000000','2026-12-06 15:44:57.308389','{"amount": "60000.00", "cashier": "吴芳", "code": "SJ-000021", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,22,2,5,NULL,14,'曾小贤','down',49199776,'刷卡','2026-07-03',8,'',NULL,'',NULL,NULL,'2026-07-04 08:00:00.000000',9,22,'2026-07-03 01:31:00.000000','2026-12-06 15:44:57.309885','{"amount": "491997.76", "cashier": "吴芳", "code": "SJ-000022", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-07-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋1304 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,23,2,5,NULL,15,'招商银行','loan',133466144,'转账','2026-08-21',8,'',NULL,'',NULL,NULL,'2026-08-22 08:00:00.000000',9,23,'2026-08-21 02:17:00.000000','2026-12-06 15:44:57.311253','{"amount": "1334661.44", "cashier": "吴芳", "code": "SJ-000023", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-21", "payer": "招商银行", "project": "安家·云栖府", "purpose": "3栋1304 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,24,1,6,NULL,16,'张伟','deposit',8000000,'转账','2026-06-19',8,'',NULL,'',NULL,NULL,'2026-06-20 08:00:00.000000',9,24,'2026-06-19 05:43:00.000000','2026-12-06 15:44:57.323690','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000024", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-06-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,25,1,6,NULL,17,'张伟','down',71000000,'转账','2026-07-04',8,'',NULL,'',NULL,NULL,'2026-07-05 08:00:00.000000',9,25,'2026-07-04 08:57:00.000000','2026-12-06 15:44:57.325368','{"amount": "710000.00", "cashier": "吴芳", "code": "SJ-000025", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-07-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2305 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,26,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'','2026-12-03 15:44:54.000000','收据污损，客户交回原件后重开',8,NULL,NULL,NULL,26,'2026-08-09 06:43:00.000000','2026-12-06 15:44:57.208223','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000026", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,27,2,7,NULL,21,'曾小贤','deposit',5000000,'刷卡','2026-11-20',8,'',NULL,'',NULL,NULL,'2026-11-21 08:00:00.000000',9,27,'2026-11-20 05:00:00.000000','2026-12-06 15:44:57.326811','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000027", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-20", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,28,2,7,NULL,22,'曾小贤','down',36974109,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,28,'2026-12-04 07:10:00.000000','2026-12-06 15:44:56.215809','{"amount": "369741.09", "cashier": "吴芳", "code": "SJ-000028", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "首付款", "note": "", "paid_on": "2026-12-04", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1703 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,29,2,8,NULL,24,'曾小贤','deposit',5000000,'转账','2026-11-02',8,'',NULL,'',NULL,NULL,'2026-11-03 08:00:00.000000',9,29,'2026-11-02 01:03:00.000000','2026-12-06 15:44:57.328210','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000029", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-02", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,30,2,8,NULL,26,'曾小贤','area',2684416,'转账','2026-11-18',8,'',NULL,'',NULL,NULL,'2026-11-19 08:00:00.000000',9,30,'2026-11-18 06:50:00.000000','2026-12-06 15:44:57.338088','{"amount": "26844.16", "cashier": "吴芳", "code": "SJ-000030", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-18", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,31,2,8,NULL,27,'曾小贤','fees',9372626,'转账','2026-11-16',8,'',NULL,'',NULL,NULL,'2026-11-17 08:00:00.000000',9,31,'2026-11-16 03:38:00.000000','2026-12-06 15:44:57.339579','{"amount": "93726.26", "cashier": "吴芳", "code": "SJ-000031", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-16", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋1604 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,32,1,9,NULL,28,'张伟','deposit',10000000,'转账','2026-10-28',8,'',NULL,'',NULL,NULL,'2026-10-29 08:00:00.000000',9,32,'2026-10-28 03:46:00.000000','2026-12-06 15:44:57.346240','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000032", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-10-28", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,33,1,9,NULL,30,'张伟','fees',8492152,'转账','2026-11-19',8,'',NULL,'',NULL,NULL,'2026-11-20 08:00:00.000000',9,33,'2026-11-19 03:34:00.000000','2026-12-06 15:44:57.347322','{"amount": "84921.52", "cashier": "吴芳", "code": "SJ-000033", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "代收费用", "note": "", "paid_on": "2026-11-19", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1103 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,34,1,10,NULL,31,'张伟','deposit',8000000,'转账','2026-08-29',8,'',NULL,'',NULL,NULL,'2026-08-30 08:00:00.000000',9,34,'2026-08-29 04:03:00.000000','2026-12-06 15:44:57.348362','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000034", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-08-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,35,1,10,NULL,32,'张伟','price',258805000,'转账','2026-09-22',8,'',NULL,'',NULL,NULL,'2026-09-23 08:00:00.000000',9,35,'2026-09-22 05:56:00.000000','2026-12-06 15:44:57.353663','{"amount": "2588050.00", "cashier": "吴芳", "code": "SJ-000035", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "房款", "note": "", "paid_on": "2026-09-22", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2501 房款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,36,1,11,NULL,33,'张伟','deposit',5000000,'转账','2026-09-30',8,'',NULL,'',NULL,NULL,'2026-10-01 08:00:00.000000',9,36,'2026-09-30 03:52:00.000000','2026-12-06 15:44:57.354644','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000036", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-09-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,37,1,11,NULL,34,'张伟','down',115288000,'刷卡','2026-10-10',8,'',NULL,'',NULL,NULL,'2026-10-11 08:00:00.000000',9,37,'2026-10-10 01:44:00.000000','2026-12-06 15:44:57.355643','{"amount": "1152880.00", "cashier": "吴芳", "code": "SJ-000037", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "首付款", "note": "", "paid_on": "2026-10-10", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 首付款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,38,1,11,NULL,35,'中国工商银行','loan',280672000,'转账','2026-11-27',8,'',NULL,'',NULL,NULL,'2026-11-28 08:00:00.000000',9,38,'2026-11-27 01:08:00.000000','2026-12-06 15:44:57.364772','{"amount": "2806720.00", "cashier": "吴芳", "code": "SJ-000038", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-11-27", "payer": "中国工商银行", "project": "安家·云栖府", "purpose": "2栋1单元1701 按揭款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,39,1,11,NULL,36,'张伟','area',4424000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,39,'2026-11-30 07:08:00.000000','2026-12-06 15:44:57.365972','{"amount": "44240.00", "cashier": "吴芳", "code": "SJ-000039", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "补差款", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 补差款", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,40,1,11,NULL,37,'张伟','fees',12630240,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,40,'2026-12-03 01:10:00.000000','2026-12-06 15:44:57.367186','{"amount": "126302.40", "cashier": "吴芳", "code": "SJ-000040", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "代收费用", "note": "", "paid_on": "2026-12-03", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元1701 代收费用", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,41,1,12,NULL,38,'张伟','deposit',5000000,'刷卡','2026-11-25',8,'',NULL,'',NULL,NULL,'2026-11-26 08:00:00.000000',9,41,'2026-11-25 07:50:00.000000','2026-12-06 15:44:57.368133','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000041", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-25", "payer": "张伟", "project": "安家·云栖府", "purpose": "2栋1单元2102 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,42,2,13,NULL,41,'曾小贤','deposit',10000000,'刷卡','2026-11-26',8,'',NULL,'',NULL,NULL,'2026-11-27 08:00:00.000000',9,42,'2026-11-26 03:34:00.000000','2026-12-06 15:44:57.372250','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000042", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "刷卡", "nature": "定金", "note": "", "paid_on": "2026-11-26", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "3栋0804 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,43,1,14,NULL,44,'张伟','deposit',5000000,'转账','2026-11-29',8,'',NULL,'',NULL,NULL,'2026-11-30 08:00:00.000000',9,43,'2026-11-29 04:30:00.000000','2026-12-06 15:44:57.373273','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000043", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-29", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2404 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,44,1,15,NULL,47,'张伟','deposit',8000000,'转账','2026-11-30',8,'',NULL,'',NULL,NULL,'2026-12-01 08:00:00.000000',9,44,'2026-11-30 04:23:00.000000','2026-12-06 15:44:57.374211','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000044", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-11-30", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋1902 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,45,1,16,NULL,50,'张伟','deposit',5000000,'转账','2026-12-01',8,'',NULL,'',NULL,NULL,'2026-12-02 08:00:00.000000',9,45,'2026-12-01 03:25:00.000000','2026-12-06 15:44:57.375196','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000045", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-01", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0903 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,46,1,17,NULL,52,'张伟','deposit',10000000,'POS','2026-12-02',8,'',NULL,'',NULL,NULL,'2026-12-03 08:00:00.000000',9,46,'2026-12-02 01:06:00.000000','2026-12-06 15:44:57.376124','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000046", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-02", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋2405 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,47,2,18,NULL,55,'曾小贤','deposit',8000000,'POS','2026-12-03',8,'',NULL,'',NULL,NULL,'2026-12-04 08:00:00.000000',9,47,'2026-12-03 07:28:00.000000','2026-12-06 15:44:57.389492','{"amount": "80000.00", "cashier": "吴芳", "code": "SJ-000047", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "POS", "nature": "定金", "note": "", "paid_on": "2026-12-03", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "1栋0901 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,48,1,19,NULL,58,'张伟','deposit',10000000,'转账','2026-12-04',8,'',NULL,'',NULL,NULL,NULL,NULL,48,'2026-12-04 09:13:00.000000','2026-12-06 15:44:57.096418','{"amount": "100000.00", "cashier": "吴芳", "code": "SJ-000048", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-04", "payer": "张伟", "project": "安家·云栖府", "purpose": "3栋0602 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,49,2,20,NULL,61,'曾小贤','deposit',5000000,'转账','2026-12-05',8,'',NULL,'',NULL,NULL,NULL,NULL,49,'2026-12-05 05:57:00.000000','2026-12-06 15:44:57.182104','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000049", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-05", "payer": "曾小贤", "project": "安家·云栖府", "purpose": "2栋1单元1802 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,50,1,21,NULL,64,'张伟','deposit',5000000,'转账','2026-12-06',8,'',NULL,'',NULL,NULL,NULL,NULL,50,'2026-12-06 07:25:00.000000','2026-12-06 15:44:57.205533','{"amount": "50000.00", "cashier": "吴芳", "code": "SJ-000050", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "定金", "note": "", "paid_on": "2026-12-06", "payer": "张伟", "project": "安家·云栖府", "purpose": "1栋1603 定金", "reissue_of": "", "v": 1}');
INSERT INTO "receipts" VALUES(1,51,1,6,NULL,18,'杭州银行','loan',189000000,'转账','2026-08-09',8,'',NULL,'',NULL,26,'2026-12-04 08:00:00.000000',9,51,'2026-12-03 15:44:54.000000','2026-12-06 15:44:57.390540','{"amount": "1890000.00", "cashier": "吴芳", "code": "SJ-000051", "letterhead": {"address": "", "company": "安家置业（杭州）有限公司", "phone": "", "project": ""}, "method": "转账", "nature": "按揭款", "note": "", "paid_on": "2026-08-09", "payer": "杭州银行", "project": "安家·云栖府", "purpose": "3栋2305 按揭款", "reissue_of": "SJ-000026", "v": 1}');
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
INSERT INTO "referral_points" VALUES(1,2,100,'visit','（被推荐人个人信息已删除）',NULL,NULL,1,'2026-12-06 15:44:53.810827','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,NULL,-50,'redeem','物业费抵用券',NULL,NULL,2,'2026-12-06 15:44:52.000000','2026-12-06 15:44:54.159510');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,3,'2026-12-06 15:44:55.118083','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,4,'2026-12-06 15:44:55.198202','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,5,'2026-12-06 15:44:55.245920','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,6,'2026-12-06 15:44:55.398779','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,7,'2026-12-06 15:44:55.842404','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,8,'2026-12-06 15:44:55.937967','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,9,'2026-12-06 15:44:56.162164','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,10,'2026-12-06 15:44:56.252676','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,11,'2026-12-06 15:44:56.304107','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',7,NULL,12,'2026-12-06 15:44:56.355972','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,13,'2026-12-06 15:44:56.797293','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,14,'2026-12-06 15:44:57.023959','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',4,NULL,15,'2026-12-06 15:44:57.164114','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,500,'deal','（被推荐人个人信息已删除）',NULL,NULL,16,'2026-12-06 15:44:57.824833','2026-12-06 15:44:58.869696');
INSERT INTO "referral_points" VALUES(1,2,1000,'deal','（被推荐人个人信息已删除）',NULL,NULL,17,'2026-12-06 15:44:57.835877','2026-12-06 15:44:58.869696');
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
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','communication','high',NULL,1,'2026-12-06 15:44:54.111442','2026-12-06 15:44:54.111447');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','focus','high',NULL,2,'2026-12-06 15:44:54.111448','2026-12-06 15:44:54.111449');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','companions','low',NULL,3,'2026-12-06 15:44:54.111450','2026-12-06 15:44:54.111451');
INSERT INTO "risk_marks" VALUES(1,'2026-12-05','funding','low',NULL,4,'2026-12-06 15:44:54.111453','2026-12-06 15:44:54.111454');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','communication','high',NULL,5,'2026-12-06 15:44:54.128634','2026-12-06 15:44:54.128639');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','focus','high',NULL,6,'2026-12-06 15:44:54.128641','2026-12-06 15:44:54.128642');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','companions','high',NULL,7,'2026-12-06 15:44:54.128644','2026-12-06 15:44:54.128645');
INSERT INTO "risk_marks" VALUES(1,'2026-12-06','funding','low',NULL,8,'2026-12-06 15:44:54.128647','2026-12-06 15:44:54.128648');
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
INSERT INTO "risk_warnings" VALUES(1,2,'2026-12-05','2026-12-06','assigned',5,NULL,'',2,1,'2026-12-06 15:44:54.138980','2026-12-06 15:44:54.155132');
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
INSERT INTO "rotation_turns" VALUES('2026-11-16',2,'serve',1,NULL,'',1,'2026-11-16 15:44:52.000000','2026-12-06 15:44:53.750850');
INSERT INTO "rotation_turns" VALUES('2026-12-06',4,'skip',NULL,NULL,'',2,'2026-12-06 15:44:52.000000','2026-12-06 15:44:54.183513');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',NULL,'同行踩盘','',3,'2026-12-06 15:44:52.000000','2026-12-06 15:44:54.205930');
INSERT INTO "rotation_turns" VALUES('2026-12-06',2,'serve',6,NULL,'',4,'2026-12-06 15:39:58.000000','2026-12-06 15:44:58.543076');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-12-06 15:44:52.547441','2026-12-06 15:44:52.547448');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-12-06 15:44:52.554647','2026-12-06 15:44:52.554651');
INSERT INTO "settings" VALUES('database.id','"47036bbe-cd56-42db-b52a-481c3f547449"',1,3,'2026-12-06 15:44:55.086449','2026-12-06 15:44:55.086456');
INSERT INTO "settings" VALUES('ids.key_check','"rImohHFYN3KW0gWdBOIRVOSVcaWIAQ8GPibSeH1TGlQ="',1,4,'2026-12-06 15:44:55.088155','2026-12-06 15:44:55.088158');
INSERT INTO "settings" VALUES('deals.plan.full','"房款 20% 签约后0天；尾款 80% 签约后30天"',1,5,'2026-12-06 15:44:57.748310','2026-12-06 15:44:57.748314');
INSERT INTO "settings" VALUES('lookup.limit','2',1,6,'2026-12-06 15:44:58.486738','2026-12-06 15:44:58.486741');
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
INSERT INTO "unit_holds" VALUES(22,'choice',2,1,4,NULL,'2026-06-20 01:06:00.000000','','2026-06-19 01:26:00.000000','',1,'2026-06-19 01:06:00.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(50,'choice',1,2,2,NULL,'2026-06-20 01:12:00.000000','','2026-06-19 01:32:00.000000','转认购',2,'2026-06-19 01:12:00.000000','2026-12-06 15:44:55.133650',0);
INSERT INTO "unit_holds" VALUES(40,'choice',1,3,2,NULL,'2026-06-20 01:18:00.000000','','2026-06-19 01:38:00.000000','转认购',3,'2026-06-19 01:18:00.000000','2026-12-06 15:44:55.155389',0);
INSERT INTO "unit_holds" VALUES(283,'choice',2,4,4,NULL,'2026-06-20 01:24:00.000000','','2026-06-19 01:44:00.000000','',4,'2026-06-19 01:24:00.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(292,'choice',2,6,4,NULL,'2026-06-20 01:30:00.000000','','2026-06-19 01:50:00.000000','',5,'2026-06-19 01:30:00.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(343,'choice',1,7,2,NULL,'2026-06-20 01:36:00.000000','','2026-06-19 01:56:00.000000','转认购',6,'2026-06-19 01:36:00.000000','2026-12-06 15:44:55.280436',0);
INSERT INTO "unit_holds" VALUES(380,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','公司领导保留',NULL,'',7,'2026-12-04 15:44:54.000000','2026-12-06 15:44:57.393818',0);
INSERT INTO "unit_holds" VALUES(354,'reserve',NULL,NULL,3,3,'2027-01-05 16:00:00.000000','样板间，交付后再售',NULL,'',8,'2026-12-04 15:44:54.000000','2026-12-06 15:44:57.407363',0);
INSERT INTO "unit_holds" VALUES(24,'hold',2,NULL,4,NULL,'2026-12-07 13:44:54.000000','',NULL,'',9,'2026-12-06 13:44:54.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(77,'hold',1,NULL,2,NULL,'2026-12-07 10:44:54.000000','',NULL,'',10,'2026-12-06 10:44:54.000000','2026-12-06 15:44:57.422889',0);
INSERT INTO "unit_holds" VALUES(2,'hold',1,NULL,2,NULL,'2026-12-06 19:44:54.000000','',NULL,'',11,'2026-12-05 19:44:54.000000','2026-12-06 15:44:57.444800',0);
INSERT INTO "unit_holds" VALUES(282,'hold',2,NULL,4,NULL,'2026-12-06 09:44:54.000000','','2026-12-06 09:44:54.000000','',12,'2026-12-05 09:44:54.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(312,'hold',2,NULL,4,NULL,'2026-12-05 15:44:54.000000','','2026-12-05 15:44:54.000000','',13,'2026-12-04 15:44:54.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(38,'hold',2,NULL,4,NULL,'2026-12-04 15:44:54.000000','','2026-12-04 15:44:54.000000','',14,'2026-12-03 15:44:54.000000','2026-12-06 15:44:58.864211',0);
INSERT INTO "unit_holds" VALUES(1,'hold',1,NULL,NULL,NULL,'2026-12-08 15:44:57.000000','',NULL,'',15,'2026-12-06 15:44:57.000000','2026-12-06 15:44:57.000000',1);
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
INSERT INTO "units" VALUES(1,'',1,'0101','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'held','',2,1,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.685586');
INSERT INTO "units" VALUES(1,'',1,'0102','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'held','',2,2,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.440350');
INSERT INTO "units" VALUES(1,'',1,'0103','两室两厅一卫',8930,7120,NULL,NULL,232037120,207176000,'subscribed','',2,3,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.798900');
INSERT INTO "units" VALUES(1,'',1,'0104','三室两厅两卫',11860,9510,NULL,NULL,316140160,282268000,'signed','',3,4,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.830226');
INSERT INTO "units" VALUES(1,'',2,'0201','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,5,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',2,'0202','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,6,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',2,'0203','两室两厅一卫',8930,7120,NULL,NULL,233108720,208247600,'available','',1,7,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',2,'0204','三室两厅两卫',11860,9510,NULL,NULL,317563360,283691200,'available','',1,8,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',3,'0301','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,9,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',3,'0302','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,10,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',3,'0303','两室两厅一卫',8930,7120,NULL,NULL,234180320,209319200,'available','',1,11,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',3,'0304','三室两厅两卫',11860,9510,NULL,NULL,318986560,285114400,'available','',1,12,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',4,'0401','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,13,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',4,'0402','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,14,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',4,'0403','两室两厅一卫',8930,7120,NULL,NULL,235251920,210390800,'available','',1,15,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',4,'0404','三室两厅两卫',11860,9510,NULL,NULL,320409760,286537600,'available','',1,16,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',5,'0501','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,17,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',5,'0502','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,18,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',5,'0503','两室两厅一卫',8930,7120,NULL,NULL,236323520,211462400,'available','',1,19,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',5,'0504','三室两厅两卫',11860,9510,NULL,NULL,321832960,287960800,'available','',1,20,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',6,'0601','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'available','',1,21,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',6,'0602','两室两厅一卫',8930,7120,8823,NULL,237395120,212534000,'delivered','',6,22,'2026-12-06 15:44:54.660436','2026-12-06 15:44:55.552461');
INSERT INTO "units" VALUES(1,'',6,'0603','两室两厅一卫',8930,7120,NULL,NULL,237395120,212534000,'available','',1,23,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',6,'0604','三室两厅两卫',11860,9510,NULL,NULL,323256160,289384000,'held','',2,24,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.417725');
INSERT INTO "units" VALUES(1,'',7,'0701','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,25,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',7,'0702','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,26,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',7,'0703','两室两厅一卫',8930,7120,NULL,NULL,238466720,213605600,'available','',1,27,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',7,'0704','三室两厅两卫',11860,9510,NULL,NULL,324679360,290807200,'available','',1,28,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',8,'0801','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,29,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',8,'0802','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,30,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',8,'0803','两室两厅一卫',8930,7120,NULL,NULL,239538320,214677200,'available','',1,31,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',8,'0804','三室两厅两卫',11860,9510,NULL,NULL,326102560,292230400,'available','',1,32,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',9,'0901','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'subscribed','',2,33,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.010889');
INSERT INTO "units" VALUES(1,'',9,'0902','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,34,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',9,'0903','两室两厅一卫',8930,7120,NULL,NULL,240609920,215748800,'available','',1,35,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',9,'0904','三室两厅两卫',11860,9510,NULL,NULL,327525760,293653600,'available','',1,36,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',10,'1001','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'available','',1,37,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',10,'1002','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',2,38,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.000000');
INSERT INTO "units" VALUES(1,'',10,'1003','两室两厅一卫',8930,7120,NULL,NULL,241681520,216820400,'available','',1,39,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',10,'1004','三室两厅两卫',11860,9510,NULL,NULL,328948960,295076800,'signed','',4,40,'2026-12-06 15:44:54.660436','2026-12-06 15:44:55.777493');
INSERT INTO "units" VALUES(1,'',11,'1101','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,41,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',11,'1102','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,42,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',11,'1103','两室两厅一卫',8930,7120,NULL,NULL,242753120,217892000,'available','',1,43,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',11,'1104','三室两厅两卫',11860,9510,NULL,NULL,330372160,296500000,'available','',1,44,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',12,'1201','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,45,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',12,'1202','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,46,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',12,'1203','两室两厅一卫',8930,7120,NULL,NULL,243824720,218963600,'available','',1,47,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',12,'1204','三室两厅两卫',11860,9510,NULL,NULL,331795360,297923200,'available','',1,48,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',13,'1301','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,49,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',13,'1302','两室两厅一卫',8930,7120,8921,NULL,244896320,220035200,'delivered','',6,50,'2026-12-06 15:44:54.660436','2026-12-06 15:44:55.708343');
INSERT INTO "units" VALUES(1,'',13,'1303','两室两厅一卫',8930,7120,NULL,NULL,244896320,220035200,'available','',1,51,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',13,'1304','三室两厅两卫',11860,9510,NULL,NULL,333218560,299346400,'available','',1,52,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',14,'1401','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,53,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',14,'1402','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,54,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',14,'1403','两室两厅一卫',8930,7120,NULL,NULL,245967920,221106800,'available','',1,55,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',14,'1404','三室两厅两卫',11860,9510,NULL,NULL,334641760,300769600,'available','',1,56,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',15,'1501','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,57,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',15,'1502','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,58,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',15,'1503','两室两厅一卫',8930,7120,NULL,NULL,247039520,222178400,'available','',1,59,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',15,'1504','三室两厅两卫',11860,9510,NULL,NULL,336064960,302192800,'available','',1,60,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',16,'1601','三室两厅两卫',11860,9510,NULL,NULL,337488160,303616000,'available','',1,61,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',16,'1602','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'available','',1,62,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',16,'1603','两室两厅一卫',8930,7120,NULL,NULL,248111120,223250000,'subscribed','',2,63,'2026-12-06 15:44:54.660436','2026-12-06 15:44:57.197730');
INSERT INTO "units" VALUES(1,'',16,'1604','三室两厅两卫',11860,9510,11967,NULL,337488160,303616000,'delivered','',5,64,'2026-12-06 15:44:54.660436','2026-12-06 15:44:56.382735');
INSERT INTO "units" VALUES(1,'',17,'1701','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,65,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',17,'1702','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'available','',1,66,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',17,'1703','两室两厅一卫',8930,7120,NULL,NULL,249182720,224321600,'signed','',3,67,'2026-12-06 15:44:54.660436','2026-12-06 15:44:56.233442');
INSERT INTO "units" VALUES(1,'',17,'1704','三室两厅两卫',11860,9510,NULL,NULL,338911360,305039200,'available','',1,68,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',18,'1801','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,69,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',18,'1802','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,70,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',18,'1803','两室两厅一卫',8930,7120,NULL,NULL,250254320,225393200,'available','',1,71,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(1,'',18,'1804','三室两厅两卫',11860,9510,NULL,NULL,340334560,306462400,'available','',1,72,'2026-12-06 15:44:54.660436','2026-12-06 15:44:54.660436');
INSERT INTO "units" VALUES(2,'1单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,73,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'available','',1,74,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,75,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',1,'0101','四室两厅两卫',14320,11640,NULL,NULL,410583040,366592000,'available','',1,76,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',1,'0102','三室两厅两卫',12580,10130,NULL,NULL,353648960,315758000,'held','',2,77,'2026-12-06 15:44:54.677460','2026-12-06 15:44:57.422670');
INSERT INTO "units" VALUES(2,'2单元',1,'0103','三室两厅一卫',10540,8460,NULL,NULL,290398080,259284000,'available','',1,78,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,79,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,80,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,81,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',2,'0201','四室两厅两卫',14320,11640,NULL,NULL,412731040,368740000,'available','',1,82,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',2,'0202','三室两厅两卫',12580,10130,NULL,NULL,355535960,317645000,'available','',1,83,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',2,'0203','三室两厅一卫',10540,8460,NULL,NULL,291979080,260865000,'available','',1,84,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,85,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,86,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,87,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',3,'0301','四室两厅两卫',14320,11640,NULL,NULL,414879040,370888000,'available','',1,88,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',3,'0302','三室两厅两卫',12580,10130,NULL,NULL,357422960,319532000,'available','',1,89,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',3,'0303','三室两厅一卫',10540,8460,NULL,NULL,293560080,262446000,'available','',1,90,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,91,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,92,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,93,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',4,'0401','四室两厅两卫',14320,11640,NULL,NULL,417027040,373036000,'available','',1,94,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',4,'0402','三室两厅两卫',12580,10130,NULL,NULL,359309960,321419000,'available','',1,95,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',4,'0403','三室两厅一卫',10540,8460,NULL,NULL,295141080,264027000,'available','',1,96,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,97,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,98,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,99,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',5,'0501','四室两厅两卫',14320,11640,NULL,NULL,419175040,375184000,'available','',1,100,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',5,'0502','三室两厅两卫',12580,10130,NULL,NULL,361196960,323306000,'available','',1,101,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',5,'0503','三室两厅一卫',10540,8460,NULL,NULL,296722080,265608000,'available','',1,102,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,103,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,104,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,105,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',6,'0601','四室两厅两卫',14320,11640,NULL,NULL,421323040,377332000,'available','',1,106,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',6,'0602','三室两厅两卫',12580,10130,NULL,NULL,363083960,325193000,'available','',1,107,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',6,'0603','三室两厅一卫',10540,8460,NULL,NULL,298303080,267189000,'available','',1,108,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,109,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,110,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,111,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',7,'0701','四室两厅两卫',14320,11640,NULL,NULL,423471040,379480000,'available','',1,112,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',7,'0702','三室两厅两卫',12580,10130,NULL,NULL,364970960,327080000,'available','',1,113,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',7,'0703','三室两厅一卫',10540,8460,NULL,NULL,299884080,268770000,'available','',1,114,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,115,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,116,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,117,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',8,'0801','四室两厅两卫',14320,11640,NULL,NULL,425619040,381628000,'available','',1,118,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',8,'0802','三室两厅两卫',12580,10130,NULL,NULL,366857960,328967000,'available','',1,119,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',8,'0803','三室两厅一卫',10540,8460,NULL,NULL,301465080,270351000,'available','',1,120,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,121,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,122,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,123,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',9,'0901','四室两厅两卫',14320,11640,NULL,NULL,427767040,383776000,'available','',1,124,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',9,'0902','三室两厅两卫',12580,10130,NULL,NULL,368744960,330854000,'available','',1,125,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',9,'0903','三室两厅一卫',10540,8460,NULL,NULL,303046080,271932000,'available','',1,126,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,127,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,128,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,129,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',10,'1001','四室两厅两卫',14320,11640,NULL,NULL,429915040,385924000,'available','',1,130,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',10,'1002','三室两厅两卫',12580,10130,NULL,NULL,370631960,332741000,'available','',1,131,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',10,'1003','三室两厅一卫',10540,8460,NULL,NULL,304627080,273513000,'available','',1,132,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,133,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,134,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',11,'1103','三室两厅一卫',10540,8460,10540,NULL,306208080,275094000,'delivered','',5,135,'2026-12-06 15:44:54.677460','2026-12-06 15:44:56.461045');
INSERT INTO "units" VALUES(2,'2单元',11,'1101','四室两厅两卫',14320,11640,NULL,NULL,432063040,388072000,'available','',1,136,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',11,'1102','三室两厅两卫',12580,10130,NULL,NULL,372518960,334628000,'available','',1,137,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',11,'1103','三室两厅一卫',10540,8460,NULL,NULL,306208080,275094000,'available','',1,138,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,139,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,140,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,141,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',12,'1201','四室两厅两卫',14320,11640,NULL,NULL,434211040,390220000,'available','',1,142,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',12,'1202','三室两厅两卫',12580,10130,NULL,NULL,374405960,336515000,'available','',1,143,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',12,'1203','三室两厅一卫',10540,8460,NULL,NULL,307789080,276675000,'available','',1,144,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,145,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,146,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,147,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',13,'1301','四室两厅两卫',14320,11640,NULL,NULL,436359040,392368000,'available','',1,148,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',13,'1302','三室两厅两卫',12580,10130,NULL,NULL,376292960,338402000,'available','',1,149,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',13,'1303','三室两厅一卫',10540,8460,NULL,NULL,309370080,278256000,'available','',1,150,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,151,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,152,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,153,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',14,'1401','四室两厅两卫',14320,11640,NULL,NULL,438507040,394516000,'available','',1,154,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',14,'1402','三室两厅两卫',12580,10130,NULL,NULL,378179960,340289000,'available','',1,155,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',14,'1403','三室两厅一卫',10540,8460,NULL,NULL,310951080,279837000,'available','',1,156,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,157,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,158,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,159,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',15,'1501','四室两厅两卫',14320,11640,NULL,NULL,440655040,396664000,'available','',1,160,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',15,'1502','三室两厅两卫',12580,10130,NULL,NULL,380066960,342176000,'available','',1,161,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',15,'1503','三室两厅一卫',10540,8460,NULL,NULL,312532080,281418000,'available','',1,162,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,163,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,164,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,165,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',16,'1601','四室两厅两卫',14320,11640,NULL,NULL,442803040,398812000,'available','',1,166,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',16,'1602','三室两厅两卫',12580,10130,NULL,NULL,381953960,344063000,'available','',1,167,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',16,'1603','三室两厅一卫',10540,8460,NULL,NULL,314113080,282999000,'available','',1,168,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',17,'1701','四室两厅两卫',14320,11640,14478,NULL,444951040,400960000,'delivered','',5,169,'2026-12-06 15:44:54.677460','2026-12-06 15:44:56.669985');
INSERT INTO "units" VALUES(2,'1单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,170,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,171,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',17,'1701','四室两厅两卫',14320,11640,NULL,NULL,444951040,400960000,'available','',1,172,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',17,'1702','三室两厅两卫',12580,10130,NULL,NULL,383840960,345950000,'available','',1,173,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',17,'1703','三室两厅一卫',10540,8460,NULL,NULL,315694080,284580000,'available','',1,174,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,175,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'subscribed','',2,176,'2026-12-06 15:44:54.677460','2026-12-06 15:44:57.147254');
INSERT INTO "units" VALUES(2,'1单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,177,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',18,'1801','四室两厅两卫',14320,11640,NULL,NULL,447099040,403108000,'available','',1,178,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',18,'1802','三室两厅两卫',12580,10130,NULL,NULL,385727960,347837000,'available','',1,179,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',18,'1803','三室两厅一卫',10540,8460,NULL,NULL,317275080,286161000,'available','',1,180,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,181,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,182,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,183,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',19,'1901','四室两厅两卫',14320,11640,NULL,NULL,449247040,405256000,'available','',1,184,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',19,'1902','三室两厅两卫',12580,10130,NULL,NULL,387614960,349724000,'available','',1,185,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',19,'1903','三室两厅一卫',10540,8460,NULL,NULL,318856080,287742000,'available','',1,186,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,187,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,188,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,189,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',20,'2001','四室两厅两卫',14320,11640,NULL,NULL,451395040,407404000,'available','',1,190,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',20,'2002','三室两厅两卫',12580,10130,NULL,NULL,389501960,351611000,'available','',1,191,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',20,'2003','三室两厅一卫',10540,8460,NULL,NULL,320437080,289323000,'available','',1,192,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,193,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'subscribed','',2,194,'2026-12-06 15:44:54.677460','2026-12-06 15:44:56.737834');
INSERT INTO "units" VALUES(2,'1单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,195,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',21,'2101','四室两厅两卫',14320,11640,NULL,NULL,453543040,409552000,'available','',1,196,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',21,'2102','三室两厅两卫',12580,10130,NULL,NULL,391388960,353498000,'available','',1,197,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',21,'2103','三室两厅一卫',10540,8460,NULL,NULL,322018080,290904000,'available','',1,198,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,199,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,200,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,201,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',22,'2201','四室两厅两卫',14320,11640,NULL,NULL,455691040,411700000,'available','',1,202,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',22,'2202','三室两厅两卫',12580,10130,NULL,NULL,393275960,355385000,'available','',1,203,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',22,'2203','三室两厅一卫',10540,8460,NULL,NULL,323599080,292485000,'available','',1,204,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,205,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,206,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,207,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',23,'2301','四室两厅两卫',14320,11640,NULL,NULL,457839040,413848000,'available','',1,208,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',23,'2302','三室两厅两卫',12580,10130,NULL,NULL,395162960,357272000,'available','',1,209,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',23,'2303','三室两厅一卫',10540,8460,NULL,NULL,325180080,294066000,'available','',1,210,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,211,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,212,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,213,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',24,'2401','四室两厅两卫',14320,11640,NULL,NULL,459987040,415996000,'available','',1,214,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',24,'2402','三室两厅两卫',12580,10130,NULL,NULL,397049960,359159000,'available','',1,215,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',24,'2403','三室两厅一卫',10540,8460,NULL,NULL,326761080,295647000,'available','',1,216,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,217,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,218,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,219,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',25,'2501','四室两厅两卫',14320,11640,NULL,NULL,462135040,418144000,'available','',1,220,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',25,'2502','三室两厅两卫',12580,10130,NULL,NULL,398936960,361046000,'available','',1,221,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',25,'2503','三室两厅一卫',10540,8460,NULL,NULL,328342080,297228000,'available','',1,222,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,223,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,224,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'1单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,225,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',26,'2601','四室两厅两卫',14320,11640,NULL,NULL,464283040,420292000,'available','',1,226,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',26,'2602','三室两厅两卫',12580,10130,NULL,NULL,400823960,362933000,'available','',1,227,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(2,'2单元',26,'2603','三室两厅一卫',10540,8460,NULL,NULL,329923080,298809000,'available','',1,228,'2026-12-06 15:44:54.677460','2026-12-06 15:44:54.677460');
INSERT INTO "units" VALUES(3,'',1,'0101','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,229,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',1,'0102','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,230,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',1,'0103','两室一厅一卫',7840,6230,NULL,NULL,184396800,164640000,'available','',1,231,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',1,'0104','两室两厅一卫',8670,6910,NULL,NULL,205860480,183804000,'available','',1,232,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',1,'0105','三室两厅两卫',11250,9020,NULL,NULL,274680000,245250000,'available','',1,233,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',2,'0201','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,234,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',2,'0202','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,235,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',2,'0203','两室一厅一卫',7840,6230,NULL,NULL,185180800,165424000,'available','',1,236,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',2,'0204','两室两厅一卫',8670,6910,NULL,NULL,206727480,184671000,'available','',1,237,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',2,'0205','三室两厅两卫',11250,9020,NULL,NULL,275805000,246375000,'available','',1,238,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',3,'0301','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,239,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',3,'0302','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,240,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',3,'0303','两室一厅一卫',7840,6230,NULL,NULL,185964800,166208000,'available','',1,241,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',3,'0304','两室两厅一卫',8670,6910,NULL,NULL,207594480,185538000,'available','',1,242,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',3,'0305','三室两厅两卫',11250,9020,NULL,NULL,276930000,247500000,'available','',1,243,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',4,'0401','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,244,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',4,'0402','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,245,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',4,'0403','两室一厅一卫',7840,6230,NULL,NULL,186748800,166992000,'available','',1,246,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',4,'0404','两室两厅一卫',8670,6910,NULL,NULL,208461480,186405000,'available','',1,247,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',4,'0405','三室两厅两卫',11250,9020,NULL,NULL,278055000,248625000,'available','',1,248,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',5,'0501','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,249,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',5,'0502','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,250,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',5,'0503','两室一厅一卫',7840,6230,NULL,NULL,187532800,167776000,'available','',1,251,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',5,'0504','两室两厅一卫',8670,6910,NULL,NULL,209328480,187272000,'available','',1,252,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',5,'0505','三室两厅两卫',11250,9020,NULL,NULL,279180000,249750000,'available','',1,253,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',6,'0601','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,254,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',6,'0602','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'signed','',3,255,'2026-12-06 15:44:54.683425','2026-12-06 15:44:57.118516');
INSERT INTO "units" VALUES(3,'',6,'0603','两室一厅一卫',7840,6230,NULL,NULL,188316800,168560000,'available','',1,256,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',6,'0604','两室两厅一卫',8670,6910,NULL,NULL,210195480,188139000,'available','',1,257,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',6,'0605','三室两厅两卫',11250,9020,NULL,NULL,280305000,250875000,'available','',1,258,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',7,'0701','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,259,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',7,'0702','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,260,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',7,'0703','两室一厅一卫',7840,6230,NULL,NULL,189100800,169344000,'available','',1,261,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',7,'0704','两室两厅一卫',8670,6910,NULL,NULL,211062480,189006000,'available','',1,262,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',7,'0705','三室两厅两卫',11250,9020,NULL,NULL,281430000,252000000,'available','',1,263,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',8,'0801','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,264,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',8,'0802','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'available','',1,265,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',8,'0803','两室一厅一卫',7840,6230,NULL,NULL,189884800,170128000,'available','',1,266,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',8,'0804','两室两厅一卫',8670,6910,NULL,NULL,211929480,189873000,'subscribed','',2,267,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.783333');
INSERT INTO "units" VALUES(3,'',8,'0805','三室两厅两卫',11250,9020,NULL,NULL,282555000,253125000,'available','',1,268,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',9,'0901','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,269,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',9,'0902','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,270,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',9,'0903','两室一厅一卫',7840,6230,NULL,NULL,190668800,170912000,'subscribed','',2,271,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.894387');
INSERT INTO "units" VALUES(3,'',9,'0904','两室两厅一卫',8670,6910,NULL,NULL,212796480,190740000,'available','',1,272,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',9,'0905','三室两厅两卫',11250,9020,NULL,NULL,283680000,254250000,'available','',1,273,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',10,'1001','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,274,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',10,'1002','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,275,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',10,'1003','两室一厅一卫',7840,6230,NULL,NULL,191452800,171696000,'available','',1,276,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',10,'1004','两室两厅一卫',8670,6910,NULL,NULL,213663480,191607000,'available','',1,277,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',10,'1005','三室两厅两卫',11250,9020,NULL,NULL,284805000,255375000,'available','',1,278,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',11,'1101','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'available','',1,279,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',11,'1102','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',1,280,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',11,'1103','两室一厅一卫',7840,6230,NULL,NULL,192236800,172480000,'available','',1,281,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',11,'1104','两室两厅一卫',8670,6910,NULL,NULL,214530480,192474000,'available','',2,282,'2026-12-06 15:44:54.683425','2026-12-06 15:44:57.000000');
INSERT INTO "units" VALUES(3,'',11,'1105','三室两厅两卫',11250,9020,NULL,NULL,285930000,256500000,'signed','',4,283,'2026-12-06 15:44:54.683425','2026-12-06 15:44:55.833989');
INSERT INTO "units" VALUES(3,'',12,'1201','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,284,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',12,'1202','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,285,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',12,'1203','两室一厅一卫',7840,6230,NULL,NULL,193020800,173264000,'available','',1,286,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',12,'1204','两室两厅一卫',8670,6910,NULL,NULL,215397480,193341000,'available','',1,287,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',12,'1205','三室两厅两卫',11250,9020,NULL,NULL,287055000,257625000,'available','',1,288,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',13,'1301','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,289,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',13,'1302','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'available','',1,290,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',13,'1303','两室一厅一卫',7840,6230,NULL,NULL,193804800,174048000,'available','',1,291,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',13,'1304','两室两厅一卫',8670,6910,NULL,NULL,216264480,194208000,'signed','',4,292,'2026-12-06 15:44:54.683425','2026-12-06 15:44:55.921549');
INSERT INTO "units" VALUES(3,'',13,'1305','三室两厅两卫',11250,9020,NULL,NULL,288180000,258750000,'available','',1,293,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',14,'1401','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,294,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',14,'1402','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,295,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',14,'1403','两室一厅一卫',7840,6230,NULL,NULL,194588800,174832000,'available','',1,296,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',14,'1404','两室两厅一卫',8670,6910,NULL,NULL,217131480,195075000,'available','',1,297,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',14,'1405','三室两厅两卫',11250,9020,NULL,NULL,289305000,259875000,'available','',1,298,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',15,'1501','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,299,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',15,'1502','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,300,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',15,'1503','两室一厅一卫',7840,6230,NULL,NULL,195372800,175616000,'available','',1,301,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',15,'1504','两室两厅一卫',8670,6910,NULL,NULL,217998480,195942000,'available','',1,302,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',15,'1505','三室两厅两卫',11250,9020,NULL,NULL,290430000,261000000,'available','',1,303,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',16,'1601','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,304,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',16,'1602','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,305,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',16,'1603','两室一厅一卫',7840,6230,NULL,NULL,196156800,176400000,'available','',1,306,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',16,'1604','两室两厅一卫',8670,6910,NULL,NULL,218865480,196809000,'available','',1,307,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',16,'1605','三室两厅两卫',11250,9020,NULL,NULL,291555000,262125000,'available','',1,308,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',17,'1701','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,309,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',17,'1702','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',1,310,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',17,'1703','两室一厅一卫',7840,6230,NULL,NULL,196940800,177184000,'available','',1,311,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',17,'1704','两室两厅一卫',8670,6910,NULL,NULL,219732480,197676000,'available','',2,312,'2026-12-06 15:44:54.683425','2026-12-06 15:44:57.000000');
INSERT INTO "units" VALUES(3,'',17,'1705','三室两厅两卫',11250,9020,NULL,NULL,292680000,263250000,'available','',1,313,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',18,'1801','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,314,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',18,'1802','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,315,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',18,'1803','两室一厅一卫',7840,6230,NULL,NULL,197724800,177968000,'available','',1,316,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',18,'1804','两室两厅一卫',8670,6910,NULL,NULL,220599480,198543000,'available','',1,317,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',18,'1805','三室两厅两卫',11250,9020,NULL,NULL,293805000,264375000,'available','',1,318,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',19,'1901','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,319,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',19,'1902','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'subscribed','',2,320,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.875381');
INSERT INTO "units" VALUES(3,'',19,'1903','两室一厅一卫',7840,6230,NULL,NULL,198508800,178752000,'available','',1,321,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',19,'1904','两室两厅一卫',8670,6910,NULL,NULL,221466480,199410000,'available','',1,322,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',19,'1905','三室两厅两卫',11250,9020,NULL,NULL,294930000,265500000,'available','',1,323,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',20,'2001','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,324,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',20,'2002','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,325,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',20,'2003','两室一厅一卫',7840,6230,NULL,NULL,199292800,179536000,'available','',1,326,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',20,'2004','两室两厅一卫',8670,6910,NULL,NULL,222333480,200277000,'available','',1,327,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',20,'2005','三室两厅两卫',11250,9020,NULL,NULL,296055000,266625000,'available','',1,328,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',21,'2101','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,329,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',21,'2102','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,330,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',21,'2103','两室一厅一卫',7840,6230,NULL,NULL,200076800,180320000,'available','',1,331,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',21,'2104','两室两厅一卫',8670,6910,NULL,NULL,223200480,201144000,'available','',1,332,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',21,'2105','三室两厅两卫',11250,9020,NULL,NULL,297180000,267750000,'available','',1,333,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',22,'2201','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,334,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',22,'2202','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,335,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',22,'2203','两室一厅一卫',7840,6230,NULL,NULL,200860800,181104000,'available','',1,336,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',22,'2204','两室两厅一卫',8670,6910,NULL,NULL,224067480,202011000,'available','',1,337,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',22,'2205','三室两厅两卫',11250,9020,NULL,NULL,298305000,268875000,'available','',1,338,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',23,'2301','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'available','',1,339,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',23,'2302','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,340,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',23,'2303','两室一厅一卫',7840,6230,NULL,NULL,201644800,181888000,'available','',1,341,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',23,'2304','两室两厅一卫',8670,6910,NULL,NULL,224934480,202878000,'available','',1,342,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',23,'2305','三室两厅两卫',11250,9020,NULL,NULL,299430000,270000000,'signed','',4,343,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.045091');
INSERT INTO "units" VALUES(3,'',24,'2401','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'available','',1,344,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',24,'2402','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'available','',1,345,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',24,'2403','两室一厅一卫',7840,6230,NULL,NULL,202428800,182672000,'available','',1,346,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',24,'2404','两室两厅一卫',8670,6910,NULL,NULL,225801480,203745000,'subscribed','',2,347,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.834781');
INSERT INTO "units" VALUES(3,'',24,'2405','三室两厅两卫',11250,9020,NULL,NULL,300555000,271125000,'subscribed','',2,348,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.951442');
INSERT INTO "units" VALUES(3,'',25,'2501','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'signed','',3,349,'2026-12-06 15:44:54.683425','2026-12-06 15:44:56.507801');
INSERT INTO "units" VALUES(3,'',25,'2502','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,350,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',25,'2503','两室一厅一卫',7840,6230,NULL,NULL,203212800,183456000,'available','',1,351,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',25,'2504','两室两厅一卫',8670,6910,NULL,NULL,226668480,204612000,'available','',1,352,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',25,'2505','三室两厅两卫',11250,9020,NULL,NULL,301680000,272250000,'available','',1,353,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',26,'2601','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'reserved','',2,354,'2026-12-06 15:44:54.683425','2026-12-06 15:44:57.407120');
INSERT INTO "units" VALUES(3,'',26,'2602','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,355,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',26,'2603','两室一厅一卫',7840,6230,NULL,NULL,203996800,184240000,'available','',1,356,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',26,'2604','两室两厅一卫',8670,6910,NULL,NULL,227535480,205479000,'available','',1,357,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',26,'2605','三室两厅两卫',11250,9020,NULL,NULL,302805000,273375000,'available','',1,358,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',27,'2701','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,359,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',27,'2702','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,360,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',27,'2703','两室一厅一卫',7840,6230,NULL,NULL,204780800,185024000,'available','',1,361,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',27,'2704','两室两厅一卫',8670,6910,NULL,NULL,228402480,206346000,'available','',1,362,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',27,'2705','三室两厅两卫',11250,9020,NULL,NULL,303930000,274500000,'available','',1,363,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',28,'2801','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,364,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',28,'2802','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,365,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',28,'2803','两室一厅一卫',7840,6230,NULL,NULL,205564800,185808000,'available','',1,366,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',28,'2804','两室两厅一卫',8670,6910,NULL,NULL,229269480,207213000,'available','',1,367,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',28,'2805','三室两厅两卫',11250,9020,NULL,NULL,305055000,275625000,'available','',1,368,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',29,'2901','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,369,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',29,'2902','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,370,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',29,'2903','两室一厅一卫',7840,6230,NULL,NULL,206348800,186592000,'available','',1,371,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',29,'2904','两室两厅一卫',8670,6910,NULL,NULL,230136480,208080000,'available','',1,372,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',29,'2905','三室两厅两卫',11250,9020,NULL,NULL,306180000,276750000,'available','',1,373,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',30,'3001','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,374,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',30,'3002','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,375,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',30,'3003','两室一厅一卫',7840,6230,NULL,NULL,207132800,187376000,'available','',1,376,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',30,'3004','两室两厅一卫',8670,6910,NULL,NULL,231003480,208947000,'available','',1,377,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',30,'3005','三室两厅两卫',11250,9020,NULL,NULL,307305000,277875000,'available','',1,378,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',31,'3101','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,379,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',31,'3102','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'reserved','',2,380,'2026-12-06 15:44:54.683425','2026-12-06 15:44:57.393210');
INSERT INTO "units" VALUES(3,'',31,'3103','两室一厅一卫',7840,6230,NULL,NULL,207916800,188160000,'available','',1,381,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',31,'3104','两室两厅一卫',8670,6910,NULL,NULL,231870480,209814000,'available','',1,382,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',31,'3105','三室两厅两卫',11250,9020,NULL,NULL,308430000,279000000,'available','',1,383,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',32,'3201','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,384,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',32,'3202','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,385,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',32,'3203','两室一厅一卫',7840,6230,NULL,NULL,208700800,188944000,'available','',1,386,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',32,'3204','两室两厅一卫',8670,6910,NULL,NULL,232737480,210681000,'available','',1,387,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',32,'3205','三室两厅两卫',11250,9020,NULL,NULL,309555000,280125000,'available','',1,388,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',33,'3301','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,389,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',33,'3302','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,390,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',33,'3303','两室一厅一卫',7840,6230,NULL,NULL,209484800,189728000,'available','',1,391,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',33,'3304','两室两厅一卫',8670,6910,NULL,NULL,233604480,211548000,'available','',1,392,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
INSERT INTO "units" VALUES(3,'',33,'3305','三室两厅两卫',11250,9020,NULL,NULL,310680000,281250000,'available','',1,393,'2026-12-06 15:44:54.683425','2026-12-06 15:44:54.683425');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-12-06 15:44:52.305246','2026-12-06 15:44:52.305256');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-12-06 15:44:52.522685','2026-12-06 15:44:52.522688');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-12-06 15:44:52.531748','2026-12-06 15:44:52.531752');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-12-06 15:44:52.531753','2026-12-06 15:44:52.531754');
INSERT INTO "user_roles" VALUES(4,'consultant',5,'2026-12-06 15:44:52.947106','2026-12-06 15:44:52.947110');
INSERT INTO "user_roles" VALUES(5,'consultant',6,'2026-12-06 15:44:52.953709','2026-12-06 15:44:52.953713');
INSERT INTO "user_roles" VALUES(5,'senior_consultant',7,'2026-12-06 15:44:52.953715','2026-12-06 15:44:52.953716');
INSERT INTO "user_roles" VALUES(6,'front_desk',8,'2026-12-06 15:44:52.960224','2026-12-06 15:44:52.960227');
INSERT INTO "user_roles" VALUES(7,'sales_secretary',9,'2026-12-06 15:44:54.595274','2026-12-06 15:44:54.595276');
INSERT INTO "user_roles" VALUES(8,'cashier',10,'2026-12-06 15:44:54.602837','2026-12-06 15:44:54.602841');
INSERT INTO "user_roles" VALUES(9,'finance',11,'2026-12-06 15:44:54.610231','2026-12-06 15:44:54.610233');
INSERT INTO "user_roles" VALUES(10,'mortgage_officer',12,'2026-12-06 15:44:54.620168','2026-12-06 15:44:54.620171');
INSERT INTO "user_roles" VALUES(11,'marketing_head',13,'2026-12-06 15:44:54.627252','2026-12-06 15:44:54.627255');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$qSQ8vVGJpRDVnDZPCjbEWA==$RLGp+dyW4dFGNo1IzkSv4P9XsswnOt31Mb9lSt+GWG8=',1,0,NULL,1,1,'2026-12-06 15:44:52.283137','2026-12-06 15:44:52.283144');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$EcoD5FN7lR4oYQHw/JjPrg==$J8CjvpkMFtYARRU7sZKEmhxDKX4kfdX32AT5H1Je04w=',1,1,NULL,1,2,'2026-12-06 15:44:52.522012','2026-12-06 15:44:52.522019');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-12-06 15:44:52.530683','2026-12-06 15:44:52.530689');
INSERT INTO "users" VALUES('guwen2','陈思雨',NULL,1,0,NULL,1,4,'2026-12-06 15:44:52.945960','2026-12-06 15:44:52.945983');
INSERT INTO "users" VALUES('zishen','赵敏',NULL,1,0,NULL,1,5,'2026-12-06 15:44:52.953153','2026-12-06 15:44:52.953158');
INSERT INTO "users" VALUES('qiantai','林晓雯',NULL,1,0,NULL,1,6,'2026-12-06 15:44:52.959774','2026-12-06 15:44:52.959779');
INSERT INTO "users" VALUES('mishu','周敏',NULL,1,0,NULL,1,7,'2026-12-06 15:44:54.594848','2026-12-06 15:44:54.594854');
INSERT INTO "users" VALUES('chuna','吴芳',NULL,1,0,NULL,1,8,'2026-12-06 15:44:54.602370','2026-12-06 15:44:54.602376');
INSERT INTO "users" VALUES('caiwu','郑丽',NULL,1,0,NULL,1,9,'2026-12-06 15:44:54.609805','2026-12-06 15:44:54.609811');
INSERT INTO "users" VALUES('anjie','孙强',NULL,1,0,NULL,1,10,'2026-12-06 15:44:54.619804','2026-12-06 15:44:54.619809');
INSERT INTO "users" VALUES('yingxiao','冯涛',NULL,1,0,NULL,1,11,'2026-12-06 15:44:54.626910','2026-12-06 15:44:54.626914');
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
INSERT INTO "visits" VALUES(1,'2026-11-16 15:44:52.000000','first',2,'自然到访','路过',2,NULL,'',1,'2026-12-06 15:44:53.743366','2026-12-06 15:44:53.743369');
INSERT INTO "visits" VALUES(2,'2026-11-16 16:44:52.000000','first',1,'老带新','',4,NULL,'',2,'2026-12-06 15:44:53.799088','2026-12-06 15:44:58.852856');
INSERT INTO "visits" VALUES(3,'2026-11-16 17:44:52.000000','first',1,'渠道带看','',5,NULL,'',3,'2026-12-06 15:44:53.877843','2026-12-06 15:44:53.877845');
INSERT INTO "visits" VALUES(1,'2026-12-04 15:44:52.000000','return',1,'自然到访','',2,NULL,'',4,'2026-12-06 15:44:53.903459','2026-12-06 15:44:53.903462');
INSERT INTO "visits" VALUES(2,'2026-12-04 15:44:52.000000','first',1,'自然到访','',4,NULL,'',5,'2026-12-06 15:44:53.951782','2026-12-06 15:44:58.852856');
INSERT INTO "visits" VALUES(4,'2026-12-06 15:39:58.000000','first',1,'自然到访','',2,NULL,'',6,'2026-12-06 15:44:58.534072','2026-12-06 15:44:58.534074');
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
