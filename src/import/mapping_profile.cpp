#include "import/mapping_profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

struct KindColumns {
    QStringList fields;
    QStringList required;
};

const KindColumns &columnsOf(ImportKind kind)
{
    static const KindColumns agents{
        {u"agent_id"_s, u"name"_s, u"team"_s, u"supervisor"_s, u"employment"_s, u"email"_s, u"active"_s},
        {u"agent_id"_s, u"name"_s, u"team"_s}};
    static const KindColumns time{{u"agent_id"_s, u"date"_s, u"worked_minutes"_s, u"scheduled_minutes"_s,
                                   u"adherent_minutes"_s, u"occupied_minutes"_s},
                                  {u"agent_id"_s, u"date"_s, u"worked_minutes"_s}};
    static const KindColumns contacts{
        {u"agent_id"_s, u"date"_s, u"channel"_s, u"contacts"_s, u"handle_seconds"_s, u"fcr"_s},
        {u"agent_id"_s, u"date"_s}};
    static const KindColumns qa{
        {u"evaluation_id"_s, u"agent_id"_s, u"date"_s, u"score"_s, u"evaluator"_s, u"form"_s, u"comment"_s},
        {u"evaluation_id"_s, u"agent_id"_s, u"date"_s, u"score"_s}};
    static const KindColumns survey{{u"response_id"_s, u"agent_id"_s, u"date"_s, u"csat"_s, u"nps"_s, u"comment"_s},
                                    {u"response_id"_s, u"agent_id"_s, u"date"_s}};
    static const KindColumns kcs{{u"event_id"_s, u"agent_id"_s, u"date"_s, u"type"_s},
                                 {u"event_id"_s, u"agent_id"_s, u"date"_s, u"type"_s}};
    static const KindColumns serviceLevel{
        {u"team"_s, u"date"_s, u"offered"_s, u"answered_in_sl"_s, u"answered"_s, u"answer_seconds"_s},
        {u"team"_s, u"date"_s, u"offered"_s, u"answered_in_sl"_s}};
    switch (kind) {
    case ImportKind::Agents: return agents;
    case ImportKind::Time: return time;
    case ImportKind::Contacts: return contacts;
    case ImportKind::Qa: return qa;
    case ImportKind::Survey: return survey;
    case ImportKind::Kcs: return kcs;
    case ImportKind::ServiceLevel: return serviceLevel;
    }
    return agents;
}

QString durationName(DurationFormat f)
{
    switch (f) {
    case DurationFormat::Native: return {};
    case DurationFormat::Seconds: return u"seconds"_s;
    case DurationFormat::HhMmSs: return u"hh:mm:ss"_s;
    case DurationFormat::DayFraction: return u"day_fraction"_s;
    }
    return {};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A JSON scalar as text: profiles written by hand often say 1 instead of "1".
std::optional<QString> scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

std::optional<QStringList> stringList(const QJsonValue &v)
{
    if (auto s = scalarText(v))
        return QStringList{*s};
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        auto s = scalarText(item);
        if (!s)
            return std::nullopt;
        out << *s;
    }
    return out;
}

} // namespace

QStringList kindFields(ImportKind kind) { return columnsOf(kind).fields; }
QStringList requiredFields(ImportKind kind) { return columnsOf(kind).required; }

