// The parts an import is built from, each on its own: the key index (where a
// key's first row is), the field reader (which column feeds a field, typed
// values and the errors naming the file's column), and the row builder's
// rule for repeated keys.
#include "import/batch_builder.h"
#include "import/field_reader.h"
#include "import/import_errors.h"
#include "import/key_index.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace sc;
using namespace sc::importdetail;

namespace {

CsvRecord record(std::vector<std::string_view> fields, qint64 line)
{
    CsvRecord r;
    r.fields = std::move(fields);
    r.line = line;
    return r;
}

// Field positions of the contacts kind (kindFields order).
enum { FAgent, FDate, FChannel, FContacts, FHandle, FFcr };

} // namespace

TEST(KeyIndex, RepeatedKeyFindsTheFirstPositionEvenAfterGrowing)
{
    KeyIndex index;
    EXPECT_EQ(index.insert({1, 2460600, 0}, 0), (std::pair<size_t, bool>{0, true}));
    EXPECT_EQ(index.insert({1, 2460600, 1}, 1), (std::pair<size_t, bool>{1, true})); // another channel
    EXPECT_EQ(index.insert({1, 2460600, 0}, 7), (std::pair<size_t, bool>{0, false}));
    // 3,000 more keys: the table starts at 1,024 slots and doubles at half full,
    // so it grows three times; every key keeps its position.
    for (int i = 0; i < 3000; ++i)
        ASSERT_TRUE(index.insert({i, 2460601, 0}, size_t(2 + i)).second);
    EXPECT_EQ(index.size(), 3002u);
    for (int i = 0; i < 3000; ++i)
        ASSERT_EQ(index.insert({i, 2460601, 0}, 99999), (std::pair<size_t, bool>{size_t(2 + i), false}));
    EXPECT_EQ(index.insert({1, 2460600, 1}, 5), (std::pair<size_t, bool>{1, false}));
}

TEST(KeyIndex, IdIndexAndInterner)
{
    IdIndex ids;
    EXPECT_EQ(ids.insert("Q-1", 0), (std::pair<size_t, bool>{0, true}));
    EXPECT_EQ(ids.insert("Q-2", 1), (std::pair<size_t, bool>{1, true}));
    EXPECT_EQ(ids.insert("Q-1", 2), (std::pair<size_t, bool>{0, false}));
    EXPECT_EQ(ids.insert("q-1", 2), (std::pair<size_t, bool>{2, true})); // ids are case-sensitive

    Interner names;
    EXPECT_EQ(names.get("alice"), (std::pair<int, bool>{0, true}));
    EXPECT_EQ(names.get("bob"), (std::pair<int, bool>{1, true}));
    EXPECT_EQ(names.get("alice"), (std::pair<int, bool>{0, false}));
    EXPECT_EQ(names.value(1), QStringLiteral("bob"));
}

TEST(FieldReader, ResolvesMappedColumnsAndConstantsAndNamesTheFilesColumnInErrors)
{
    MappingProfile p;
    p.kind = ImportKind::Contacts;
    p.columns.insert(QStringLiteral("agent_id"), QStringLiteral("Agent"));
    p.columns.insert(QStringLiteral("date"), QStringLiteral("Day"));
    p.columns.insert(QStringLiteral("handle_seconds"), QStringLiteral("AHT"));
    p.constants.insert(QStringLiteral("channel"), QStringLiteral("chat"));
    p.durations = DurationFormat::HhMmSs;
    ErrorList errors(QStringLiteral("in.csv"), 10);
    FieldReader reader(&p, errors);
    // The header (trimmed by the caller) matches whatever its case.
    ASSERT_TRUE(
        reader.resolve(ImportKind::Contacts, {QStringLiteral("agent"), QStringLiteral("DAY"), QStringLiteral("aht")}));
    EXPECT_EQ(reader.label(FAgent), QStringLiteral("agent"));
    EXPECT_EQ(reader.label(FChannel), QStringLiteral("channel (constant)"));

    const CsvRecord good = record({"A1", "2026-10-05", "0:07:30"}, 2);
    EXPECT_EQ(reader.raw(good, FChannel), "chat");
    qint64 jd = 0;
    EXPECT_EQ(reader.date(good, FDate, jd), Read::Ok);
    EXPECT_EQ(jd, QDate(2026, 10, 5).toJulianDay());
    double seconds = 0;
    EXPECT_EQ(reader.duration(good, FHandle, false, seconds), Read::Ok);
    EXPECT_EQ(seconds, 450.0); // 7 min 30 s
    double minutes = 0;
    EXPECT_EQ(reader.duration(good, FHandle, true, minutes), Read::Ok);
    EXPECT_EQ(minutes, 7.5);
    qint64 n = -1;
    EXPECT_EQ(reader.count(good, FContacts, n), Read::Absent); // no column, not required

    const CsvRecord bad = record({"A1", "5 Oct", ""}, 3);
    EXPECT_EQ(reader.date(bad, FDate, jd), Read::Bad);
    EXPECT_EQ(reader.duration(bad, FHandle, false, seconds), Read::Absent);
    ImportResult result;
    errors.moveInto(result);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].toString(),
              QStringLiteral("in.csv:3: column 'DAY': value '5 Oct': not a date (expected YYYY-MM-DD, optionally "
                             "followed by a time)"));
}

