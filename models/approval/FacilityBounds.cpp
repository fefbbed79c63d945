#include "FacilityBounds.h"

#include "CaseReportFields.h"

namespace kenshu {

DateRange facilityCertificationFor(const DirectoryFacility* facility, const DateRange& carePeriod)
{
    if (!facility)
        return {};
    const std::vector<DateRange> spans = joinedRanges(facility->certifications);
    if (spans.empty())
        return {};
    for (const QDate& day : {carePeriod.start, carePeriod.end}) {
        for (const DateRange& span : spans) {
            if (span.contains(day))
                return span;
        }
    }
    return spans.back();
}

FormValidationContext facilityValidationContext(const FormSchema& schema, const QJsonObject& values,
                                                const Directory& directory)
{
    FormValidationContext context;
    const FormField* period = carePeriodField(schema);
    const DirectoryFacility* facility = directory.facility(facilityIdOf(schema, values));
    if (!period || !facility)
        return context;
    const DateRange bound = facilityCertificationFor(facility, carePeriodOf(schema, values));
    if (bound.isValid())
        context.dateBounds.insert(period->id, bound);
    return context;
}

} // namespace kenshu