QJsonObject MappingProfile::toJson() const
{
    QJsonObject o;
    o[u"name"_s] = name;
    o[u"kind"_s] = kindName(kind);
    o[u"delimiter"_s] = QString(QLatin1Char(delimiter));
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols[it.key()] = it.value();
    if (!cols.isEmpty())
        o[u"columns"_s] = cols;
    QJsonObject consts;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        consts[it.key()] = it.value();
    if (!consts.isEmpty())
        o[u"constants"_s] = consts;
    QJsonObject w;
    for (auto it = where.cbegin(); it != where.cend(); ++it)
        w[it.key()] = QJsonArray::fromStringList(it.value());
    if (!w.isEmpty())
        o[u"where"_s] = w;
    if (!dateFormat.isEmpty())
        o[u"date_format"_s] = dateFormat;
    if (durations != DurationFormat::Native)
        o[u"durations"_s] = durationName(durations);
    if (!trueValues.isEmpty() || !falseValues.isEmpty()) {
        QJsonObject b;
        b[u"true"_s] = QJsonArray::fromStringList(trueValues);
        b[u"false"_s] = QJsonArray::fromStringList(falseValues);
        o[u"booleans"_s] = b;
    }
    if (!values.isEmpty()) {
        QJsonObject v;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QJsonObject m;
            for (auto e = it.value().cbegin(); e != it.value().cend(); ++e)
                m[e.key()] = e.value() ? QJsonValue(*e.value()) : QJsonValue(QJsonValue::Null);
            v[it.key()] = m;
        }
        o[u"values"_s] = v;
    }
    if (headerRow != 1)
        o[u"header_row"_s] = headerRow;
    if (skipRows != 0)
        o[u"skip_rows"_s] = skipRows;
    if (!thresholds.isEmpty()) {
        QJsonObject t;
        for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it) {
            QJsonObject one;
            one[u"column"_s] = it.value().column;
            if (it.value().atMost)
                one[u"at_most"_s] = *it.value().atMost;
            if (it.value().atLeast)
                one[u"at_least"_s] = *it.value().atLeast;
            t[it.key()] = one;
        }
        o[u"thresholds"_s] = t;
    }
    if (!sheet.isEmpty())
        o[u"sheet"_s] = sheet;
    return o;
}

