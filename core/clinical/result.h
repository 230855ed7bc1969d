#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace nc {

// Why an input was refused: the field it concerns (a stable key such as "value" or
// "counts[2].wbc") and a plain-language, translated message for the person who typed it.
struct InputError
{
    QString field;
    QString message;

    bool operator==(const InputError &) const = default;
};

// A value or the reason it could not be made. A small stand-in for C++23's std::expected.
template<class T> class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    { }
    Expected(InputError error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }

    const InputError &error() const { return std::get<InputError>(m_state); }

private:
    std::variant<T, InputError> m_state;
};

} // namespace nc
