#pragma once

#include <QString>

#include <utility>

// A value or the sentence that says why there is none: the one result shape of the engine and the network
// side. The error is written for a person (it is what the GUI and the CLI show). Cheap to copy when T is;
// crosses threads by value.
//
//     Expected<Plan> plan = cache.planPrune(limit);
//     if (!plan)
//         return fail(plan.error());
//     use(*plan);
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
        , m_ok(true)
    {
    }
    static Expected failure(QString error)
    {
        Expected e;
        e.m_error = std::move(error);
        return e;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    // The value; a default-constructed T after a failure.
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T &operator*() const { return m_value; }
    T &operator*() { return m_value; }
    const T *operator->() const { return &m_value; }
    T *operator->() { return &m_value; }
    // Empty on success.
    const QString &error() const { return m_error; }

private:
    Expected() = default;
    T m_value {};
    QString m_error;
    bool m_ok = false;
};

// Success or the sentence that says why not, for work that yields no value.
template<>
class Expected<void>
{
public:
    Expected()
        : m_ok(true)
    {
    }
    static Expected failure(QString error)
    {
        Expected e;
        e.m_ok = false;
        e.m_error = std::move(error);
        return e;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_ok;
};
