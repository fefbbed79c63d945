#include "StoreMigrations.h"

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QStringList migrationStatements(int version)
{
    switch (version) {
    case 1:
        return {
            // Current local state of every record; `dirty` = changed here, not yet on the server.
            u"CREATE TABLE records ("
            " id TEXT PRIMARY KEY,"
            " type TEXT NOT NULL,"
            " parent_id TEXT,"
            " rev INTEGER NOT NULL DEFAULT 0,"
            " updated_at TEXT NOT NULL,"
            " updated_by TEXT NOT NULL DEFAULT '',"
            " deleted INTEGER NOT NULL DEFAULT 0,"
            " dirty INTEGER NOT NULL DEFAULT 0,"
            " data TEXT NOT NULL)"_s,
            u"CREATE INDEX records_by_type ON records (type, deleted)"_s,
            u"CREATE INDEX records_by_parent ON records (parent_id, type)"_s,
            // Local mutations in the order they were made; seq is the device's mutation number.
            u"CREATE TABLE outbox ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " record_id TEXT NOT NULL,"
            " type TEXT NOT NULL,"
            " base_rev INTEGER NOT NULL,"
            " created_at TEXT NOT NULL)"_s,
            // Content-addressed files under blobs/; deidentified_sha256 is filled by sync.
            u"CREATE TABLE blobs ("
            " sha256 TEXT PRIMARY KEY,"
            " size INTEGER NOT NULL,"
            " kind TEXT NOT NULL,"
            " state TEXT NOT NULL,"
            " deidentified_sha256 TEXT,"
            " added_at TEXT NOT NULL)"_s,
            u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)"_s,
            // Derived, local-only data: can always be regenerated from the blobs.
            u"CREATE TABLE thumbnails (series_uid TEXT PRIMARY KEY, png BLOB NOT NULL)"_s,
        };
    case 2:
        return {
            // Covering indexes for the case list, so that listing 10,000 cases reads index
            // pages only, not the (large) study records between them.
            u"CREATE INDEX records_case_list ON records (type, deleted, id, updated_at, data) "
            "WHERE type = 'case'"_s,
            u"CREATE INDEX records_case_children ON records (parent_id, type, deleted, "
            "updated_at) WHERE type IN ('study', 'document')"_s,
        };
    case 3:
        return {
            // Records that sync could not push as they are: a conflict (the server has a newer
            // version, kept here as JSON beside the local one) or a refusal (the server's code
            // and message). The local version stays in `records`, dirty, until the user decides.
            u"CREATE TABLE sync_issues ("
            " record_id TEXT PRIMARY KEY,"
            " kind TEXT NOT NULL,"
            " code TEXT NOT NULL DEFAULT '',"
            " message TEXT NOT NULL DEFAULT '',"
            " server_record TEXT,"
            " detected_at TEXT NOT NULL)"_s,
            u"CREATE INDEX outbox_by_record ON outbox (record_id, seq)"_s,
        };
    case 4:
        return {
            // What each local file left the workstation as (sync): the de-identified copy's
            // hash and size (deidentified_sha256 is the file itself for PDF and PNG), and
            // whether the server has it.
            u"ALTER TABLE blobs ADD COLUMN deidentified_size INTEGER"_s,
            u"ALTER TABLE blobs ADD COLUMN on_server INTEGER NOT NULL DEFAULT 0"_s,
            // What a held push waits for (JSON), e.g. the series to confirm.
            u"ALTER TABLE sync_issues ADD COLUMN detail TEXT"_s,
            // Series whose images the user has looked at: no patient data burned in.
            u"CREATE TABLE burned_in_confirmations ("
            " study_id TEXT NOT NULL,"
            " series_uid TEXT NOT NULL,"
            " confirmed_at TEXT NOT NULL,"
            " PRIMARY KEY (study_id, series_uid))"_s,
        };
    default:
        return {};
    }
}

} // namespace kenshu
