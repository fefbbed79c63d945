#include "FormPrinting.h"

#include "FormHtml.h"
#include "LocalizedText.h"
#include "PagedPrinting.h"

#include <QPdfWriter>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString pageFooter(int page, int pageCount, const QString& language)
{
    const LocalizedText pattern{u"%1 / %2 ページ"_s, u"Page %1 of %2"_s};
    return pattern.text(language).arg(page).arg(pageCount);
}

} // namespace

Status printForm(QPagedPaintDevice& device, const FormSchema& schema, const ReportDraft& draft,
                 const QString& language)
{
    return printHtml(device, formHtml(schema, draft, language), [&](int page, int pageCount) {
        return pageFooter(page, pageCount, language);
    });
}

Status exportFormPdf(const FormSchema& schema, const ReportDraft& draft, const QString& language,
                     const QString& outPath)
{
    return writePdfFile(outPath, schema.title.text(language), [&](QPdfWriter& writer) {
        return printForm(writer, schema, draft, language);
    });
}

} // namespace kenshu
