#include "MemberSearch.h"

#include <algorithm>

namespace kenshu {
namespace {

// Katakana ァ (U+30A1) .. ヶ (U+30F6) and their hiragana ぁ (U+3041) .. ゖ (U+3096).
constexpr char16_t kKatakanaFirst = 0x30A1;
constexpr char16_t kKatakanaLast = 0x30F6;
constexpr char16_t kKatakanaToHiragana = 0x60;

} // namespace

QString searchKey(const QString& text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(key.size());
    for (QChar c : std::as_const(key)) {
        if (c.isSpace())
            continue;
        const char16_t unit = c.unicode();
        result.append(unit >= kKatakanaFirst && unit <= kKatakanaLast
                          ? QChar(char16_t(unit - kKatakanaToHiragana))
                          : c);
    }
    return result;
}

bool memberMatches(const DirectoryMember& member, const QString& query)
{
    const QString wanted = searchKey(query);
    if (wanted.isEmpty())
        return true;
    for (const QString& text : {member.name, member.kana, member.id}) {
        if (searchKey(text).contains(wanted))
            return true;
    }
    return false;
}

QList<const DirectoryMember*> supervisorCandidates(const Directory& directory,
                                                   const ProgramScope& scope,
                                                   const QString& requesterId, const QString& query)
{
    QList<const DirectoryMember*> result;
    for (const DirectoryMember& member : directory.members) {
        if (member.id != requesterId &&
            member.holds(Role::Supervisor, scope.programId, scope.roomId) &&
            memberMatches(member, query))
            result.append(&member);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const DirectoryMember* a, const DirectoryMember* b) {
                         const QString keyA = searchKey(a->kana + a->name);
                         const QString keyB = searchKey(b->kana + b->name);
                         return keyA < keyB;
                     });
    return result;
}

} // namespace kenshu
