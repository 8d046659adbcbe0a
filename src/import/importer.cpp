#include "import/importer.h"

#include "import/csv_reader.h"
#include "import/value_parsing.h"
#include "import/xlsx_reader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace sc {

using namespace importdetail;

QString escapeControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c != 0x7f && c != 0x85 && c != 0x2028 && c != 0x2029) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case 0: out += u"\\0"_s; break;
        default: out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0')); break;
        }
    }
    return out;
}

QString ImportError::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    out += u": "_s;
    if (!column.isEmpty())
        out += u"column '%1': value '%2': "_s.arg(column, value);
    out += reason;
    // One line per problem, whatever the file held (SPEC section 5).
    return escapeControlCharacters(out);
}

namespace {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename T> using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

QString toQString(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// Values quoted in messages stay readable even when a cell holds a novel.
QString shown(std::string_view v)
{
    constexpr size_t limit = 120;
    if (v.size() <= limit)
        return toQString(v);
    return toQString(v.substr(0, limit)) + u"…"_s;
}

// Many NUL bytes or invalid UTF-8 sequences near the start: not a text file.
bool looksBinary(const QByteArray &data)
{
    if (looksLikeZip(data.left(4)))
        return true;
    std::string_view head(data.constData(), size_t(std::min<qsizetype>(data.size(), 4096)));
    int problems = 0;
    while (!head.empty() && problems < 8) {
        const auto p = findTextProblem(head);
        if (!p)
            break;
        ++problems;
        head.remove_prefix(p->offset + 1);
    }
    return problems >= 8;
}

QString textProblemReason(std::string_view v, const TextProblem &p)
{
    qint64 character = 1; // 1-based character position in the value
    for (size_t i = 0; i < p.offset; ++i)
        character += (static_cast<unsigned char>(v[i]) & 0xC0) != 0x80 ? 1 : 0;
    if (p.nul)
        return u"contains a NUL byte (character %1 of the value)"_s.arg(character);
    return u"not valid UTF-8 (byte 0x%1 at character %2 of the value); save the file as CSV UTF-8"_s
        .arg(int(p.byte), 2, 16, QChar(u'0'))
        .arg(character);
}

// Gives each distinct string (agent id, team, channel, record id) a small
// index so keys compare as integers and each value becomes one QString.
struct Interner {
    StringMap<int> index;
    std::vector<QString> values;
    // Returns the index and whether the value was new.
    std::pair<int, bool> get(std::string_view s)
    {
        auto it = index.find(s);
        if (it != index.end())
            return {it->second, false};
        const int i = int(values.size());
        index.emplace(std::string(s), i);
        values.push_back(toQString(s));
        return {i, true};
    }
};

// (agent or team, Julian day, channel): small integers, so a slot stays 16 bytes.
struct Key3 {
    qint32 a, b, c;
    bool operator==(const Key3 &) const = default;
};
// Open addressing: the contacts hot path looks a key up once per row and
// std::unordered_map's node hopping showed up in profiles.
class KeyIndex {
public:
    // The position stored for `key`, storing `pos` when the key is new.
    std::pair<size_t, bool> insert(const Key3 &key, size_t pos)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.pos == 0) {
                slot = {key, quint32(pos + 1)};
                ++m_count;
                return {pos, true};
            }
            if (slot.key == key)
                return {size_t(slot.pos - 1), false};
        }
    }

private:
    struct Slot {
        Key3 key{};
        quint32 pos = 0; // +1; 0 marks an empty slot
    };
    static size_t hash(const Key3 &k)
    {
        // splitmix64 finaliser over a cheap combination of the parts
        uint64_t x = uint64_t(k.a) * 0x9e3779b97f4a7c15ULL ^ uint64_t(k.b) * 0xc2b2ae3d27d4eb4fULL ^ uint64_t(k.c);
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return size_t(x);
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        m_count = 0;
        for (const Slot &slot : old)
            if (slot.pos != 0)
                insert(slot.key, slot.pos - 1);
    }
    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

enum class V { Absent, Ok, Bad };

// Field positions, in kindFields() order.
namespace F {
enum Agents { AgentId, Name, Team, Supervisor, Employment, Email, Active };
enum Time { TAgent, TDate, Worked, Scheduled, Adherent, Occupied };
enum Contacts { CAgent, CDate, Channel, Count, Handle, Fcr };
enum Qa { QId, QAgent, QDate, Score, Evaluator, Form, Comment };
enum Survey { SId, SAgent, SDate, Csat, Nps, SComment };
enum Kcs { KId, KAgent, KDate, KType };
enum ServiceLevel { SlTeam, SlDate, Offered, AnsweredInSl, Answered, AnswerSeconds };
} // namespace F

// The fields in which two rows of one key differ, for the error naming both lines.
template <typename T, typename M> void differ(QStringList &out, const T &a, const T &b, M T::*member, const char *name)
{
    if (!(a.*member == b.*member))
        out << QString::fromLatin1(name);
}
QStringList agentDifferences(const Agent &a, const Agent &b)
{
    QStringList d;
    differ(d, a, b, &Agent::name, "name");
    differ(d, a, b, &Agent::team, "team");
    differ(d, a, b, &Agent::supervisor, "supervisor");
    differ(d, a, b, &Agent::employment, "employment");
    differ(d, a, b, &Agent::email, "email");
    differ(d, a, b, &Agent::active, "active");
    return d;
}
QStringList timeDifferences(const TimeRecord &a, const TimeRecord &b)
{
    QStringList d;
    differ(d, a, b, &TimeRecord::workedMinutes, "worked_minutes");
    differ(d, a, b, &TimeRecord::scheduledMinutes, "scheduled_minutes");
    differ(d, a, b, &TimeRecord::adherentMinutes, "adherent_minutes");
    differ(d, a, b, &TimeRecord::occupiedMinutes, "occupied_minutes");
    return d;
}
QStringList qaDifferences(const QaEvaluation &a, const QaEvaluation &b)
{
    QStringList d;
    differ(d, a, b, &QaEvaluation::agentId, "agent_id");
    differ(d, a, b, &QaEvaluation::date, "date");
    differ(d, a, b, &QaEvaluation::score, "score");
    differ(d, a, b, &QaEvaluation::evaluator, "evaluator");
    differ(d, a, b, &QaEvaluation::form, "form");
    differ(d, a, b, &QaEvaluation::comment, "comment");
    return d;
}
QStringList surveyDifferences(const SurveyResponse &a, const SurveyResponse &b)
{
    QStringList d;
    differ(d, a, b, &SurveyResponse::agentId, "agent_id");
    differ(d, a, b, &SurveyResponse::date, "date");
    differ(d, a, b, &SurveyResponse::csat, "csat");
    differ(d, a, b, &SurveyResponse::nps, "nps");
    differ(d, a, b, &SurveyResponse::comment, "comment");
    return d;
}
QStringList kcsDifferences(const KcsEvent &a, const KcsEvent &b)
{
    QStringList d;
    differ(d, a, b, &KcsEvent::agentId, "agent_id");
    differ(d, a, b, &KcsEvent::date, "date");
    differ(d, a, b, &KcsEvent::type, "type");
    return d;
}

