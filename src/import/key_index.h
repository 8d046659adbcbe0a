#pragma once
// The key index of an import: where the row of a key already is in the batch.
// A file's repeated keys (the same evaluation id twice, many contacts of one
// agent, day and channel) must find their first row fast, once per record of
// a file that may hold millions. Internal to src/import.
#include <QString>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sc::importdetail {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
// A map keyed by std::string that can be looked up with a std::string_view.
template <typename T> using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

// Gives each distinct string (agent id, team, channel, record id) a small
// index so keys compare as integers and each value becomes one QString.
class Interner {
public:
    // The value's index and whether the value was new.
    std::pair<int, bool> get(std::string_view s)
    {
        auto it = m_index.find(s);
        if (it != m_index.end())
            return {it->second, false};
        const int i = int(m_values.size());
        m_index.emplace(std::string(s), i);
        m_values.push_back(QString::fromUtf8(s.data(), qsizetype(s.size())));
        return {i, true};
    }
    const QString &value(int index) const { return m_values[size_t(index)]; }

private:
    StringMap<int> m_index;
    std::vector<QString> m_values;
};

// (agent or team, Julian day, channel): small integers, so a slot stays 16 bytes.
struct Key3 {
    qint32 a, b, c;
    bool operator==(const Key3 &) const = default;
};

// Key3 -> position in the batch. Open addressing: the contacts hot path looks
// a key up once per row and std::unordered_map's node hopping showed up in
// profiles.
class KeyIndex {
public:
    // {the position stored for `key`, false}, or {pos, true} after storing
    // `pos` when the key is new.
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
    size_t size() const { return m_count; }

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
    void grow();

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

// Record id (agent_id, evaluation_id, response_id, event_id) -> position in
// the batch, with the same contract as KeyIndex::insert.
class IdIndex {
public:
    std::pair<size_t, bool> insert(std::string_view id, size_t pos);

private:
    Interner m_ids;
    std::vector<qint64> m_posById; // Interner index -> position, -1 if none
};

} // namespace sc::importdetail
