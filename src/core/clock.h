#pragma once
// Injected time: tests pass a fixed clock instead of reading the system's.
#include <QDateTime>

namespace sc {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : m_time(std::move(t)) {}
    QDateTime now() const override { return m_time; }
    void set(QDateTime t) { m_time = std::move(t); }

private:
    QDateTime m_time;
};

} // namespace sc