class Parser {
public:
    Parser(const QByteArray &data, const QString &fileName, const ImportOptions &options,
           const std::vector<qint64> *lineRow = nullptr)
        : m_data(data),
          m_fileName(fileName),
          m_options(options),
          m_lineRow(lineRow),
          m_reader(data.constData(), data.size(), options.profile ? options.profile->delimiter : ',')
    {
        if (const MappingProfile *p = profile()) {
            for (const QString &t : p->trueValues)
                m_trueValues.push_back(t.trimmed().toUtf8().toStdString());
            for (const QString &f : p->falseValues)
                m_falseValues.push_back(f.trimmed().toUtf8().toStdString());
        }
        m_trueValues.emplace_back("true");
        m_falseValues.emplace_back("false");
    }

    ImportResult run();

private:
    struct Field {
        QString name;    // the kind's field name
        QString label;   // how errors name it: the file's header, or "name (constant)"
        int column = -1; // index in the record, -1 when absent
        bool isConstant = false;
        std::string constant;
        bool required = false;
        int valueMap = -1;  // index in m_valueMaps for the column's `values`
        int threshold = -1; // index in m_thresholds: a 0/1 from another column
    };
    // A column's `values` map, resolved to the bytes we compare and substitute.
    struct ResolvedValueMap {
        int column = -1;
        struct Entry {
            std::string text;        // as written, trimmed
            std::string replacement; // the number as text; empty for null
        };
        std::vector<Entry> entries;
        QString known; // the texts, for error messages
    };
    struct ResolvedThreshold {
        int column = -1;
        std::optional<double> atMost, atLeast;
    };
    struct WhereFilter {
        int column = -1;
        std::vector<std::string> values;
    };

    const MappingProfile *profile() const { return m_options.profile ? &*m_options.profile : nullptr; }
    bool full() const { return m_options.maxErrors > 0 && qint64(m_errors.size()) >= m_options.maxErrors; }
    void addError(qint64 line, const QString &column, const QString &value, const QString &reason)
    {
        ++m_errorTotal;
        if (!full())
            m_errors.push_back({m_fileName, line, column, value, reason});
    }
    void addWarning(qint64 line, const QString &reason) { m_warnings.push_back({m_fileName, line, {}, {}, reason}); }
    // Where the row of a key goes: a new key appends, a repeated key is
    // collapsed when identical and an error naming both lines otherwise.
    template <typename T>
    void keep(std::vector<T> &rows, std::pair<size_t, bool> slot, T &&row, const CsvRecord &r, int keyField,
              const QString &keyText, QStringList (*differences)(const T &, const T &));
    std::pair<size_t, bool> slotById(std::string_view id, size_t size)
    {
        const int key = m_keys.get(id).first;
        if (size_t(key) >= m_posByKey.size())
            m_posByKey.resize(size_t(key) + 1, -1);
        qint64 &pos = m_posByKey[size_t(key)];
        if (pos >= 0)
            return {size_t(pos), false};
        pos = qint64(size);
        return {size, true};
    }
    void finish(ImportResult &result);
    void checkDateFormat();
    bool setUp(const CsvRecord &header);
    void readRow(const CsvRecord &r);

    std::string_view cell(const CsvRecord &r, int column) const
    {
        if (column < 0 || size_t(column) >= r.fields.size())
            return {};
        return trim(r.fields[size_t(column)]);
    }
    // The field's text: a constant, the mapped number of a `values` entry,
    // "1"/"0" from a threshold, or the cell as written.
    std::string_view raw(const CsvRecord &r, int f) const
    {
        const Field &field = m_fields[size_t(f)];
        if (field.isConstant)
            return field.constant;
        if (field.threshold >= 0) {
            const ResolvedThreshold &t = m_thresholds[size_t(field.threshold)];
            const std::string_view v = cell(r, t.column);
            if (v.empty())
                return {};
            std::optional<double> n = parseNumber(v);
            if (!n && v.find(':') != std::string_view::npos)
                n = parseClockDuration(v);
            if (!n)
                return v; // reported as "not a number" on the threshold's column
            const bool in = (!t.atMost || *n <= *t.atMost) && (!t.atLeast || *n >= *t.atLeast);
            return in ? std::string_view("1") : std::string_view("0");
        }
        const std::string_view v = cell(r, field.column);
        if (field.valueMap >= 0) {
            for (const auto &e : m_valueMaps[size_t(field.valueMap)].entries)
                if (equalsIgnoreCase(v, e.text))
                    return e.replacement;
        }
        return v;
    }
    V fail(const CsvRecord &r, int f, QString reason)
    {
        const Field &field = m_fields[size_t(f)];
        if (field.valueMap >= 0 && !field.isConstant) {
            const std::string_view v = raw(r, f);
            bool mapped = false;
            for (const auto &e : m_valueMaps[size_t(field.valueMap)].entries)
                mapped |= v.data() == e.replacement.data();
            if (!mapped)
                reason += u" (the profile's 'values' for this column know: %1)"_s.arg(
                    m_valueMaps[size_t(field.valueMap)].known);
        }
        addError(r.line, field.label, shown(raw(r, f)), reason);
        return V::Bad;
    }
    // Empty value: absent, or an error when the field is required.
    V presence(const CsvRecord &r, int f, std::string_view v)
    {
        if (!v.empty())
            return V::Ok;
        if (m_fields[size_t(f)].required)
            return fail(r, f, u"required value is empty"_s);
        return V::Absent;
    }

    V text(const CsvRecord &r, int f, QString &out);
    V date(const CsvRecord &r, int f, qint64 &julianDay);
    V number(const CsvRecord &r, int f, double &out);
    V count(const CsvRecord &r, int f, qint64 &out);
    V boolean(const CsvRecord &r, int f, bool &out);
    V duration(const CsvRecord &r, int f, bool minutes, double &out);
    V wholeInRange(const CsvRecord &r, int f, int lo, int hi, int &out);
    // Agent index, or -1 on an error (reported once per unknown agent).
    int agent(const CsvRecord &r, int f);
    std::optional<bool> matchBoolean(std::string_view v) const;

    void rowAgents(const CsvRecord &r);
    void rowTime(const CsvRecord &r);
    void rowContacts(const CsvRecord &r);
    void rowQa(const CsvRecord &r);
    void rowSurvey(const CsvRecord &r);
    void rowKcs(const CsvRecord &r);
    void rowServiceLevel(const CsvRecord &r);

