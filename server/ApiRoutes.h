#pragma once

#include <QString>
#include <httplib.h>

namespace kenshu::server {

class AccessLog;
class AuthService;
class BlobStorage;
class RecordService;
class ServerDatabase;
class TusUploads;

// What the routes call; owned by the serve command.
struct ApiServices
{
    const ServerDatabase& database;
    const AuthService& auth;
    const RecordService& records;
    const BlobStorage& blobs;
    TusUploads& uploads;
    AccessLog& log;
    QString adminContact; // shown on the password-reset page
};

// Registers every /api/v1 endpoint (docs/api.md) on `server`. Request bodies are read through
// content readers with limits, never buffered whole by the HTTP library.
void installApiRoutes(httplib::Server& server, ApiServices& services);

} // namespace kenshu::server
