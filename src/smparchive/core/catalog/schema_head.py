"""The SQLite catalogue schema at head revision 0043: generated, do not edit.

Made from the migrations by ``python scripts/make_schema_head.py`` (a test fails when
it no longer matches them). A new SQLite catalogue runs these statements in one
transaction (``schema.create_from_head``) instead of replaying every migration.
"""

# ruff: noqa: E501, W291

REVISION = "0043"

STATEMENTS: tuple[str, ...] = (
    r"""CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)""",
    r"""CREATE TABLE clock_offsets (
	camera_key VARCHAR(600) NOT NULL, 
	offset_s INTEGER NOT NULL, 
	note TEXT, 
	CONSTRAINT pk_clock_offsets PRIMARY KEY (camera_key)
)""",
    r"""CREATE TABLE collections (
	id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	description TEXT, 
	"query" TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_collections PRIMARY KEY (id), 
	CONSTRAINT uq_collections_name UNIQUE (name)
)""",
    r"""CREATE TABLE events (
	id INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	acronym VARCHAR(100), 
	time_zone VARCHAR(64) NOT NULL, 
	venue VARCHAR(500), 
	description TEXT, 
	organisation VARCHAR(500), language VARCHAR(35), 
	CONSTRAINT pk_events PRIMARY KEY (id)
)""",
    r"""CREATE TABLE export_records (
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	target VARCHAR(4096) NOT NULL, 
	target_kind VARCHAR(16) NOT NULL, 
	preset VARCHAR(64) NOT NULL, 
	source TEXT, 
	settings JSON NOT NULL, 
	overrides JSON NOT NULL, 
	item_ids JSON NOT NULL, 
	item_count INTEGER NOT NULL, 
	bytes BIGINT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	message TEXT, 
	CONSTRAINT pk_export_records PRIMARY KEY (id)
)""",
    r"""CREATE TABLE roots (
	id INTEGER NOT NULL, 
	path VARCHAR(4096) NOT NULL, 
	label VARCHAR(200), 
	volume_id VARCHAR(200), 
	online BOOLEAN NOT NULL, 
	sidecar_policy VARCHAR(20) NOT NULL, 
	ignore_patterns JSON NOT NULL, 
	added_at DATETIME NOT NULL, 
	last_scan_at DATETIME, 
	CONSTRAINT pk_roots PRIMARY KEY (id), 
	CONSTRAINT uq_roots_path UNIQUE (path)
)""",
    r"""CREATE TABLE settings (
	"key" VARCHAR(200) NOT NULL, 
	value JSON NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
)""",
    r"""CREATE TABLE tags (
	id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	parent_id INTEGER, 
	restriction VARCHAR(20) NOT NULL, 
	note TEXT, name_key VARCHAR(500), consent_withdrawn_on DATE, 
	CONSTRAINT pk_tags PRIMARY KEY (id), 
	CONSTRAINT fk_tags_parent_id_tags FOREIGN KEY(parent_id) REFERENCES tags (id) ON DELETE CASCADE, 
	CONSTRAINT uq_tags_kind UNIQUE (kind, parent_id, name)
)""",
    r"""CREATE INDEX ix_tags_name ON tags (name)""",
    r"""CREATE TABLE undo_journal (
	id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	label VARCHAR(500) NOT NULL, 
	payload JSON NOT NULL, 
	redo JSON, 
	undone BOOLEAN NOT NULL, user_name VARCHAR(200), 
	CONSTRAINT pk_undo_journal PRIMARY KEY (id)
)""",
    r"""CREATE TABLE days (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	date DATE NOT NULL, 
	label VARCHAR(200), 
	CONSTRAINT pk_days PRIMARY KEY (id), 
	CONSTRAINT fk_days_event_id_events FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	CONSTRAINT uq_days_event_id UNIQUE (event_id, date)
)""",
    r"""CREATE INDEX ix_days_event_id ON days (event_id)""",
    r"""CREATE TABLE sessions (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	day_id INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	room VARCHAR(200), 
	start DATETIME NOT NULL, 
	"end" DATETIME NOT NULL, 
	track VARCHAR(200), 
	abstract TEXT, 
	speakers JSON NOT NULL, 
	external_id VARCHAR(200), 
	do_not_record BOOLEAN NOT NULL, 
	do_not_publish BOOLEAN NOT NULL, 
	CONSTRAINT pk_sessions PRIMARY KEY (id), 
	CONSTRAINT fk_sessions_day_id_days FOREIGN KEY(day_id) REFERENCES days (id) ON DELETE CASCADE, 
	CONSTRAINT fk_sessions_event_id_events FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE, 
	CONSTRAINT uq_sessions_event_id UNIQUE (event_id, external_id)
)""",
    r"""CREATE INDEX ix_sessions_day_start ON sessions (day_id, start)""",
    r"""CREATE TABLE session_tags (
	session_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	CONSTRAINT pk_session_tags PRIMARY KEY (session_id, tag_id), 
	CONSTRAINT fk_session_tags_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_session_tags_tag_id_tags FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE collection_items (
	collection_id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_collection_items PRIMARY KEY (collection_id, item_id), 
	CONSTRAINT fk_collection_items_collection_id_collections FOREIGN KEY(collection_id) REFERENCES collections (id) ON DELETE CASCADE, 
	CONSTRAINT fk_collection_items_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
)""",
    r"""CREATE INDEX ix_collection_items_order ON collection_items (collection_id, position)""",
    r"""CREATE TABLE item_content (
	item_id INTEGER NOT NULL, 
	text TEXT, 
	notes TEXT, 
	slide_titles JSON NOT NULL, 
	CONSTRAINT pk_item_content PRIMARY KEY (item_id), 
	CONSTRAINT fk_item_content_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE search_docs (
	item_id INTEGER NOT NULL, 
	doc TEXT NOT NULL, gen INTEGER DEFAULT '0' NOT NULL, hash BIGINT, 
	CONSTRAINT pk_search_docs PRIMARY KEY (item_id), 
	CONSTRAINT fk_search_docs_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE scan_problems (
	id INTEGER NOT NULL, 
	root_id INTEGER NOT NULL, 
	path VARCHAR(4096) NOT NULL, 
	reason TEXT NOT NULL, 
	seen_at DATETIME NOT NULL, 
	CONSTRAINT pk_scan_problems PRIMARY KEY (id), 
	CONSTRAINT fk_scan_problems_root_id_roots FOREIGN KEY(root_id) REFERENCES roots (id) ON DELETE CASCADE, 
	CONSTRAINT uq_scan_problems_root_id UNIQUE (root_id, path)
)""",
    r"""CREATE INDEX ix_scan_problems_root_id ON scan_problems (root_id)""",
    r"""CREATE UNIQUE INDEX uq_tags_identity ON tags (kind, coalesce(parent_id, 0), name_key)""",
    r"""CREATE INDEX ix_undo_journal_user ON undo_journal (user_name, id)""",
    r"""CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	user_name VARCHAR(200) NOT NULL, 
	action VARCHAR(8) NOT NULL, 
	label VARCHAR(500) NOT NULL, 
	entry_id INTEGER, 
	fields JSON NOT NULL, 
	details JSON NOT NULL, 
	item_count INTEGER NOT NULL, 
	CONSTRAINT pk_audit_log PRIMARY KEY (id)
)""",
    r"""CREATE INDEX ix_audit_log_user ON audit_log (user_name, id)""",
    r"""CREATE INDEX ix_audit_log_entry ON audit_log (entry_id)""",
    r"""CREATE TABLE root_mounts (
	root_id INTEGER NOT NULL, 
	machine VARCHAR(200) NOT NULL, 
	path VARCHAR(4096) NOT NULL, 
	CONSTRAINT pk_root_mounts PRIMARY KEY (root_id, machine), 
	CONSTRAINT fk_root_mounts_root_id_roots FOREIGN KEY(root_id) REFERENCES roots (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE faces (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	w FLOAT NOT NULL, 
	h FLOAT NOT NULL, 
	embedding BLOB, 
	confidence FLOAT NOT NULL, 
	person_id INTEGER, 
	state VARCHAR(12) NOT NULL, 
	cluster INTEGER, 
	source VARCHAR(12) NOT NULL, 
	CONSTRAINT pk_faces PRIMARY KEY (id), 
	CONSTRAINT fk_faces_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_faces_person_id_tags FOREIGN KEY(person_id) REFERENCES tags (id) ON DELETE SET NULL
)""",
    r"""CREATE INDEX ix_faces_item ON faces (item_id)""",
    r"""CREATE INDEX ix_faces_person_state ON faces (person_id, state)""",
    r"""CREATE TABLE face_scans (
	item_id INTEGER NOT NULL, 
	faces INTEGER NOT NULL, 
	scanned_at DATETIME NOT NULL, 
	CONSTRAINT pk_face_scans PRIMARY KEY (item_id), 
	CONSTRAINT fk_face_scans_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE segments (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	start_s FLOAT NOT NULL, 
	end_s FLOAT NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	session_id INTEGER, 
	chapters JSON NOT NULL, 
	origin VARCHAR(16) NOT NULL, 
	reason TEXT, captions JSON, 
	CONSTRAINT pk_segments PRIMARY KEY (id), 
	CONSTRAINT fk_segments_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_segments_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE SET NULL, 
	CONSTRAINT ck_segments_span CHECK (end_s > start_s)
)""",
    r"""CREATE INDEX ix_segments_item_start ON segments (item_id, start_s)""",
    r"""CREATE INDEX ix_segments_session ON segments (session_id)""",
    r"""CREATE TABLE "item_tags" (item_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, CONSTRAINT pk_item_tags PRIMARY KEY (item_id, tag_id), CONSTRAINT fk_item_tags_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, CONSTRAINT fk_item_tags_tag_id_tags FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE) WITHOUT ROWID""",
    r"""CREATE INDEX ix_item_tags_tag_item ON item_tags (tag_id, item_id)""",
    r"""CREATE TABLE "item_texts" (item_id INTEGER NOT NULL, field VARCHAR(16) NOT NULL, lang VARCHAR(16) NOT NULL, value TEXT NOT NULL, CONSTRAINT pk_item_texts PRIMARY KEY (item_id, field, lang), CONSTRAINT fk_item_texts_item_id_items FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE) WITHOUT ROWID""",
    r"""CREATE TABLE "audit_items" (audit_id INTEGER NOT NULL, item_id INTEGER NOT NULL, CONSTRAINT pk_audit_items PRIMARY KEY (audit_id, item_id), CONSTRAINT fk_audit_items_audit_id_audit_log FOREIGN KEY(audit_id) REFERENCES audit_log (id) ON DELETE CASCADE) WITHOUT ROWID""",
    r"""CREATE INDEX ix_audit_items_item ON audit_items (item_id, audit_id)""",
    r"""CREATE TABLE cameras (
	id INTEGER NOT NULL, 
	make VARCHAR(200) NOT NULL, 
	model VARCHAR(200) NOT NULL, 
	serial VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_cameras PRIMARY KEY (id), 
	CONSTRAINT uq_cameras_identity UNIQUE (make, model, serial)
)""",
    r"""CREATE TABLE facet_cells (
	id INTEGER NOT NULL, 
	"key" TEXT, 
	kind SMALLINT, 
	day_id INTEGER, 
	session_id INTEGER, 
	rating INTEGER, 
	flag INTEGER, 
	color_label VARCHAR(16), 
	consent SMALLINT, 
	status SMALLINT, 
	camera_id INTEGER, 
	n BIGINT NOT NULL, bytes BIGINT DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_facet_cells PRIMARY KEY (id), 
	CONSTRAINT uq_facet_cells_key UNIQUE ("key")
)""",
    r"""CREATE VIRTUAL TABLE search_fts USING fts5(doc, content='', tokenize='unicode61 remove_diacritics 2', columnsize=0)""",
    r"""CREATE TABLE search_stale (rowid INTEGER PRIMARY KEY)""",
    r"""CREATE TABLE folders (
	id INTEGER NOT NULL, 
	root_id INTEGER NOT NULL, 
	path VARCHAR(4096) NOT NULL, 
	CONSTRAINT pk_folders PRIMARY KEY (id), 
	CONSTRAINT uq_folders_root_path UNIQUE (root_id, path), 
	CONSTRAINT fk_folders_root_id_roots FOREIGN KEY(root_id) REFERENCES roots (id) ON DELETE CASCADE
)""",
    r"""CREATE TABLE "items" (
	id INTEGER NOT NULL, 
	root_id INTEGER NOT NULL, 
	folder_id INTEGER NOT NULL, 
	name VARCHAR(1024) NOT NULL, 
	kind SMALLINT NOT NULL, 
	mime VARCHAR(200), 
	format VARCHAR(32), 
	size BIGINT NOT NULL, 
	mtime_ns BIGINT NOT NULL, 
	sha256 VARCHAR(64), 
	capture_utc DATETIME, 
	capture_local DATETIME, 
	capture_offset_min INTEGER, 
	capture_source SMALLINT, 
	clock_shift_s INTEGER NOT NULL, 
	width INTEGER, 
	height INTEGER, 
	orientation INTEGER, 
	duration_s FLOAT, 
	frame_rate FLOAT, 
	video_codec VARCHAR(64), 
	audio_codec VARCHAR(64), 
	page_count INTEGER, 
	lens VARCHAR(200), 
	gps_lat FLOAT, 
	gps_lon FLOAT, 
	gps_alt FLOAT, 
	creator VARCHAR(500), 
	credit_line VARCHAR(500), 
	copyright VARCHAR(1000), 
	licence VARCHAR(500), 
	rating INTEGER NOT NULL, 
	flag INTEGER NOT NULL, 
	color_label VARCHAR(16), 
	consent SMALLINT NOT NULL, 
	consent_note TEXT, 
	day_id INTEGER, 
	session_id INTEGER, 
	assignment SMALLINT, 
	status SMALLINT NOT NULL, 
	status_reason TEXT, 
	warnings TEXT, 
	thumb_state SMALLINT NOT NULL, 
	has_embedded_thumb BOOLEAN NOT NULL, 
	in_point_s FLOAT, 
	out_point_s FLOAT, 
	poster_time_s FLOAT, 
	focus_x FLOAT, 
	focus_y FLOAT, 
	first_seen_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	last_verified_at DATETIME, sha_key VARCHAR(8) GENERATED ALWAYS AS (substr(sha256, 1, 8)) VIRTUAL, camera_id INTEGER, reader_version SMALLINT DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_items PRIMARY KEY (id), 
	CONSTRAINT ck_items_flag_values CHECK (flag IN (-1, 0, 1)), 
	CONSTRAINT ck_items_rating_range CHECK (rating BETWEEN 0 AND 5), 
	CONSTRAINT fk_items_day_id_days FOREIGN KEY(day_id) REFERENCES days (id) ON DELETE SET NULL, 
	CONSTRAINT fk_items_root_id_roots FOREIGN KEY(root_id) REFERENCES roots (id) ON DELETE CASCADE, 
	CONSTRAINT fk_items_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE SET NULL
)""",
    r"""CREATE INDEX ix_items_time ON items ((capture_utc IS NULL), capture_utc, id, rating, flag)""",
    r"""CREATE INDEX ix_items_day_time ON items (day_id, (capture_utc IS NULL), capture_utc, id, rating, flag)""",
    r"""CREATE INDEX ix_items_session_capture ON items (session_id, (capture_utc IS NULL), capture_utc)""",
    r"""CREATE INDEX ix_items_size ON items (size)""",
    r"""CREATE INDEX ix_items_flag_time ON items (flag, (capture_utc IS NULL), capture_utc) WHERE flag != 0""",
    r"""CREATE INDEX ix_items_warned ON items (status) WHERE warnings IS NOT NULL""",
    r"""CREATE INDEX ix_items_kind_time ON items (kind, (capture_utc IS NULL), capture_utc, id, rating, flag)""",
    r"""CREATE INDEX ix_items_reasoned ON items (status) WHERE status_reason IS NOT NULL""",
    r"""CREATE INDEX ix_items_sha_key ON items (sha_key)""",
    r"""CREATE INDEX ix_items_camera ON items (camera_id)""",
    r"""CREATE INDEX ix_items_facets ON items (kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, capture_utc)""",
    r"""CREATE UNIQUE INDEX ix_items_name ON items (name, folder_id)""",
    r"""CREATE TRIGGER search_docs_stale_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_stale (rowid) VALUES ((old.gen << 40) | old.item_id); END""",
    r"""CREATE TRIGGER search_docs_stale_au AFTER UPDATE OF gen ON search_docs WHEN new.gen != old.gen BEGIN INSERT INTO search_stale (rowid) VALUES ((old.gen << 40) | old.item_id); END""",
    r"""CREATE TABLE "facet_people" (
	tag_id INTEGER NOT NULL, 
	"key" TEXT NOT NULL, 
	kind SMALLINT, 
	day_id INTEGER, 
	session_id INTEGER, 
	rating INTEGER, 
	flag INTEGER, 
	color_label VARCHAR(16), 
	consent SMALLINT, 
	status SMALLINT, 
	camera_id INTEGER, 
	n BIGINT NOT NULL, 
	CONSTRAINT pk_facet_people PRIMARY KEY (tag_id, "key")
)
 WITHOUT ROWID

""",
    r"""CREATE INDEX ix_items_status ON items (status) WHERE status != 0""",
    r"""CREATE TRIGGER facet_cells_items_ai AFTER INSERT ON items BEGIN INSERT INTO facet_cells (key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n, bytes) VALUES (quote(NEW.kind) || '|' || quote(NEW.day_id) || '|' || quote(NEW.session_id) || '|' || quote(NEW.rating) || '|' || quote(NEW.flag) || '|' || quote(NEW.color_label) || '|' || quote(NEW.consent) || '|' || quote(NEW.status) || '|' || quote(NEW.camera_id), NEW.kind, NEW.day_id, NEW.session_id, NEW.rating, NEW.flag, NEW.color_label, NEW.consent, NEW.status, NEW.camera_id, 1, NEW.size) ON CONFLICT (key) DO UPDATE SET n = n + 1, bytes = bytes + excluded.bytes; END""",
    r"""CREATE TRIGGER facet_cells_items_bd BEFORE DELETE ON items BEGIN DELETE FROM item_tags WHERE item_id = OLD.id; END""",
    r"""CREATE TRIGGER facet_cells_items_ad AFTER DELETE ON items BEGIN INSERT INTO facet_cells (key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n, bytes) VALUES (quote(OLD.kind) || '|' || quote(OLD.day_id) || '|' || quote(OLD.session_id) || '|' || quote(OLD.rating) || '|' || quote(OLD.flag) || '|' || quote(OLD.color_label) || '|' || quote(OLD.consent) || '|' || quote(OLD.status) || '|' || quote(OLD.camera_id), OLD.kind, OLD.day_id, OLD.session_id, OLD.rating, OLD.flag, OLD.color_label, OLD.consent, OLD.status, OLD.camera_id, -1, -OLD.size) ON CONFLICT (key) DO UPDATE SET n = n + -1, bytes = bytes + excluded.bytes; END""",
    r"""CREATE TRIGGER facet_cells_items_au AFTER UPDATE OF kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, size ON items WHEN OLD.kind IS NOT NEW.kind OR OLD.day_id IS NOT NEW.day_id OR OLD.session_id IS NOT NEW.session_id OR OLD.rating IS NOT NEW.rating OR OLD.flag IS NOT NEW.flag OR OLD.color_label IS NOT NEW.color_label OR OLD.consent IS NOT NEW.consent OR OLD.status IS NOT NEW.status OR OLD.camera_id IS NOT NEW.camera_id OR OLD.size IS NOT NEW.size BEGIN INSERT INTO facet_cells (key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n, bytes) VALUES (quote(OLD.kind) || '|' || quote(OLD.day_id) || '|' || quote(OLD.session_id) || '|' || quote(OLD.rating) || '|' || quote(OLD.flag) || '|' || quote(OLD.color_label) || '|' || quote(OLD.consent) || '|' || quote(OLD.status) || '|' || quote(OLD.camera_id), OLD.kind, OLD.day_id, OLD.session_id, OLD.rating, OLD.flag, OLD.color_label, OLD.consent, OLD.status, OLD.camera_id, -1, -OLD.size) ON CONFLICT (key) DO UPDATE SET n = n + -1, bytes = bytes + excluded.bytes; INSERT INTO facet_cells (key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n, bytes) VALUES (quote(NEW.kind) || '|' || quote(NEW.day_id) || '|' || quote(NEW.session_id) || '|' || quote(NEW.rating) || '|' || quote(NEW.flag) || '|' || quote(NEW.color_label) || '|' || quote(NEW.consent) || '|' || quote(NEW.status) || '|' || quote(NEW.camera_id), NEW.kind, NEW.day_id, NEW.session_id, NEW.rating, NEW.flag, NEW.color_label, NEW.consent, NEW.status, NEW.camera_id, 1, NEW.size) ON CONFLICT (key) DO UPDATE SET n = n + 1, bytes = bytes + excluded.bytes; INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT t.tag_id, quote(OLD.kind) || '|' || quote(OLD.day_id) || '|' || quote(OLD.session_id) || '|' || quote(OLD.rating) || '|' || quote(OLD.flag) || '|' || quote(OLD.color_label) || '|' || quote(OLD.consent) || '|' || quote(OLD.status) || '|' || quote(OLD.camera_id), OLD.kind, OLD.day_id, OLD.session_id, OLD.rating, OLD.flag, OLD.color_label, OLD.consent, OLD.status, OLD.camera_id, -1 FROM item_tags AS t WHERE t.item_id = OLD.id AND (OLD.kind IS NOT NEW.kind OR OLD.day_id IS NOT NEW.day_id OR OLD.session_id IS NOT NEW.session_id OR OLD.rating IS NOT NEW.rating OR OLD.flag IS NOT NEW.flag OR OLD.color_label IS NOT NEW.color_label OR OLD.consent IS NOT NEW.consent OR OLD.status IS NOT NEW.status OR OLD.camera_id IS NOT NEW.camera_id) AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = t.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + -1; INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT t.tag_id, quote(NEW.kind) || '|' || quote(NEW.day_id) || '|' || quote(NEW.session_id) || '|' || quote(NEW.rating) || '|' || quote(NEW.flag) || '|' || quote(NEW.color_label) || '|' || quote(NEW.consent) || '|' || quote(NEW.status) || '|' || quote(NEW.camera_id), NEW.kind, NEW.day_id, NEW.session_id, NEW.rating, NEW.flag, NEW.color_label, NEW.consent, NEW.status, NEW.camera_id, 1 FROM item_tags AS t WHERE t.item_id = NEW.id AND (OLD.kind IS NOT NEW.kind OR OLD.day_id IS NOT NEW.day_id OR OLD.session_id IS NOT NEW.session_id OR OLD.rating IS NOT NEW.rating OR OLD.flag IS NOT NEW.flag OR OLD.color_label IS NOT NEW.color_label OR OLD.consent IS NOT NEW.consent OR OLD.status IS NOT NEW.status OR OLD.camera_id IS NOT NEW.camera_id) AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = t.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + 1; END""",
    r"""CREATE TRIGGER facet_cells_item_tags_ai AFTER INSERT ON item_tags BEGIN INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT NEW.tag_id, quote(i.kind) || '|' || quote(i.day_id) || '|' || quote(i.session_id) || '|' || quote(i.rating) || '|' || quote(i.flag) || '|' || quote(i.color_label) || '|' || quote(i.consent) || '|' || quote(i.status) || '|' || quote(i.camera_id), i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id, 1 FROM items AS i WHERE i.id = NEW.item_id AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = NEW.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + 1; END""",
    r"""CREATE TRIGGER facet_cells_item_tags_ad AFTER DELETE ON item_tags BEGIN INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT OLD.tag_id, quote(i.kind) || '|' || quote(i.day_id) || '|' || quote(i.session_id) || '|' || quote(i.rating) || '|' || quote(i.flag) || '|' || quote(i.color_label) || '|' || quote(i.consent) || '|' || quote(i.status) || '|' || quote(i.camera_id), i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id, -1 FROM items AS i WHERE i.id = OLD.item_id AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = OLD.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + -1; END""",
    r"""CREATE TRIGGER facet_cells_item_tags_au AFTER UPDATE ON item_tags BEGIN INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT OLD.tag_id, quote(i.kind) || '|' || quote(i.day_id) || '|' || quote(i.session_id) || '|' || quote(i.rating) || '|' || quote(i.flag) || '|' || quote(i.color_label) || '|' || quote(i.consent) || '|' || quote(i.status) || '|' || quote(i.camera_id), i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id, -1 FROM items AS i WHERE i.id = OLD.item_id AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = OLD.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + -1; INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT NEW.tag_id, quote(i.kind) || '|' || quote(i.day_id) || '|' || quote(i.session_id) || '|' || quote(i.rating) || '|' || quote(i.flag) || '|' || quote(i.color_label) || '|' || quote(i.consent) || '|' || quote(i.status) || '|' || quote(i.camera_id), i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id, 1 FROM items AS i WHERE i.id = NEW.item_id AND EXISTS (SELECT 1 FROM tags AS g WHERE g.id = NEW.tag_id AND g.kind = 'person') ON CONFLICT (tag_id, key) DO UPDATE SET n = n + 1; END""",
    r"""CREATE TRIGGER facet_cells_tags_bd BEFORE DELETE ON tags BEGIN DELETE FROM item_tags WHERE tag_id = OLD.id; DELETE FROM facet_people WHERE tag_id = OLD.id; END""",
    r"""CREATE TRIGGER facet_cells_tags_au AFTER UPDATE OF kind ON tags WHEN OLD.kind IS NOT NEW.kind BEGIN DELETE FROM facet_people WHERE tag_id = OLD.id; INSERT INTO facet_people (tag_id, key, kind, day_id, session_id, rating, flag, color_label, consent, status, camera_id, n) SELECT t.tag_id, quote(i.kind) || '|' || quote(i.day_id) || '|' || quote(i.session_id) || '|' || quote(i.rating) || '|' || quote(i.flag) || '|' || quote(i.color_label) || '|' || quote(i.consent) || '|' || quote(i.status) || '|' || quote(i.camera_id), i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id, count(*) FROM item_tags AS t JOIN items AS i ON i.id = t.item_id WHERE t.tag_id IN (SELECT id FROM tags WHERE kind = 'person') AND t.tag_id = NEW.id GROUP BY t.tag_id, i.kind, i.day_id, i.session_id, i.rating, i.flag, i.color_label, i.consent, i.status, i.camera_id; END""",
    r"""CREATE TABLE time_cells (
	bucket BIGINT NOT NULL, 
	camera_id INTEGER NOT NULL, 
	kind SMALLINT NOT NULL, 
	cls SMALLINT NOT NULL, 
	seq BIGINT NOT NULL, 
	n BIGINT NOT NULL, 
	CONSTRAINT pk_time_cells PRIMARY KEY (bucket, camera_id, kind, cls, seq)
)
 WITHOUT ROWID

""",
    r"""CREATE TRIGGER time_cells_items_ai AFTER INSERT ON items WHEN NEW.capture_utc IS NOT NULL BEGIN INSERT INTO time_cells (bucket, camera_id, kind, cls, seq, n) SELECT (CASE WHEN NEW.capture_utc >= 0 THEN NEW.capture_utc / 60000000 ELSE (NEW.capture_utc - 59999999) / 60000000 END), coalesce(NEW.camera_id, 0), NEW.kind, CASE WHEN NEW.duration_s > 300 OR NEW.duration_s < 0 THEN 1 WHEN NEW.kind IN (3, 4) OR NEW.assignment = 1 THEN 2 WHEN NEW.capture_source = 9 THEN 3 WHEN NEW.kind IN (1, 2) AND NEW.duration_s > 0 THEN 4 ELSE 0 END, 0, 1 WHERE NEW.capture_utc IS NOT NULL ON CONFLICT (bucket, camera_id, kind, cls, seq) DO UPDATE SET n = n + 1; END""",
    r"""CREATE TRIGGER time_cells_items_ad AFTER DELETE ON items WHEN OLD.capture_utc IS NOT NULL BEGIN INSERT INTO time_cells (bucket, camera_id, kind, cls, seq, n) SELECT (CASE WHEN OLD.capture_utc >= 0 THEN OLD.capture_utc / 60000000 ELSE (OLD.capture_utc - 59999999) / 60000000 END), coalesce(OLD.camera_id, 0), OLD.kind, CASE WHEN OLD.duration_s > 300 OR OLD.duration_s < 0 THEN 1 WHEN OLD.kind IN (3, 4) OR OLD.assignment = 1 THEN 2 WHEN OLD.capture_source = 9 THEN 3 WHEN OLD.kind IN (1, 2) AND OLD.duration_s > 0 THEN 4 ELSE 0 END, 0, -1 WHERE OLD.capture_utc IS NOT NULL ON CONFLICT (bucket, camera_id, kind, cls, seq) DO UPDATE SET n = n + -1; END""",
    r"""CREATE TRIGGER time_cells_items_au AFTER UPDATE OF capture_utc, camera_id, kind, duration_s, assignment, capture_source ON items WHEN (CASE WHEN OLD.capture_utc >= 0 THEN OLD.capture_utc / 60000000 ELSE (OLD.capture_utc - 59999999) / 60000000 END) IS NOT (CASE WHEN NEW.capture_utc >= 0 THEN NEW.capture_utc / 60000000 ELSE (NEW.capture_utc - 59999999) / 60000000 END) OR coalesce(OLD.camera_id, 0) IS NOT coalesce(NEW.camera_id, 0) OR OLD.kind IS NOT NEW.kind OR CASE WHEN OLD.duration_s > 300 OR OLD.duration_s < 0 THEN 1 WHEN OLD.kind IN (3, 4) OR OLD.assignment = 1 THEN 2 WHEN OLD.capture_source = 9 THEN 3 WHEN OLD.kind IN (1, 2) AND OLD.duration_s > 0 THEN 4 ELSE 0 END IS NOT CASE WHEN NEW.duration_s > 300 OR NEW.duration_s < 0 THEN 1 WHEN NEW.kind IN (3, 4) OR NEW.assignment = 1 THEN 2 WHEN NEW.capture_source = 9 THEN 3 WHEN NEW.kind IN (1, 2) AND NEW.duration_s > 0 THEN 4 ELSE 0 END BEGIN INSERT INTO time_cells (bucket, camera_id, kind, cls, seq, n) SELECT (CASE WHEN OLD.capture_utc >= 0 THEN OLD.capture_utc / 60000000 ELSE (OLD.capture_utc - 59999999) / 60000000 END), coalesce(OLD.camera_id, 0), OLD.kind, CASE WHEN OLD.duration_s > 300 OR OLD.duration_s < 0 THEN 1 WHEN OLD.kind IN (3, 4) OR OLD.assignment = 1 THEN 2 WHEN OLD.capture_source = 9 THEN 3 WHEN OLD.kind IN (1, 2) AND OLD.duration_s > 0 THEN 4 ELSE 0 END, 0, -1 WHERE OLD.capture_utc IS NOT NULL ON CONFLICT (bucket, camera_id, kind, cls, seq) DO UPDATE SET n = n + -1; INSERT INTO time_cells (bucket, camera_id, kind, cls, seq, n) SELECT (CASE WHEN NEW.capture_utc >= 0 THEN NEW.capture_utc / 60000000 ELSE (NEW.capture_utc - 59999999) / 60000000 END), coalesce(NEW.camera_id, 0), NEW.kind, CASE WHEN NEW.duration_s > 300 OR NEW.duration_s < 0 THEN 1 WHEN NEW.kind IN (3, 4) OR NEW.assignment = 1 THEN 2 WHEN NEW.capture_source = 9 THEN 3 WHEN NEW.kind IN (1, 2) AND NEW.duration_s > 0 THEN 4 ELSE 0 END, 0, 1 WHERE NEW.capture_utc IS NOT NULL ON CONFLICT (bucket, camera_id, kind, cls, seq) DO UPDATE SET n = n + 1; END""",
    r"""CREATE TABLE session_texts (
	session_id INTEGER NOT NULL, 
	field VARCHAR(16) NOT NULL, 
	lang VARCHAR(35) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_session_texts PRIMARY KEY (session_id, field, lang), 
	CONSTRAINT fk_session_texts_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
)
 WITHOUT ROWID

""",
    r"""CREATE TABLE event_texts (
	event_id INTEGER NOT NULL, 
	field VARCHAR(16) NOT NULL, 
	lang VARCHAR(35) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_event_texts PRIMARY KEY (event_id, field, lang), 
	CONSTRAINT fk_event_texts_event_id_events FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
 WITHOUT ROWID

""",
    r"""CREATE TABLE day_texts (
	day_id INTEGER NOT NULL, 
	field VARCHAR(16) NOT NULL, 
	lang VARCHAR(35) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_day_texts PRIMARY KEY (day_id, field, lang), 
	CONSTRAINT fk_day_texts_day_id_days FOREIGN KEY(day_id) REFERENCES days (id) ON DELETE CASCADE
)
 WITHOUT ROWID

""",
    r"""INSERT INTO alembic_version (version_num) VALUES ('0043')""",
)