    // The next record; for a sheet, its line is the sheet's row.
    bool nextRecord(CsvRecord &record)
    {
        if (!m_reader.next(record))
            return false;
        if (m_lineRow && record.line > 0 && size_t(record.line) < m_lineRow->size())
            record.line = (*m_lineRow)[size_t(record.line)];
        return true;
    }

    const QByteArray &m_data;
    QString m_fileName;
    const ImportOptions &m_options;
    const std::vector<qint64> *m_lineRow;
    CsvReader m_reader;
    std::vector<ImportError> m_errors;
    qint64 m_errorTotal = 0;
    std::vector<ImportError> m_warnings;
    std::vector<qint64> m_firstLine; // line of each batch row's first occurrence
    std::vector<ResolvedValueMap> m_valueMaps;
    std::vector<ResolvedThreshold> m_thresholds;
    ImportKind m_kind = ImportKind::Agents;
    std::vector<Field> m_fields;
    std::vector<WhereFilter> m_where;
    QStringList m_header;
    std::vector<std::string> m_trueValues, m_falseValues;
    ImportBatch m_batch;

    Interner m_agents;
    std::vector<char> m_agentKnown;
    std::vector<qint64> m_agentErrorIndex; // unknown agents: their error, and the rows they appear on
    std::vector<qint64> m_agentUnknownRows;
    Interner m_keys; // record ids (evaluation_id, ...), teams
    Interner m_channels;
    std::vector<qint64> m_posByKey; // Interner index -> position in the batch vector, -1 if none
    KeyIndex m_posByKey3;
    StringMap<qint64> m_dateCache; // for profiles with a Qt date format
    char m_lastIsoDate[10] = {};
    std::optional<qint64> m_lastIsoJulianDay;
};

std::optional<bool> Parser::matchBoolean(std::string_view v) const
{
    for (const std::string &t : m_trueValues)
        if (equalsIgnoreCase(v, t))
            return true;
    for (const std::string &f : m_falseValues)
        if (equalsIgnoreCase(v, f))
            return false;
    return std::nullopt;
}

V Parser::text(const CsvRecord &r, int f, QString &out)
{
    const std::string_view v = raw(r, f);
    const V p = presence(r, f, v);
    if (p == V::Ok)
        out = toQString(v);
    return p;
}

V Parser::date(const CsvRecord &r, int f, qint64 &julianDay)
{
    const std::string_view v = raw(r, f);
    if (V p = presence(r, f, v); p != V::Ok)
        return p;
    const MappingProfile *p = profile();
    if (!p || p->dateFormat.isEmpty() || p->dateFormat == u"yyyy-MM-dd"_s) {
        // Exports are usually sorted by date: reuse the last day's value.
        if (m_lastIsoJulianDay && v.size() >= 10 && std::memcmp(v.data(), m_lastIsoDate, 10) == 0
            && (v.size() == 10 || ((v[10] == 'T' || v[10] == ' ' || v[10] == 't') && isTimeOfDay(v.substr(11))))) {
            julianDay = *m_lastIsoJulianDay;
            return V::Ok;
        }
        if (auto jd = parseIsoDate(v)) {
            julianDay = *jd;
            std::memcpy(m_lastIsoDate, v.data(), 10);
            m_lastIsoJulianDay = jd;
            return V::Ok;
        }
        return fail(r, f, u"not a date (expected YYYY-MM-DD, optionally followed by a time)"_s);
    }
    // Qt's format parser is slow, so results are cached by the date part: a
    // timestamp written after the date counts for that date, and a month has
    // few days but may have a million distinct timestamps.
    std::string_view datePart = v;
    for (size_t i = 1; i < v.size(); ++i) {
        if ((v[i] == ' ' || v[i] == 'T') && isTimeOfDay(trim(v.substr(i + 1)))) {
            datePart = trim(v.substr(0, i));
            break;
        }
    }
    auto it = m_dateCache.find(datePart);
    if (it == m_dateCache.end()) {
        QDate d = QDate::fromString(toQString(datePart), p->dateFormat);
        if (!d.isValid() && datePart.size() != v.size()) {
            // The format itself may hold the time; QDate does not parse those.
            // (Local time: a time inside a DST gap may be rejected.)
            d = QDateTime::fromString(toQString(v), p->dateFormat).date();
        }
        if (d.isValid() && (d.year() < 1 || d.year() > 9999))
            d = QDate(); // outside what a store (and our keys) can hold
        it = m_dateCache
                 .emplace(std::string(datePart), d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::min())
                 .first;
    }
    if (it->second == std::numeric_limits<qint64>::min())
        return fail(r, f, u"not a date in the format '%1'"_s.arg(p->dateFormat));
    julianDay = it->second;
    return V::Ok;
}

V Parser::number(const CsvRecord &r, int f, double &out)
{
    const std::string_view v = raw(r, f);
    if (V p = presence(r, f, v); p != V::Ok)
        return p;
    if (auto n = parseNumber(v)) {
        out = *n;
        return V::Ok;
    }
    return fail(r, f, u"not a number"_s);
}

V Parser::count(const CsvRecord &r, int f, qint64 &out)
{
    const std::string_view v = raw(r, f);
    if (V p = presence(r, f, v); p != V::Ok)
        return p;
    if (auto b = matchBoolean(v)) {
        out = *b ? 1 : 0;
        return V::Ok;
    }
    const auto n = parseNumber(v);
    if (!n)
        return fail(r, f, u"not a number"_s);
    if (*n < 0)
        return fail(r, f, u"negative count"_s);
    if (*n != std::floor(*n))
        return fail(r, f, u"not a whole number"_s);
    // A bound far above any real count keeps the sums of a file within qint64.
    if (*n > 1e9)
        return fail(r, f, u"too large (more than 1,000,000,000)"_s);
    out = qint64(*n);
    return V::Ok;
}

V Parser::boolean(const CsvRecord &r, int f, bool &out)
{
    const std::string_view v = raw(r, f);
    if (V p = presence(r, f, v); p != V::Ok)
        return p;
    if (auto b = matchBoolean(v)) {
        out = *b;
        return V::Ok;
    }
    return fail(r, f, u"expected true or false"_s);
}

