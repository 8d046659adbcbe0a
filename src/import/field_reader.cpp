#include "import/field_reader.h"

#include <QDateTime>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace sc::importdetail {

FieldReader::FieldReader(const MappingProfile *profile, ErrorList &errors) : m_profile(profile), m_errors(errors)
{
    if (m_profile) {
        for (const QString &t : m_profile->trueValues)
            m_trueValues.push_back(t.trimmed().toUtf8().toStdString());
        for (const QString &f : m_profile->falseValues)
            m_falseValues.push_back(f.trimmed().toUtf8().toStdString());
    }
    m_trueValues.emplace_back("true");
    m_falseValues.emplace_back("false");
}

int FieldReader::findColumn(const QString &name, const QString &field)
{
    // A header that appears twice is reported, since we could not tell which one is meant.
    int found = -1;
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header[i].compare(name.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (found >= 0) {
            m_errors.add(1, m_header[i], {},
                         u"column appears more than once in the header (columns %1 and %2), cannot tell which "
                         "one is %3"_s.arg(found + 1)
                             .arg(i + 1)
                             .arg(field));
            return -2;
        }
        found = i;
    }
    return found;
}

bool FieldReader::resolve(ImportKind kind, const QStringList &header)
{
    const MappingProfile *p = m_profile;
    m_header = header;
    const QStringList fields = kindFields(kind);
    const QStringList required = requiredFields(kind);
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
                m_errors.add(1, t.column, {}, u"missing column (the profile's threshold for %1 reads it)"_s.arg(name));
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
                m_errors.add(1, headerName, {},
                             mapped ? u"missing required column (the profile maps %1 to it)"_s.arg(name)
                                    : u"missing required column"_s);
                ok = false;
            } else if (mapped) {
                m_errors.add(1, headerName, {}, u"missing column (the profile maps %1 to it)"_s.arg(name));
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
                m_errors.add(1, it.key(), {}, u"missing column (the profile's 'values' map reads it)"_s);
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
                m_errors.add(1, it.key(), {}, u"missing column (the profile's 'where' filter reads it)"_s);
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

bool FieldReader::keepsRow(const CsvRecord &record) const
{
    bool keep = true;
    for (const WhereFilter &w : m_where) {
        const std::string_view v =
            size_t(w.column) < record.fields.size() ? trim(record.fields[size_t(w.column)]) : std::string_view();
        bool match = false;
        for (const std::string &accepted : w.values)
            match |= v == accepted;
        keep &= match;
    }
    return keep;
}

std::string_view FieldReader::thresholdValue(const CsvRecord &r, const ResolvedThreshold &t) const
{
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

Read FieldReader::fail(const CsvRecord &r, int f, QString reason)
{
    const Field &field = m_fields[size_t(f)];
    if (field.valueMap >= 0 && !field.isConstant) {
        const std::string_view v = raw(r, f);
        bool mapped = false;
        for (const auto &e : m_valueMaps[size_t(field.valueMap)].entries)
            mapped |= v.data() == e.replacement.data();
        if (!mapped)
            reason +=
                u" (the profile's 'values' for this column know: %1)"_s.arg(m_valueMaps[size_t(field.valueMap)].known);
    }
    m_errors.add(r.line, field.label, shown(raw(r, f)), reason);
    return Read::Bad;
}

std::optional<bool> FieldReader::matchBoolean(std::string_view v) const
{
    for (const std::string &t : m_trueValues)
        if (equalsIgnoreCase(v, t))
            return true;
    for (const std::string &f : m_falseValues)
        if (equalsIgnoreCase(v, f))
            return false;
    return std::nullopt;
}

Read FieldReader::text(const CsvRecord &r, int f, QString &out)
{
    const std::string_view v = raw(r, f);
    const Read p = presence(r, f, v);
    if (p == Read::Ok)
        out = toQString(v);
    return p;
}

Read FieldReader::date(const CsvRecord &r, int f, qint64 &julianDay)
{
    const std::string_view v = raw(r, f);
    if (Read p = presence(r, f, v); p != Read::Ok)
        return p;
    const MappingProfile *p = m_profile;
    if (!p || p->dateFormat.isEmpty() || p->dateFormat == u"yyyy-MM-dd"_s) {
        // Exports are usually sorted by date: reuse the last day's value.
        if (m_lastIsoJulianDay && v.size() >= 10 && std::memcmp(v.data(), m_lastIsoDate, 10) == 0
            && (v.size() == 10 || ((v[10] == 'T' || v[10] == ' ' || v[10] == 't') && isTimeOfDay(v.substr(11))))) {
            julianDay = *m_lastIsoJulianDay;
            return Read::Ok;
        }
        if (auto jd = parseIsoDate(v)) {
            julianDay = *jd;
            std::memcpy(m_lastIsoDate, v.data(), 10);
            m_lastIsoJulianDay = jd;
            return Read::Ok;
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
    return Read::Ok;
}

Read FieldReader::number(const CsvRecord &r, int f, double &out)
{
    const std::string_view v = raw(r, f);
    if (Read p = presence(r, f, v); p != Read::Ok)
        return p;
    if (auto n = parseNumber(v)) {
        out = *n;
        return Read::Ok;
    }
    return fail(r, f, u"not a number"_s);
}

Read FieldReader::count(const CsvRecord &r, int f, qint64 &out)
{
    const std::string_view v = raw(r, f);
    if (Read p = presence(r, f, v); p != Read::Ok)
        return p;
    if (auto b = matchBoolean(v)) {
        out = *b ? 1 : 0;
        return Read::Ok;
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
    return Read::Ok;
}

Read FieldReader::boolean(const CsvRecord &r, int f, bool &out)
{
    const std::string_view v = raw(r, f);
    if (Read p = presence(r, f, v); p != Read::Ok)
        return p;
    if (auto b = matchBoolean(v)) {
        out = *b;
        return Read::Ok;
    }
    return fail(r, f, u"expected true or false"_s);
}

Read FieldReader::duration(const CsvRecord &r, int f, bool minutes, double &out)
{
    const std::string_view v = raw(r, f);
    if (Read p = presence(r, f, v); p != Read::Ok)
        return p;
    const DurationFormat format = m_profile ? m_profile->durations : DurationFormat::Native;
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
    return Read::Ok;
}

Read FieldReader::wholeInRange(const CsvRecord &r, int f, int lo, int hi, int &out)
{
    double n = 0;
    const Read p = number(r, f, n);
    if (p != Read::Ok)
        return p;
    if (n != std::floor(n))
        return fail(r, f, u"not a whole number (expected %1 to %2)"_s.arg(lo).arg(hi));
    if (n < lo || n > hi)
        return fail(r, f, u"out of range (expected %1 to %2)"_s.arg(lo).arg(hi));
    out = int(n);
    return Read::Ok;
}

// A date_format under which every date of the file also reads with day and
// month swapped (all days up to 12) cannot tell 03/04 from 04/03: warn.
void FieldReader::checkDateFormat()
{
    const MappingProfile *p = m_profile;
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
        m_errors.warn(0, u"warning: every date of the file also reads with day and month swapped (as '%1'), so "
                         "date_format '%2' cannot be checked against the data; make sure it is the right one"_s.arg(
                             swapped, p->dateFormat));
}

} // namespace sc::importdetail
