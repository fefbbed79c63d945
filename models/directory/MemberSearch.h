#pragma once

#include "Directory.h"

#include <QList>
#include <QString>

namespace kenshu {

// The form of `text` that searches compare: full-width and half-width forms unified (NFKC),
// katakana as hiragana, case folded, spaces dropped. So "ﾀﾅｶ", "タナカ" and "たなか" match, as do
// "１２３" and "123".
QString searchKey(const QString& text);

// Whether `query` (any part of it, after searchKey) is in the member's name, kana or member
// number. An empty query matches everyone.
bool memberMatches(const DirectoryMember& member, const QString& query);

// The supervisors of `scope` a member (`requesterId`, never offered) may ask for approval,
// those matching `query`, ordered by kana then name.
QList<const DirectoryMember*> supervisorCandidates(const Directory& directory,
                                                   const ProgramScope& scope,
                                                   const QString& requesterId,
                                                   const QString& query);

} // namespace kenshu