V Parser::duration(const CsvRecord &r, int f, bool minutes, double &out)
{
    const std::string_view v = raw(r, f);
    if (V p = presence(r, f, v); p != V::Ok)
        return p;
    const DurationFormat format = profile() ? profile()->durations : DurationFormat::Native;
    double value = 0;
    switch (format) {
    case DurationFormat::Native:
    case DurationFormat::Seconds: {
        const auto n = parseNumber(v);
        if (!n)
            return fail(
                r, f,
                v.find(':') != std::string_view::npos
                    ? u"not a number (for h:mm:ss values use a mapping profile with \"durations\": \"hh:mm:ss\")"_s
                    : u"not a number"_s);
        value = *n;
        if (format == DurationFormat::Seconds && minutes)
            value /= 60;
        break;
    }
    case DurationFormat::HhMmSs: {
        const auto s = parseClockDuration(v);
        if (!s)
            return fail(r, f, u"not a duration (expected h:mm:ss or mm:ss)"_s);
        value = minutes ? *s / 60 : *s;
        break;
    }
    case DurationFormat::DayFraction: {
        const auto n = parseNumber(v);
        if (!n)
            return fail(r, f, u"not a number (expected a fraction of a day)"_s);
        value = *n * (minutes ? 1440.0 : 86400.0);
        break;
    }
    }
    if (value < 0)
        return fail(r, f, minutes ? u"negative minutes"_s : u"negative seconds"_s);
    if (!std::isfinite(value) || value > 1e12)
        return fail(r, f, u"too large"_s);
    out = value;
    return V::Ok;
}

V Parser::wholeInRange(const CsvRecord &r, int f, int lo, int hi, int &out)
{
    double n = 0;
    const V p = number(r, f, n);
    if (p != V::Ok)
        return p;
    if (n != std::floor(n))
        return fail(r, f, u"not a whole number (expected %1 to %2)"_s.arg(lo).arg(hi));
    if (n < lo || n > hi)
        return fail(r, f, u"out of range (expected %1 to %2)"_s.arg(lo).arg(hi));
    out = int(n);
    return V::Ok;
}

int Parser::agent(const CsvRecord &r, int f)
{
    const std::string_view v = raw(r, f);
    if (presence(r, f, v) != V::Ok)
        return -1;
    const auto [index, isNew] = m_agents.get(v);
    if (isNew) {
        const bool known = m_options.knownAgents.contains(m_agents.values[size_t(index)]);
        m_agentKnown.push_back(known ? 1 : 0);
        m_agentErrorIndex.push_back(-1);
        m_agentUnknownRows.push_back(0);
        if (!known && !full()) {
            m_agentErrorIndex.back() = qint64(m_errors.size());
            fail(r, f, u"unknown agent (not in the store nor in an agents file of this import)"_s);
        }
    }
    if (m_agentKnown[size_t(index)])
        return index;
    ++m_agentUnknownRows[size_t(index)];
    return -1;
}

void Parser::rowAgents(const CsvRecord &r)
{
    Agent a;
    bool ok = text(r, F::AgentId, a.id) == V::Ok;
    ok &= text(r, F::Name, a.name) == V::Ok;
    ok &= text(r, F::Team, a.team) == V::Ok;
    ok &= text(r, F::Supervisor, a.supervisor) != V::Bad;
    ok &= text(r, F::Email, a.email) != V::Bad;
    const std::string_view e = raw(r, F::Employment);
    if (!e.empty()) {
        std::string norm(e);
        for (char &c : norm)
            c = (c == '-' || c == ' ') ? '_' : lowerAscii(c);
        if (norm == "full_time")
            a.employment = Employment::FullTime;
        else if (norm == "part_time")
            a.employment = Employment::PartTime;
        else
            ok = (fail(r, F::Employment, u"expected full_time or part_time"_s), false);
    }
    ok &= boolean(r, F::Active, a.active) != V::Bad;
    if (!ok)
        return;
    const std::string_view id = raw(r, F::AgentId);
    keep(m_batch.agents, slotById(id, m_batch.agents.size()), std::move(a), r, F::AgentId, toQString(id),
         agentDifferences);
}

void Parser::rowTime(const CsvRecord &r)
{
    const int a = agent(r, F::TAgent);
    qint64 jd = 0;
    bool ok = date(r, F::TDate, jd) == V::Ok;
    TimeRecord t;
    ok &= duration(r, F::Worked, true, t.workedMinutes) == V::Ok;
    double scheduled = 0, adherent = 0, occupied = 0;
    const V s = duration(r, F::Scheduled, true, scheduled);
    const V ad = duration(r, F::Adherent, true, adherent);
    const V oc = duration(r, F::Occupied, true, occupied);
    ok &= s != V::Bad && ad != V::Bad && oc != V::Bad;
    if (s == V::Ok)
        t.scheduledMinutes = scheduled;
    if (ad == V::Ok) {
        // Adherence is adherent / scheduled of the same rows: one without the
        // other would skew the ratio, so both are required together.
        if (s == V::Absent)
            ok = (fail(r, F::Adherent, u"adherent_minutes needs scheduled_minutes on the same row"_s), false);
        else if (s == V::Ok && adherent > scheduled + 1e-9)
            ok = (fail(r, F::Adherent,
                       u"adherent minutes exceed scheduled minutes (%1)"_s.arg(shown(raw(r, F::Scheduled)))),
                  false);
        t.adherentMinutes = adherent;
    }
    if (oc == V::Ok) {
        if (s == V::Absent)
            ok = (fail(r, F::Occupied, u"occupied_minutes needs scheduled_minutes on the same row"_s), false);
        t.occupiedMinutes = occupied;
    }
    if (!ok || a < 0)
        return;
    t.agentId = m_agents.values[size_t(a)];
    t.date = QDate::fromJulianDay(jd);
    const Key3 key{a, qint32(jd), 0};
    const QString keyText = t.agentId + u", "_s + t.date.toString(Qt::ISODate);
    keep(m_batch.time, m_posByKey3.insert(key, m_batch.time.size()), std::move(t), r, F::TAgent, keyText,
         timeDifferences);
}

void Parser::rowContacts(const CsvRecord &r)
{
    const int a = agent(r, F::CAgent);
    qint64 jd = 0;
    bool ok = date(r, F::CDate, jd) == V::Ok;
    qint64 contacts = 1;
    ok &= count(r, F::Count, contacts) != V::Bad;
    double handle = 0;
    const V h = duration(r, F::Handle, false, handle);
    ok &= h != V::Bad;
    qint64 fcr = 0;
    const V fv = count(r, F::Fcr, fcr);
    ok &= fv != V::Bad;
    if (fv == V::Ok && fcr > contacts)
        ok = (fail(r, F::Fcr, u"more first-contact resolutions than contacts (%1)"_s.arg(contacts)), false);
    if (!ok || a < 0)
        return;
    std::string_view channel = raw(r, F::Channel);
    int ch = 0;
    if (channel.empty()) {
        ch = m_channels.get("phone").first;
    } else {
        // Channels compare case-insensitively: "Phone" and "phone" are one key.
        bool lower = true;
        for (char c : channel)
            lower &= lowerAscii(c) == c;
        if (lower) {
            ch = m_channels.get(channel).first;
        } else {
            std::string l(channel);
            for (char &c : l)
                c = lowerAscii(c);
            ch = m_channels.get(l).first;
        }
    }
    const Key3 key{a, qint32(jd), ch};
    auto [it, inserted] = m_posByKey3.insert(key, m_batch.contacts.size());
    if (inserted) {
        ContactRecord c;
        c.agentId = m_agents.values[size_t(a)];
        c.date = QDate::fromJulianDay(jd);
        c.channel = m_channels.values[size_t(ch)];
        m_batch.contacts.push_back(std::move(c));
    } else {
        ++m_batch.rowsCollapsed;
    }
    // Rows of one file sharing a key are summed: a per-contact export imports as is.
    ContactRecord &c = m_batch.contacts[it];
    c.contacts += contacts;
    if (h == V::Ok) {
        c.handleSeconds = c.handleSeconds.value_or(0) + handle;
        c.handleContacts += contacts;
    }
    if (fv == V::Ok) {
        c.fcr = c.fcr.value_or(0) + fcr;
        c.fcrContacts += contacts;
    }
}

