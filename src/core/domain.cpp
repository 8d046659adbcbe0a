#include "domain.h"

namespace sc {

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Agents: return QStringLiteral("agents");
    case ImportKind::Time: return QStringLiteral("time");
    case ImportKind::Contacts: return QStringLiteral("contacts");
    case ImportKind::Qa: return QStringLiteral("qa");
    case ImportKind::Survey: return QStringLiteral("survey");
    case ImportKind::Kcs: return QStringLiteral("kcs");
    case ImportKind::ServiceLevel: return QStringLiteral("service_level");
    }
    return {};
}

const std::vector<ImportKind> &allKinds()
{
    static const std::vector<ImportKind> kinds{ImportKind::Agents,      ImportKind::Time,   ImportKind::Contacts,
                                               ImportKind::Qa,          ImportKind::Survey, ImportKind::Kcs,
                                               ImportKind::ServiceLevel};
    return kinds;
}

std::optional<ImportKind> kindFromName(QStringView name)
{
    for (ImportKind kind : allKinds())
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString kcsTypeName(KcsType type)
{
    switch (type) {
    case KcsType::Link: return QStringLiteral("link");
    case KcsType::Edit: return QStringLiteral("edit");
    case KcsType::Draft: return QStringLiteral("draft");
    }
    return {};
}

qint64 ImportBatch::recordCount() const
{
    return qint64(agents.size() + time.size() + contacts.size() + qa.size() + surveys.size() + kcs.size()
                  + serviceLevels.size());
}

} // namespace sc