TEST(FieldReader, MissingMappedColumnAndTwiceNamedHeaderAreReportedOnLineOne)
{
    MappingProfile p;
    p.kind = ImportKind::Contacts;
    p.columns.insert(QStringLiteral("fcr"), QStringLiteral("Resolved"));
    ErrorList errors(QStringLiteral("in.csv"), 10);
    FieldReader reader(&p, errors);
    EXPECT_FALSE(reader.resolve(ImportKind::Contacts,
                                {QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("Date")}));
    ImportResult result;
    errors.moveInto(result);
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].line, 1);
    EXPECT_EQ(result.errors[0].column, QStringLiteral("Date"));
    EXPECT_EQ(result.errors[0].reason,
              QStringLiteral("column appears more than once in the header (columns 2 and 3), cannot tell which one "
                             "is date"));
    EXPECT_EQ(result.errors[1].column, QStringLiteral("Resolved"));
    EXPECT_EQ(result.errors[1].reason, QStringLiteral("missing column (the profile maps fcr to it)"));
}

TEST(FieldReader, ErrorListKeepsTheFirstErrorsAndCountsAll)
{
    ErrorList errors(QStringLiteral("f.csv"), 2);
    for (int line = 2; line < 7; ++line)
        errors.add(line, {}, {}, QStringLiteral("bad"));
    errors.warn(0, QStringLiteral("warning: w"));
    EXPECT_TRUE(errors.full());
    ImportResult result;
    errors.moveInto(result);
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[1].line, 3);
    EXPECT_EQ(result.errorTotal, 5);
    ASSERT_EQ(result.warnings.size(), 1u);
}

TEST(BatchBuilder, RepeatedContactKeysAreSummedAndRepeatedIdsCollapseOrConflict)
{
    ErrorList errors(QStringLiteral("c.csv"), 10);
    FieldReader reader(nullptr, errors);
    ASSERT_TRUE(reader.resolve(ImportKind::Contacts,
                               {QStringLiteral("agent_id"), QStringLiteral("date"), QStringLiteral("channel"),
                                QStringLiteral("handle_seconds"), QStringLiteral("fcr")}));
    const QSet<QString> known{QStringLiteral("A1")};
    BatchBuilder rows(ImportKind::Contacts, reader, errors, known);
    rows.read(record({"A1", "2026-10-05", "Phone", "300", "1"}, 2));
    rows.read(record({"A1", "2026-10-05", "phone", "", "0"}, 3)); // same key: channel case does not matter
    rows.read(record({"A1", "2026-10-05", "chat", "100", ""}, 4));
    const ImportBatch &b = rows.batch();
    ASSERT_EQ(b.contacts.size(), 2u);
    EXPECT_EQ(b.rowsCollapsed, 1);
    const ContactRecord &phone = b.contacts[0];
    EXPECT_EQ(phone.channel, QStringLiteral("phone"));
    EXPECT_EQ(phone.contacts, 2);        // one per row
    EXPECT_EQ(phone.handleSeconds, 300); // only the first row had a handle time...
    EXPECT_EQ(phone.handleContacts, 1);  // ...so it is the handle time of one contact
    EXPECT_EQ(phone.fcr, 1);
    EXPECT_EQ(phone.fcrContacts, 2);
    EXPECT_EQ(b.contacts[1].contacts, 1);
    EXPECT_FALSE(b.contacts[1].fcr.has_value());

    ErrorList qaErrors(QStringLiteral("qa.csv"), 10);
    FieldReader qaReader(nullptr, qaErrors);
    ASSERT_TRUE(qaReader.resolve(ImportKind::Qa, {QStringLiteral("evaluation_id"), QStringLiteral("agent_id"),
                                                  QStringLiteral("date"), QStringLiteral("score")}));
    BatchBuilder qa(ImportKind::Qa, qaReader, qaErrors, known);
    qa.read(record({"E1", "A1", "2026-10-05", "90"}, 2));
    qa.read(record({"E1", "A1", "2026-10-05", "90"}, 3)); // identical: stored once
    qa.read(record({"E1", "A1", "2026-10-06", "80"}, 7)); // differs: an error naming line 2
    EXPECT_EQ(qa.batch().qa.size(), 1u);
    EXPECT_EQ(qa.batch().rowsCollapsed, 1);
    ImportResult result;
    qaErrors.moveInto(result);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].toString(),
              QStringLiteral("qa.csv:7: column 'evaluation_id': value 'E1': same key (E1) as line 2 but a different "
                             "date, score"));
}