void Parser::rowQa(const CsvRecord &r)
{
    QaEvaluation q;
    bool ok = text(r, F::QId, q.evaluationId) == V::Ok;
    const int a = agent(r, F::QAgent);
    qint64 jd = 0;
    ok &= date(r, F::QDate, jd) == V::Ok;
    const V s = number(r, F::Score, q.score);
    ok &= s == V::Ok;
    if (s == V::Ok && (q.score < 0 || q.score > 100))
        ok = (fail(r, F::Score, u"score out of range (expected 0 to 100)"_s), false);
    ok &= text(r, F::Evaluator, q.evaluator) != V::Bad;
    ok &= text(r, F::Form, q.form) != V::Bad;
    ok &= text(r, F::Comment, q.comment) != V::Bad;
    if (!ok || a < 0)
        return;
    q.agentId = m_agents.values[size_t(a)];
    q.date = QDate::fromJulianDay(jd);
    const std::string_view id = raw(r, F::QId);
    keep(m_batch.qa, slotById(id, m_batch.qa.size()), std::move(q), r, F::QId, toQString(id), qaDifferences);
}

void Parser::rowSurvey(const CsvRecord &r)
{
    SurveyResponse s;
    bool ok = text(r, F::SId, s.responseId) == V::Ok;
    const int a = agent(r, F::SAgent);
    qint64 jd = 0;
    ok &= date(r, F::SDate, jd) == V::Ok;
    int csat = 0, nps = 0;
    const V c = wholeInRange(r, F::Csat, 1, 5, csat);
    const V n = wholeInRange(r, F::Nps, 0, 10, nps);
    ok &= c != V::Bad && n != V::Bad;
    ok &= text(r, F::SComment, s.comment) != V::Bad;
    if (!ok || a < 0)
        return;
    if (c == V::Ok)
        s.csat = csat;
    if (n == V::Ok)
        s.nps = nps;
    s.agentId = m_agents.values[size_t(a)];
    s.date = QDate::fromJulianDay(jd);
    const std::string_view id = raw(r, F::SId);
    keep(m_batch.surveys, slotById(id, m_batch.surveys.size()), std::move(s), r, F::SId, toQString(id),
         surveyDifferences);
}

void Parser::rowKcs(const CsvRecord &r)
{
    KcsEvent k;
    bool ok = text(r, F::KId, k.eventId) == V::Ok;
    const int a = agent(r, F::KAgent);
    qint64 jd = 0;
    ok &= date(r, F::KDate, jd) == V::Ok;
    const std::string_view t = raw(r, F::KType);
    if (presence(r, F::KType, t) != V::Ok)
        ok = false;
    else if (equalsIgnoreCase(t, "link"))
        k.type = KcsType::Link;
    else if (equalsIgnoreCase(t, "edit"))
        k.type = KcsType::Edit;
    else if (equalsIgnoreCase(t, "draft"))
        k.type = KcsType::Draft;
    else
        ok = (fail(r, F::KType, u"expected link, edit or draft"_s), false);
    if (!ok || a < 0)
        return;
    k.agentId = m_agents.values[size_t(a)];
    k.date = QDate::fromJulianDay(jd);
    const std::string_view id = raw(r, F::KId);
    keep(m_batch.kcs, slotById(id, m_batch.kcs.size()), std::move(k), r, F::KId, toQString(id), kcsDifferences);
}

void Parser::rowServiceLevel(const CsvRecord &r)
{
    ServiceLevelRecord s;
    bool ok = text(r, F::SlTeam, s.team) == V::Ok;
    qint64 jd = 0;
    ok &= date(r, F::SlDate, jd) == V::Ok;
    const V o = count(r, F::Offered, s.offered);
    const V a = count(r, F::AnsweredInSl, s.answeredInSl);
    qint64 answered = 0;
    const V an = count(r, F::Answered, answered);
    double seconds = 0;
    const V sec = duration(r, F::AnswerSeconds, false, seconds);
    ok &= o == V::Ok && a == V::Ok && an != V::Bad && sec != V::Bad;
    if (o == V::Ok && a == V::Ok && s.answeredInSl > s.offered)
        ok = (fail(r, F::AnsweredInSl, u"more calls answered in service level than offered (%1)"_s.arg(s.offered)),
              false);
    // A threshold on the wait says nothing of whether the call was answered:
    // a call that was not is not answered in service level either.
    if (a == V::Ok && an == V::Ok && m_fields[F::AnsweredInSl].threshold >= 0 && s.answeredInSl > answered)
        s.answeredInSl = answered;
    if (o == V::Ok && an == V::Ok && answered > s.offered)
        ok = (fail(r, F::Answered, u"more calls answered than offered (%1)"_s.arg(s.offered)), false);
    else if (a == V::Ok && an == V::Ok && s.answeredInSl > answered)
        ok = (fail(r, F::AnsweredInSl, u"more calls answered in service level than answered (%1)"_s.arg(answered)),
              false);
    if (sec == V::Ok && an == V::Absent)
        ok = (fail(r, F::AnswerSeconds, u"answer_seconds needs answered on the same row"_s), false);
    if (!ok)
        return;
    if (an == V::Ok)
        s.answered = answered;
    // The speed of answer is that of answered calls: the seconds of a row
    // with nothing answered (an abandoned call's wait) are not part of it.
    if (sec == V::Ok && answered > 0) {
        s.answerSeconds = seconds;
        s.asaAnswered = answered;
    }
    s.date = QDate::fromJulianDay(jd);
    const int team = m_keys.get(raw(r, F::SlTeam)).first;
    const Key3 key{team, qint32(jd), 0};
    auto [it, inserted] = m_posByKey3.insert(key, m_batch.serviceLevels.size());
    if (inserted) {
        m_batch.serviceLevels.push_back(std::move(s));
        return;
    }
    // Rows of one file that share (team, date) are summed, like contacts:
    // a per-call log imports as is.
    ++m_batch.rowsCollapsed;
    ServiceLevelRecord &sum = m_batch.serviceLevels[it];
    sum.offered += s.offered;
    sum.answeredInSl += s.answeredInSl;
    if (s.answered)
        sum.answered = sum.answered.value_or(0) + *s.answered;
    if (s.answerSeconds) {
        sum.answerSeconds = sum.answerSeconds.value_or(0) + *s.answerSeconds;
        sum.asaAnswered += s.asaAnswered;
    }
}

