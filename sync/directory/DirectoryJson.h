#pragma once

#include "Directory.h"
#include "Expected.h"

#include <QJsonObject>

namespace kenshu::sync {

// The body of GET /api/v1/directory:
//   {"members": [{"id", "name", "kana", "roles": [{"role", "programId", "roomId": uuid|null}],
//                 "certifications": [{"start": "yyyy-MM-dd", "end": "yyyy-MM-dd"|null}]}],
//    "facilities": [{"id", "name", "number", "programId", "certifications": [...]}]}
// Roles this client does not know grant nothing and are skipped; anything else malformed (a
// member or facility without an id, a date that is not yyyy-MM-dd) fails with a message naming
// the entry, since a silently dropped period would refuse requests without saying why.
Expected<Directory> parseDirectory(const QJsonObject& body);

} // namespace kenshu::sync
