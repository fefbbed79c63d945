#pragma once

#include <QLatin1StringView>
#include <QString>
#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace kenshu {

// Enum <-> stable name tables for the values that travel as JSON (record types, workflow
// states, form field types). The names are the wire format: never rename one.
template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

template <typename Enum, std::size_t N>
QString nameFromTable(const NameTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueFromTable(const NameTable<Enum, N>& table, const QString& name)
{
    for (const auto& [value, candidate] : table) {
        if (candidate == name)
            return value;
    }
    return std::nullopt;
}

} // namespace kenshu
