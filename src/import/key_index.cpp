#include "import/key_index.h"

namespace sc::importdetail {

void KeyIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    m_count = 0;
    for (const Slot &slot : old)
        if (slot.pos != 0)
            insert(slot.key, slot.pos - 1);
}

std::pair<size_t, bool> IdIndex::insert(std::string_view id, size_t pos)
{
    const int key = m_ids.get(id).first;
    if (size_t(key) >= m_posById.size())
        m_posById.resize(size_t(key) + 1, -1);
    qint64 &stored = m_posById[size_t(key)];
    if (stored >= 0)
        return {size_t(stored), false};
    stored = qint64(pos);
    return {pos, true};
}

} // namespace sc::importdetail
