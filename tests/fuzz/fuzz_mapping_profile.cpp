// libFuzzer target: a mapping profile as JSON, then CSV after the first NUL
// byte. Invalid profiles must be rejected cleanly; valid ones must import
// whatever bytes follow without crashing.
#include "import/importer.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(bytes, 0, size);
    const size_t jsonSize = nul ? size_t(static_cast<const char *>(nul) - bytes) : size;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(bytes, qsizetype(jsonSize)));
    QString error;
    const auto profile = sc::MappingProfile::fromJson(doc.object(), &error);
    if (!profile) {
        if (error.isEmpty())
            std::abort(); // a rejected profile always says why
        return 0;
    }
    // What we save we can read back.
    QString again;
    if (!sc::MappingProfile::fromJson(profile->toJson(), &again))
        std::abort();
    sc::ImportOptions options;
    options.profile = profile;
    options.knownAgents = {QStringLiteral("A1"), QStringLiteral("server")};
    const QByteArray csv = nul ? QByteArray(bytes + jsonSize + 1, qsizetype(size - jsonSize - 1)) : QByteArray();
    const auto result = sc::parseImportData(csv, QStringLiteral("fuzz.csv"), options);
    if (result.batch.has_value() == !result.errors.empty())
        std::abort();
    return 0;
}