template <typename T>
void Parser::keep(std::vector<T> &rows, std::pair<size_t, bool> slot, T &&row, const CsvRecord &r, int keyField,
                  const QString &keyText, QStringList (*differences)(const T &, const T &))
{
    if (slot.second) {
        rows.push_back(std::move(row));
        m_firstLine.push_back(r.line);
        return;
    }
    const T &first = rows[slot.first];
    if (first == row) {
        ++m_batch.rowsCollapsed; // the same row twice: stored once, counted in the summary
        return;
    }
    addError(r.line, m_fields[size_t(keyField)].label, shown(raw(r, keyField)),
             u"same key (%1) as line %2 but a different %3"_s.arg(keyText)
                 .arg(m_firstLine[slot.first])
                 .arg(differences(first, row).join(u", "_s)));
}

void Parser::readRow(const CsvRecord &r)
{
    switch (m_kind) {
    case ImportKind::Agents: return rowAgents(r);
    case ImportKind::Time: return rowTime(r);
    case ImportKind::Contacts: return rowContacts(r);
    case ImportKind::Qa: return rowQa(r);
    case ImportKind::Survey: return rowSurvey(r);
    case ImportKind::Kcs: return rowKcs(r);
    case ImportKind::ServiceLevel: return rowServiceLevel(r);
    }
}

bool Parser::setUp(const CsvRecord &header)
{
    const MappingProfile *p = profile();
    for (std::string_view h : header.fields)
        m_header << toQString(trim(h));

    if (p) {
        if (m_options.kind && *m_options.kind != p->kind) {
            addError(1, {}, {},
                     u"the mapping profile '%1' is for %2 files, not %3"_s.arg(p->name, kindName(p->kind),
                                                                               kindName(*m_options.kind)));
            return false;
        }
        m_kind = p->kind;
    } else if (m_options.kind) {
        m_kind = *m_options.kind;
    } else {
        QStringList lowered;
        for (const QString &h : m_header)
            lowered << h.toLower();
        const auto detected = detectKind(lowered);
        if (!detected) {
            addError(1, {}, {},
                     u"cannot tell the kind of file from its header (%1); give the kind (agents, time, contacts, "
                     "qa, survey, kcs, service_level) or a mapping profile"_s.arg(m_header.join(u","_s).left(200)));
            return false;
        }
        m_kind = *detected;
    }
    m_batch.kind = m_kind;

    // Index of a header, matched trimmed and case-insensitively; reports a
    // header that appears twice, since we could not tell which one is meant.
    auto findColumn = [&](const QString &name, const QString &field) -> int {
        int found = -1;
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header[i].compare(name.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            if (found >= 0) {
                addError(1, m_header[i], {},
                         u"column appears more than once in the header (columns %1 and %2), cannot tell which "
                         "one is %3"_s.arg(found + 1)
                             .arg(i + 1)
                             .arg(field));
                return -2;
            }
            found = i;
        }
        return found;
    };

    const QStringList fields = kindFields(m_kind);
    const QStringList required = requiredFields(m_kind);
    bool ok = true;
    for (const QString &name : fields) {
        Field f;
        f.name = name;
        f.required = required.contains(name);
        if (p && p->constants.contains(name)) {
            f.isConstant = true;
            f.constant = p->constants.value(name).trimmed().toUtf8().toStdString();
            f.label = name + u" (constant)"_s;
        } else if (p && p->thresholds.contains(name)) {
            const Threshold &t = p->thresholds.value(name);
            ResolvedThreshold rt;
            rt.column = findColumn(t.column, name);
            rt.atMost = t.atMost;
            rt.atLeast = t.atLeast;
            f.label = t.column;
            if (rt.column == -1)
                addError(1, t.column, {}, u"missing column (the profile's threshold for %1 reads it)"_s.arg(name));
            if (rt.column < 0) {
                ok = false;
            } else {
                f.label = m_header[rt.column];
                f.threshold = int(m_thresholds.size());
                m_thresholds.push_back(rt);
            }
        } else {
            const bool mapped = p && p->columns.contains(name);
            const QString headerName = mapped ? p->columns.value(name).trimmed() : name;
            f.label = headerName;
            f.column = findColumn(headerName, name);
            if (f.column == -2) {
                ok = false;
            } else if (f.column >= 0) {
                f.label = m_header[f.column];
            } else if (f.required) {
                addError(1, headerName, {},
                         mapped ? u"missing required column (the profile maps %1 to it)"_s.arg(name)
                                : u"missing required column"_s);
                ok = false;
            } else if (mapped) {
                addError(1, headerName, {}, u"missing column (the profile maps %1 to it)"_s.arg(name));
                ok = false;
            }
        }
        m_fields.push_back(std::move(f));
    }
    if (p) {
        // `values` maps, keyed by the file's header (or, failing that, by the
        // field whose column it is).
        for (auto it = p->values.cbegin(); it != p->values.cend(); ++it) {
            int column = -1;
            for (int i = 0; i < m_header.size() && column < 0; ++i)
                if (m_header[i].compare(it.key(), Qt::CaseInsensitive) == 0)
                    column = i;
            for (const Field &f : m_fields)
                if (column < 0 && !f.isConstant && f.name.compare(it.key(), Qt::CaseInsensitive) == 0)
                    column = f.column;
            if (column < 0) {
                addError(1, it.key(), {}, u"missing column (the profile's 'values' map reads it)"_s);
                ok = false;
                continue;
            }
            ResolvedValueMap map;
            map.column = column;
            QStringList known;
            for (auto e = it.value().cbegin(); e != it.value().cend(); ++e) {
                std::string replacement;
                if (e.value()) {
                    char buffer[32];
                    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *e.value());
                    replacement.assign(buffer, ec == std::errc() ? end : buffer);
                }
                map.entries.push_back({e.key().trimmed().toUtf8().toStdString(), std::move(replacement)});
                known << e.key().trimmed();
            }
            known.sort();
            map.known = known.join(u", "_s);
            for (Field &f : m_fields)
                if (!f.isConstant && f.threshold < 0 && f.column == column)
                    f.valueMap = int(m_valueMaps.size());
            m_valueMaps.push_back(std::move(map));
        }
        for (auto it = p->where.cbegin(); it != p->where.cend(); ++it) {
            WhereFilter w;
            w.column = findColumn(it.key(), u"the 'where' filter"_s);
            if (w.column == -1)
                addError(1, it.key(), {}, u"missing column (the profile's 'where' filter reads it)"_s);
            if (w.column < 0) {
                ok = false;
                continue;
            }
            for (const QString &v : it.value())
                w.values.push_back(v.trimmed().toUtf8().toStdString());
            m_where.push_back(std::move(w));
        }
    }
    return ok;
}