std::optional<MappingProfile> MappingProfile::fromJson(const QJsonObject &o, QString *error)
{
    static const QStringList knownKeys{u"name"_s,       u"kind"_s,   u"delimiter"_s,   u"columns"_s,
                                       u"constants"_s,  u"where"_s,  u"date_format"_s, u"durations"_s,
                                       u"booleans"_s,   u"values"_s, u"header_row"_s,  u"skip_rows"_s,
                                       u"thresholds"_s, u"sheet"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            fail(error,
                 u"mapping profile: unknown key '%1' (expected one of: %2)"_s.arg(it.key(), knownKeys.join(u", "_s)));
            return std::nullopt;
        }
    }

    MappingProfile p;
    p.name = o.value(u"name"_s).toString();

    const QJsonValue kindValue = o.value(u"kind"_s);
    if (!kindValue.isString()) {
        fail(error, u"mapping profile: 'kind' is missing (expected one of: agents, time, contacts, qa, "
                    "survey, kcs, service_level)"_s);
        return std::nullopt;
    }
    const auto kind = kindFromName(kindValue.toString().trimmed());
    if (!kind) {
        fail(error, u"mapping profile: unknown kind '%1' (expected one of: agents, time, contacts, qa, "
                    "survey, kcs, service_level)"_s.arg(kindValue.toString()));
        return std::nullopt;
    }
    p.kind = *kind;
    const QStringList fields = kindFields(p.kind);

    if (o.contains(u"delimiter"_s)) {
        const QJsonValue dv = o.value(u"delimiter"_s);
        QString d = dv.toString();
        if (d.compare(u"tab"_s, Qt::CaseInsensitive) == 0 || d == u"\\t"_s)
            d = u"\t"_s;
        // One printable ASCII character or a tab; a quote can't delimit RFC 4180 fields.
        const char16_t c = d.size() == 1 ? d.at(0).unicode() : 0;
        if (!dv.isString() || d.size() != 1 || ((c < 0x20 || c > 0x7e) && c != u'\t') || c == u'"') {
            fail(error, u"mapping profile: 'delimiter' must be one character such as \",\", \";\" or "
                        "\"\\t\" (got '%1')"_s.arg(dv.isString() ? dv.toString() : u"not a string"_s));
            return std::nullopt;
        }
        p.delimiter = char(d.at(0).unicode());
    }

    auto readFieldMap = [&](const QString &key, QHash<QString, QString> &out) -> bool {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(error, u"mapping profile: '%1' must be an object of field: value"_s.arg(key));
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString field = it.key().trimmed().toLower();
            if (!fields.contains(field))
                return fail(error, u"mapping profile: '%1' names unknown field '%2' for kind %3 (fields: %4)"_s.arg(
                                       key, it.key(), kindName(p.kind), fields.join(u", "_s)));
            const auto text = scalarText(it.value());
            if (!text)
                return fail(error, u"mapping profile: '%1'.'%2' must be a string"_s.arg(key, it.key()));
            if (key == u"columns"_s && text->trimmed().isEmpty())
                return fail(error, u"mapping profile: 'columns'.'%1' is empty"_s.arg(it.key()));
            out.insert(field, *text);
        }
        return true;
    };
    if (!readFieldMap(u"columns"_s, p.columns) || !readFieldMap(u"constants"_s, p.constants))
        return std::nullopt;
    for (auto it = p.constants.cbegin(); it != p.constants.cend(); ++it) {
        if (p.columns.contains(it.key())) {
            fail(error, u"mapping profile: field '%1' is both in 'columns' and in 'constants'"_s.arg(it.key()));
            return std::nullopt;
        }
    }

    const QJsonValue wv = o.value(u"where"_s);
    if (!wv.isUndefined() && !wv.isNull()) {
        if (!wv.isObject()) {
            fail(error, u"mapping profile: 'where' must be an object of column: [values]"_s);
            return std::nullopt;
        }
        const QJsonObject w = wv.toObject();
        for (auto it = w.begin(); it != w.end(); ++it) {
            const auto values = stringList(it.value());
            if (!values || values->isEmpty()) {
                fail(error, u"mapping profile: 'where'.'%1' must be a non-empty list of strings"_s.arg(it.key()));
                return std::nullopt;
            }
            p.where.insert(it.key(), *values);
        }
    }

    const QJsonValue df = o.value(u"date_format"_s);
    if (!df.isUndefined() && !df.isNull()) {
        const QString f = df.toString().trimmed();
        // A date needs a year, a month and a day; Qt would silently default them.
        if (!df.isString() || !f.contains(u"yy"_s) || !f.contains(u'M') || !f.contains(u'd')) {
            fail(error, u"mapping profile: 'date_format' must be a Qt date format with year, month and day, "
                        "e.g. \"dd/MM/yyyy\" (got '%1')"_s.arg(df.toString()));
            return std::nullopt;
        }
        p.dateFormat = f;
    }

    const QJsonValue dur = o.value(u"durations"_s);
    if (!dur.isUndefined() && !dur.isNull()) {
        const QString d = dur.toString().trimmed().toLower();
        if (d == u"seconds"_s)
            p.durations = DurationFormat::Seconds;
        else if (d == u"hh:mm:ss"_s || d == u"h:mm:ss"_s || d == u"mm:ss"_s)
            p.durations = DurationFormat::HhMmSs;
        else if (d == u"day_fraction"_s)
            p.durations = DurationFormat::DayFraction;
        else {
            fail(error, u"mapping profile: 'durations' must be \"seconds\", \"hh:mm:ss\" or \"day_fraction\" "
                        "(got '%1')"_s.arg(dur.isString() ? dur.toString() : u"not a string"_s));
            return std::nullopt;
        }
    }

    const QJsonValue bv = o.value(u"booleans"_s);
    if (!bv.isUndefined() && !bv.isNull()) {
        const QJsonObject b = bv.toObject();
        bool ok = bv.isObject();
        for (auto it = b.begin(); ok && it != b.end(); ++it)
            ok = it.key() == u"true"_s || it.key() == u"false"_s;
        const auto t = stringList(b.value(u"true"_s));
        const auto f = stringList(b.value(u"false"_s));
        if (!ok || !t || !f) {
            fail(error, u"mapping profile: 'booleans' must be {\"true\": [...], \"false\": [...]}"_s);
            return std::nullopt;
        }
        for (const QString &s : *t) {
            for (const QString &x : *f) {
                if (s.trimmed().compare(x.trimmed(), Qt::CaseInsensitive) == 0) {
                    fail(error, u"mapping profile: 'booleans' lists '%1' as both true and false"_s.arg(s));
                    return std::nullopt;
                }
            }
        }
        p.trueValues = *t;
        p.falseValues = *f;
    }

    const QJsonValue vv = o.value(u"values"_s);
    if (!vv.isUndefined() && !vv.isNull()) {
        if (!vv.isObject()) {
            fail(error, u"mapping profile: 'values' must be an object of column: {text: number or null}"_s);
            return std::nullopt;
        }
        const QJsonObject v = vv.toObject();
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key().trimmed().isEmpty() || !it.value().isObject()) {
                fail(error,
                     u"mapping profile: 'values'.'%1' must be an object of text: number or null"_s.arg(it.key()));
                return std::nullopt;
            }
            ValueMap map;
            const QJsonObject m = it.value().toObject();
            for (auto e = m.begin(); e != m.end(); ++e) {
                if (e.value().isNull()) {
                    map.insert(e.key(), std::nullopt);
                } else if (e.value().isDouble() && std::isfinite(e.value().toDouble())) {
                    map.insert(e.key(), e.value().toDouble());
                } else {
                    fail(error,
                         u"mapping profile: 'values'.'%1'.'%2' must be a number or null"_s.arg(it.key(), e.key()));
                    return std::nullopt;
                }
            }
            for (auto a = map.cbegin(); a != map.cend(); ++a) {
                for (auto b = std::next(a); b != map.cend(); ++b) {
                    if (a.key().trimmed().compare(b.key().trimmed(), Qt::CaseInsensitive) == 0) {
                        fail(error, u"mapping profile: 'values'.'%1' lists '%2' twice"_s.arg(it.key(), a.key()));
                        return std::nullopt;
                    }
                }
            }
            p.values.insert(it.key().trimmed(), map);
        }
    }

    auto readCount = [&](const QString &key, int min, int &out) -> bool {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < min || d > 1000000)
            return fail(error, u"mapping profile: '%1' must be a whole number of at least %2"_s.arg(key).arg(min));
        out = int(d);
        return true;
    };
    if (!readCount(u"header_row"_s, 1, p.headerRow) || !readCount(u"skip_rows"_s, 0, p.skipRows))
        return std::nullopt;

    const QJsonValue tv = o.value(u"thresholds"_s);
    if (!tv.isUndefined() && !tv.isNull()) {
        const QString shape = u"must be {\"column\": \"header\", \"at_most\": number} (or \"at_least\", or both)"_s;
        if (!tv.isObject()) {
            fail(error, u"mapping profile: 'thresholds' must be an object of field: {column, at_most}"_s);
            return std::nullopt;
        }
        const QJsonObject t = tv.toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            const QString field = it.key().trimmed().toLower();
            if (!fields.contains(field)) {
                fail(error, u"mapping profile: 'thresholds' names unknown field '%1' for kind %2 (fields: %3)"_s.arg(
                                it.key(), kindName(p.kind), fields.join(u", "_s)));
                return std::nullopt;
            }
            if (p.columns.contains(field) || p.constants.contains(field)) {
                fail(error,
                     u"mapping profile: field '%1' has a threshold and also a column or a constant"_s.arg(field));
                return std::nullopt;
            }
            const QJsonObject one = it.value().toObject();
            Threshold th;
            th.column = one.value(u"column"_s).toString().trimmed();
            bool ok = it.value().isObject() && !th.column.isEmpty();
            for (auto k = one.begin(); ok && k != one.end(); ++k) {
                if (k.key() == u"column"_s)
                    ok = k.value().isString();
                else if (k.key() == u"at_most"_s && k.value().isDouble())
                    th.atMost = k.value().toDouble();
                else if (k.key() == u"at_least"_s && k.value().isDouble())
                    th.atLeast = k.value().toDouble();
                else
                    ok = false;
            }
            if (!ok || (!th.atMost && !th.atLeast)) {
                fail(error, u"mapping profile: 'thresholds'.'%1' %2"_s.arg(it.key(), shape));
                return std::nullopt;
            }
            p.thresholds.insert(field, th);
        }
    }

    const QJsonValue sv = o.value(u"sheet"_s);
    if (!sv.isUndefined() && !sv.isNull()) {
        if (!sv.isString() || sv.toString().trimmed().isEmpty()) {
            fail(error, u"mapping profile: 'sheet' must be the name of a sheet"_s);
            return std::nullopt;
        }
        p.sheet = sv.toString().trimmed();
    }
    return p;
}

std::optional<MappingProfile> MappingProfile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, u"%1: cannot read mapping profile: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             u"%1: not valid JSON at offset %2: %3"_s.arg(path).arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, u"%1: a mapping profile must be a JSON object"_s.arg(path));
        return std::nullopt;
    }
    QString inner;
    auto p = fromJson(doc.object(), &inner);
    if (!p)
        fail(error, path + u": "_s + inner);
    return p;
}

bool MappingProfile::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, u"%1: cannot write mapping profile: %2"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error, u"%1: cannot write mapping profile: %2"_s.arg(path, file.errorString()));
    return true;
}

} // namespace sc
