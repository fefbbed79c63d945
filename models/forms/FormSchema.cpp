#include "FormSchema.h"

namespace kenshu {

const FormField* FormSchema::field(const QString& fieldId) const
{
    for (const FormSection& section : sections) {
        for (const FormField& candidate : section.fields) {
            if (candidate.id == fieldId)
                return &candidate;
        }
    }
    return nullptr;
}

QList<const FormField*> FormSchema::fields() const
{
    QList<const FormField*> all;
    for (const FormSection& section : sections) {
        for (const FormField& candidate : section.fields)
            all.append(&candidate);
    }
    return all;
}

QStringList FormSchema::ratingFieldIds() const
{
    QStringList ids;
    for (const FormField* candidate : fields()) {
        if (candidate->type == FieldType::Rating)
            ids.append(candidate->id);
    }
    return ids;
}

} // namespace kenshu