ImportResult Parser::run()
{
    ImportResult result;
    m_batch.sourceFile = m_fileName;
    CsvRecord record;
    if (m_data.startsWith("\xFF\xFE") || m_data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" export: every other byte is NUL, nothing would match.
        addError(1, {}, {}, u"the file is UTF-16 encoded; save it as CSV UTF-8"_s);
        finish(result);
        return result;
    }
    if (looksBinary(m_data)) {
        // One short message, not a screenful of escaped bytes.
        addError(0, {}, {},
                 looksLikeZip(m_data.left(4))
                     ? u"the file is a zip archive but not a readable .xlsx workbook"_s
                     : u"the file is not text (binary data); expected a CSV file in UTF-8 or an .xlsx workbook"_s);
        finish(result);
        return result;
    }
    const int headerRow = profile() ? profile()->headerRow : 1;
    bool haveHeader = false;
    // Lines above header_row (a report title, export notes) are not read.
    while ((haveHeader = nextRecord(record)) && record.line < headerRow) {
    }
    if (!haveHeader) {
        if (headerRow > 1)
            addError(headerRow, {}, {},
                     u"the file has no header on line %1 (the profile's header_row) or after it"_s.arg(headerRow));
        else
            addError(1, {}, {}, u"the file is empty (expected a header line)"_s);
        finish(result);
        return result;
    }
    if (m_reader.hasError()) {
        const CsvError &e = m_reader.error();
        addError(record.line, u"field %1"_s.arg(e.field + 1), {},
                 u"malformed quoted field in the header: %1 (line %2, column %3)"_s.arg(e.message).arg(e.line).arg(
                     e.column));
        finish(result);
        return result;
    }
    for (size_t i = 0; i < record.fields.size(); ++i) {
        if (auto problem = findTextProblem(record.fields[i]))
            addError(record.line, u"field %1"_s.arg(i + 1), shown(record.fields[i]),
                     textProblemReason(record.fields[i], *problem));
    }
    if (!m_errors.empty() || !setUp(record)) {
        finish(result);
        return result;
    }
    // skip_rows: records after the header that are not data (a second header row).
    for (int i = 0, n = profile() ? profile()->skipRows : 0; i < n; ++i)
        if (!nextRecord(record))
            break;

    constexpr qsizetype progressStep = 1 << 20;
    const qsizetype total = m_data.size();
    qsizetype nextProgress = progressStep;
    // Read to the end even past maxErrors: the summary gives the total.
    while (nextRecord(record)) {
        if (m_options.progress && m_reader.position() >= nextProgress) {
            nextProgress = m_reader.position() + progressStep;
            if (!m_options.progress(m_reader.position(), total)) {
                result.cancelled = true;
                finish(result);
                return result;
            }
        }
        if (!m_reader.hasError()) {
            // Spreadsheets export formatted-but-empty rows as ",,,,": not data.
            bool blank = true;
            for (std::string_view f : record.fields)
                blank &= trim(f).empty();
            if (blank)
                continue;
        }
        ++m_batch.rowsRead;
        if (m_reader.hasError()) {
            const CsvError &e = m_reader.error();
            const QString column = e.field < m_header.size() ? m_header[e.field] : u"field %1"_s.arg(e.field + 1);
            const std::string_view value =
                size_t(e.field) < record.fields.size() ? record.fields[size_t(e.field)] : std::string_view();
            addError(record.line, column, shown(value),
                     u"malformed quoted field: %1 (line %2, column %3)"_s.arg(e.message).arg(e.line).arg(e.column));
            continue;
        }
        // Text must be valid UTF-8 without NUL bytes, in every column (13.9):
        // a replaced character would silently change an id or a name.
        bool textOk = true;
        for (size_t i = 0; i < record.fields.size() && textOk; ++i) {
            if (auto problem = findTextProblem(record.fields[i])) {
                const QString column =
                    qsizetype(i) < m_header.size() ? m_header[qsizetype(i)] : u"field %1"_s.arg(i + 1);
                addError(record.line, column, shown(record.fields[i]), textProblemReason(record.fields[i], *problem));
                textOk = false;
            }
        }
        if (!textOk)
            continue;
        bool keep = true;
        for (const WhereFilter &w : m_where) {
            const std::string_view v =
                size_t(w.column) < record.fields.size() ? trim(record.fields[size_t(w.column)]) : std::string_view();
            bool match = false;
            for (const std::string &accepted : w.values)
                match |= v == accepted;
            keep &= match;
        }
        if (!keep) {
            ++m_batch.rowsSkipped;
            continue;
        }
        readRow(record);
    }
    if (m_options.progress && !m_options.progress(total, total)) {
        result.cancelled = true;
        finish(result);
        return result;
    }
    // Each unknown agent is reported once, on its first row, with how often it appears.
    for (size_t i = 0; i < m_agentErrorIndex.size(); ++i) {
        const qint64 e = m_agentErrorIndex[i];
        if (e >= 0 && m_agentUnknownRows[i] > 1)
            m_errors[size_t(e)].reason += u"; on %1 rows"_s.arg(m_agentUnknownRows[i]);
    }
    if (!m_where.empty() && m_batch.rowsRead > 0 && m_batch.rowsSkipped == m_batch.rowsRead) {
        QStringList filters;
        for (auto it = profile()->where.cbegin(); it != profile()->where.cend(); ++it)
            filters << u"'%1' in (%2)"_s.arg(it.key(), it.value().join(u", "_s));
        filters.sort();
        addWarning(0, u"warning: the 'where' filter (%1) kept none of the %2 rows; check the profile's values"_s
                          .arg(filters.join(u" and "_s))
                          .arg(m_batch.rowsRead));
    }
    checkDateFormat();
    const bool ok = m_errors.empty();
    finish(result);
    if (ok)
        result.batch = std::move(m_batch);
    return result;
}

void Parser::finish(ImportResult &result)
{
    result.errors = std::move(m_errors);
    result.errorTotal = std::max<qint64>(m_errorTotal, qint64(result.errors.size()));
    result.warnings = std::move(m_warnings);
}

