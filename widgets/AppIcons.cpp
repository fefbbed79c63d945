#include "AppIcons.h"

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QIcon appIcon()
{
    return QIcon(u":/icons/kenshu.svg"_s);
}

QIcon newCaseIcon()
{
    return QIcon::fromTheme(u"folder-new"_s, QIcon(u":/icons/new-case.svg"_s));
}

QIcon addStudyIcon()
{
    return QIcon::fromTheme(u"list-add"_s, QIcon(u":/icons/add-study.svg"_s));
}

} // namespace kenshu
