BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001_foundation');
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
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','users',1,'username=''admin''；display_name=''管理员''；password_hash=***；is_active=True；must_change_password=False',NULL,1,'2026-11-23 06:33:16.110971','2026-11-23 06:33:16.110974');
INSERT INTO "audit_log" VALUES(NULL,'首次设置',NULL,NULL,'create','user_roles',1,'user_id=1；role=''admin''',NULL,2,'2026-11-23 06:33:16.110974','2026-11-23 06:33:16.110975');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',2,'username=''guwen1''；display_name=''王浩''；password_hash=***；is_active=True；must_change_password=True',NULL,3,'2026-11-23 06:33:16.155503','2026-11-23 06:33:16.155506');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',2,'user_id=2；role=<Role.CONSULTANT: ''consultant''>',NULL,4,'2026-11-23 06:33:16.155507','2026-11-23 06:33:16.155507');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','users',3,'username=''jingli''；display_name=''黄建国''；is_active=True；must_change_password=False',NULL,5,'2026-11-23 06:33:16.158249','2026-11-23 06:33:16.158251');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',3,'user_id=3；role=<Role.CONSULTANT: ''consultant''>',NULL,6,'2026-11-23 06:33:16.158252','2026-11-23 06:33:16.158252');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','user_roles',4,'user_id=3；role=<Role.SITE_MANAGER: ''site_manager''>',NULL,7,'2026-11-23 06:33:16.158253','2026-11-23 06:33:16.158253');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',1,'key=''letterhead.company''；value=''"安家置业（杭州）有限公司"''',NULL,8,'2026-11-23 06:33:16.161295','2026-11-23 06:33:16.161297');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','settings',2,'key=''security.lock_minutes''；value=''15''',NULL,9,'2026-11-23 06:33:16.161298','2026-11-23 06:33:16.161298');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_years',1,'year=2027；note=''''',NULL,10,'2026-11-23 06:33:16.167195','2026-11-23 06:33:16.167199');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',1,'day=2027-01-01；is_workday=False；name=''元旦''',NULL,11,'2026-11-23 06:33:16.168909','2026-11-23 06:33:16.168911');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','print','visitor_form',NULL,'空白来访登记表',NULL,12,'2026-11-23 06:33:16.168912','2026-11-23 06:33:16.168912');
INSERT INTO "audit_log" VALUES(NULL,'system','root','vm','create','calendar_days',2,'day=2027-02-20；is_workday=True；name=''春节调休''',NULL,13,'2026-11-23 06:33:16.168913','2026-11-23 06:33:16.168913');
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
INSERT INTO "calendar_days" VALUES('2027-01-01',0,'元旦',1,'2026-11-23 06:33:16.168185','2026-11-23 06:33:16.168187');
INSERT INTO "calendar_days" VALUES('2027-02-20',1,'春节调休',2,'2026-11-23 06:33:16.168188','2026-11-23 06:33:16.168188');
CREATE TABLE calendar_years (
	year INTEGER NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_years PRIMARY KEY (id), 
	CONSTRAINT uq_calendar_years_year UNIQUE (year)
);
INSERT INTO "calendar_years" VALUES(2027,'',1,'2026-11-23 06:33:16.163561','2026-11-23 06:33:16.163564');
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
INSERT INTO "settings" VALUES('letterhead.company','"安家置业（杭州）有限公司"',1,1,'2026-11-23 06:33:16.160317','2026-11-23 06:33:16.160319');
INSERT INTO "settings" VALUES('security.lock_minutes','15',1,2,'2026-11-23 06:33:16.160320','2026-11-23 06:33:16.160321');
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
INSERT INTO "user_roles" VALUES(1,'admin',1,'2026-11-23 06:33:16.109408','2026-11-23 06:33:16.109412');
INSERT INTO "user_roles" VALUES(2,'consultant',2,'2026-11-23 06:33:16.154558','2026-11-23 06:33:16.154561');
INSERT INTO "user_roles" VALUES(3,'consultant',3,'2026-11-23 06:33:16.157229','2026-11-23 06:33:16.157231');
INSERT INTO "user_roles" VALUES(3,'site_manager',4,'2026-11-23 06:33:16.157232','2026-11-23 06:33:16.157232');
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
INSERT INTO "users" VALUES('admin','管理员','scrypt$16384$8$1$K2cpLUfHeDO9KBznjJ5AoA==$twbO22u6/OczzRZ5aN+ESHo0APlk/DHjGxXjCCYy9h4=',1,0,NULL,1,1,'2026-11-23 06:33:16.108205','2026-11-23 06:33:16.108213');
INSERT INTO "users" VALUES('guwen1','王浩','scrypt$16384$8$1$eh3CfZtPd8oy8mTu0OH7rw==$pHT05LU27/JdoC2Fng9ttFjjTOZl6Z7sM0aXxbY28KM=',1,1,NULL,1,2,'2026-11-23 06:33:16.153966','2026-11-23 06:33:16.153972');
INSERT INTO "users" VALUES('jingli','黄建国',NULL,1,0,NULL,1,3,'2026-11-23 06:33:16.156642','2026-11-23 06:33:16.156644');
CREATE INDEX ix_audit_log_action ON audit_log (action);
CREATE INDEX ix_audit_log_created_at ON audit_log (created_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_user_roles_user_id ON user_roles (user_id);
COMMIT;