// A date_format under which every date of the file also reads with day and
// month swapped (all days up to 12) cannot tell 03/04 from 04/03: warn.
void Parser::checkDateFormat()
{
    const MappingProfile *p = profile();
    if (!p || p->dateFormat.isEmpty() || m_dateCache.empty())
        return;
    QString swapped = p->dateFormat;
    for (QChar &c : swapped)
        c = c == u'd' ? u'M' : c == u'M' ? u'd' : c;
    if (swapped == p->dateFormat)
        return;
    bool anyValid = false;
    for (const auto &[text, jd] : m_dateCache) {
        if (jd == std::numeric_limits<qint64>::min())
            continue;
        anyValid = true;
        const QString t = toQString(text);
        if (!QDate::fromString(t, swapped).isValid() && !QDateTime::fromString(t, swapped).isValid())
            return;
    }
    if (anyValid)
        addWarning(0, u"warning: every date of the file also reads with day and month swapped (as '%1'), so "
                      "date_format '%2' cannot be checked against the data; make sure it is the right one"_s.arg(
                          swapped, p->dateFormat));
}

} // namespace

ImportResult parseImportData(const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    Parser parser(data, fileName, options);
    return parser.run();
}

namespace {

bool isWorkbook(const QString &path)
{
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) || path.endsWith(u".xlsm"_s, Qt::CaseInsensitive))
        return true;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && looksLikeZip(f.read(4));
}

// An .xlsx sheet read as CSV, through the same parser; its errors name sheet rows.
ImportResult parseWorkbook(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    XlsxOptions xo;
    if (options.profile) {
        xo.sheet = options.profile->sheet;
        xo.dateFormat = options.profile->dateFormat;
        if (options.profile->durations == DurationFormat::DayFraction)
            xo.timeCells = XlsxTimeCells::DayFraction;
    }
    const XlsxSheet sheet = readXlsxSheet(path, xo);
    if (!sheet.error.isEmpty()) {
        result.errors.push_back({path, 0, {}, {}, sheet.error});
        result.errorTotal = 1;
        return result;
    }
    ImportOptions o = options;
    if (o.profile)
        o.profile->delimiter = ','; // the sheet is written out comma-separated
    Parser parser(sheet.csv, path, o, &sheet.lineRow);
    result = parser.run();
    if (sheet.cellErrors.empty())
        return result;
    // A cell error (#N/A, #DIV/0!, ...) is bad input wherever it is, at or
    // below the header, named by sheet, row and column.
    const qint64 headerRow = options.profile ? options.profile->headerRow : 1;
    QStringList header;
    {
        CsvReader reader(sheet.csv.constData(), sheet.csv.size(), ',');
        CsvRecord record;
        while (reader.next(record)) {
            const qint64 row =
                size_t(record.line) < sheet.lineRow.size() ? sheet.lineRow[size_t(record.line)] : record.line;
            if (row < headerRow)
                continue;
            for (std::string_view f : record.fields)
                header << toQString(trim(f));
            break;
        }
    }
    std::vector<ImportError> errors;
    QSet<qint64> rows;
    for (const XlsxCellError &e : sheet.cellErrors) {
        if (e.row < headerRow)
            continue;
        rows.insert(e.row);
        errors.push_back({path, e.row,
                          e.column < header.size() && e.row > headerRow ? header[e.column] : xlsxColumnName(e.column),
                          e.value,
                          u"cell error in sheet '%1', row %2, column %3 (cell %4)"_s.arg(sheet.sheetName)
                              .arg(e.row)
                              .arg(xlsxColumnName(e.column), e.reference)});
    }
    if (errors.empty())
        return result;
    for (ImportError &e : result.errors)
        if (!rows.contains(e.line))
            errors.push_back(std::move(e));
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    const qint64 extra = qint64(errors.size()) - qint64(result.errors.size());
    result.errorTotal += std::max<qint64>(extra, 0);
    if (options.maxErrors > 0 && qint64(errors.size()) > options.maxErrors)
        errors.resize(size_t(options.maxErrors));
    result.errors = std::move(errors);
    result.batch.reset();
    return result;
}

} // namespace

ImportResult parseImportFile(const QString &path, const ImportOptions &options)
{
    if (isWorkbook(path))
        return parseWorkbook(path, options);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.errors.push_back({path, 0, {}, {}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return result;
    }
    // Map the file rather than copy it: a 40 MB export is read once, by the parser.
    const qint64 size = file.size();
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
            ImportResult result = parseImportData(view, path, options);
            file.unmap(const_cast<uchar *>(mapped));
            return result;
        }
    }
    const QByteArray data = file.readAll(); // pipes and special files cannot be mapped
    if (file.error() != QFileDevice::NoError) {
        ImportResult result;
        result.errors.push_back({path, 0, {}, {}, u"cannot read the file: %1"_s.arg(file.errorString())});
        return result;
    }
    return parseImportData(data, path, options);
}

std::optional<ImportKind> detectKind(const QStringList &header)
{
    QSet<QString> present;
    for (const QString &h : header)
        present.insert(h.trimmed().toLower());
    std::optional<ImportKind> best;
    std::pair<int, int> bestScore{-1, -1};
    bool tie = false;
    for (ImportKind kind : allKinds()) {
        const QStringList required = requiredFields(kind);
        bool all = true;
        for (const QString &r : required)
            all &= present.contains(r);
        if (!all)
            continue;
        // Most specific: the most required columns, then the most optional ones.
        int optional = 0;
        for (const QString &f : kindFields(kind))
            optional += (!required.contains(f) && present.contains(f)) ? 1 : 0;
        const std::pair<int, int> score{int(required.size()), optional};
        if (score > bestScore) {
            best = kind;
            bestScore = score;
            tie = false;
        } else if (score == bestScore) {
            tie = true;
        }
    }
    if (tie)
        return std::nullopt;
    return best;
}

CsvPreview previewCsv(const QByteArray &data, char delimiter, int maxRows)
{
    CsvPreview preview;
    const CsvTable table = readCsvTable(std::string_view(data.constData(), size_t(data.size())), delimiter,
                                        qsizetype(std::max(maxRows, 0)) + 1); // the header, then up to maxRows rows
    if (!table.errors.empty()) {
        const CsvError &e = table.errors.front();
        preview.error = u"line %1, column %2: %3"_s.arg(e.line).arg(e.column).arg(e.message);
    }
    for (size_t i = 0; i < table.rows.size(); ++i) {
        QStringList row;
        for (const std::string &f : table.rows[i])
            row << QString::fromStdString(f);
        if (i == 0)
            preview.header = row;
        else
            preview.rows.push_back(row);
    }
    if (table.rows.empty() && preview.error.isEmpty())
        preview.error = u"the file is empty"_s;
    return preview;
}

} // namespace sc
