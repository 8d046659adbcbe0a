#include "activity_sums.h"

#include <QDataStream>
#include <QIODevice>
#include <tuple>
#include <type_traits>

namespace sc {

namespace {

// Every field, once: adding, encoding and decoding all walk this list, so a
// field added to the struct and here is summed and cached alike.
constexpr auto kFields = std::make_tuple(
    &ActivitySums::timeRows, &ActivitySums::workedMinutes, &ActivitySums::adherenceRows, &ActivitySums::adherentMinutes,
    &ActivitySums::adherenceScheduledMinutes, &ActivitySums::occupancyRows, &ActivitySums::occupiedMinutes,
    &ActivitySums::occupancyScheduledMinutes, &ActivitySums::contactRows, &ActivitySums::contacts,
    &ActivitySums::handleRows, &ActivitySums::handleSeconds, &ActivitySums::handleContacts, &ActivitySums::fcrRows,
    &ActivitySums::fcrResolved, &ActivitySums::fcrContacts, &ActivitySums::qaEvaluations, &ActivitySums::qaScoreSum,
    &ActivitySums::qaScoreSquares, &ActivitySums::csatResponses, &ActivitySums::csatPositive,
    &ActivitySums::npsResponses, &ActivitySums::npsPromoters, &ActivitySums::npsDetractors, &ActivitySums::kcsLinks,
    &ActivitySums::kcsEdits, &ActivitySums::kcsDrafts, &ActivitySums::agentsWithRecord, &ActivitySums::surveyRows,
    &ActivitySums::serviceLevelRows, &ActivitySums::offered, &ActivitySums::answeredInSl, &ActivitySums::answered,
    &ActivitySums::asaRows, &ActivitySums::answerSeconds, &ActivitySums::asaAnswered);

// Every field is 8 bytes: a field added to the struct but not to the list
// above changes its size and stops the build here.
static_assert(sizeof(ActivitySums) == 8 * std::tuple_size_v<decltype(kFields)>,
              "ActivitySums has a field that kFields does not list");

template <class F> void forEachField(F &&f)
{
    std::apply([&](auto... field) { (f(field), ...); }, kFields);
}

// The format: the field list's size and which fields are doubles, so bytes
// written by another version of the struct never decode.
quint64 formatTag()
{
    quint64 tag = std::tuple_size_v<decltype(kFields)>;
    int bit = 8;
    forEachField([&](auto field) {
        if constexpr (std::is_same_v<std::remove_reference_t<decltype(ActivitySums{}.*field)>, double>)
            tag |= quint64(1) << bit;
        ++bit;
    });
    return tag;
}

constexpr quint32 kMagic = 0x53554d53; // "SUMS"

} // namespace

ActivitySums &ActivitySums::operator+=(const ActivitySums &o)
{
    forEachField([&](auto field) { this->*field += o.*field; });
    return *this;
}

QByteArray encodeSums(const SumsByKey &sums)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << kMagic << formatTag() << qint64(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        stream << it.key();
        forEachField([&](auto field) { stream << it.value().*field; });
    }
    return out;
}

std::optional<SumsByKey> decodeSums(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint64 tag = 0;
    qint64 count = -1;
    stream >> magic >> tag >> count;
    if (stream.status() != QDataStream::Ok || magic != kMagic || tag != formatTag() || count < 0)
        return std::nullopt;
    SumsByKey out;
    for (qint64 i = 0; i < count; ++i) {
        QString key;
        ActivitySums s;
        stream >> key;
        forEachField([&](auto field) { stream >> s.*field; });
        if (stream.status() != QDataStream::Ok)
            return std::nullopt;
        out.insert(key, s);
    }
    if (!stream.atEnd())
        return std::nullopt;
    return out;
}

} // namespace sc
