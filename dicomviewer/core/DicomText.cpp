#include "DicomText.h"

#include <QStringDecoder>
#include <algorithm>
#include <functional>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Specific Character Set defined term -> codec name (Qt with ICU).
const char* codecForTerm(const QString& term)
{
    static const struct
    {
        const char* term;
        const char* codec;
    } table[] = {
        {"ISO_IR 100", "ISO-8859-1"},
        {"ISO 2022 IR 100", "ISO-8859-1"},
        {"ISO_IR 101", "ISO-8859-2"},
        {"ISO 2022 IR 101", "ISO-8859-2"},
        {"ISO_IR 109", "ISO-8859-3"},
        {"ISO 2022 IR 109", "ISO-8859-3"},
        {"ISO_IR 110", "ISO-8859-4"},
        {"ISO 2022 IR 110", "ISO-8859-4"},
        {"ISO_IR 144", "ISO-8859-5"},
        {"ISO 2022 IR 144", "ISO-8859-5"},
        {"ISO_IR 127", "ISO-8859-6"},
        {"ISO 2022 IR 127", "ISO-8859-6"},
        {"ISO_IR 126", "ISO-8859-7"},
        {"ISO 2022 IR 126", "ISO-8859-7"},
        {"ISO_IR 138", "ISO-8859-8"},
        {"ISO 2022 IR 138", "ISO-8859-8"},
        {"ISO_IR 148", "ISO-8859-9"},
        {"ISO 2022 IR 148", "ISO-8859-9"},
        {"ISO_IR 203", "ISO-8859-15"},
        {"ISO 2022 IR 203", "ISO-8859-15"},
        {"ISO_IR 166", "TIS-620"},
        {"ISO 2022 IR 166", "TIS-620"},
        {"ISO_IR 13", "Shift_JIS"},
        {"GB18030", "GB18030"},
        {"GBK", "GBK"},
        {"ISO_IR 192", "UTF-8"},
    };
    for (const auto& entry : table) {
        if (term == QLatin1StringView(entry.term))
            return entry.codec;
    }
    return nullptr;
}

QString decodeWith(const char* codec, QByteArrayView bytes)
{
    QStringDecoder decoder(codec);
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

bool isDelimiter(char c)
{
    return c == '^' || c == '=' || c == '\\' || c == '\r' || c == '\n' || c == '\t' || c == '\f';
}

// The ISO 2022 state machine for the Japanese (and Korean) code extensions.
class Iso2022Decoder
{
public:
    explicit Iso2022Decoder(const QStringList& terms)
    {
        const QString first = terms.value(0).trimmed();
        m_initialRomaji = first == "ISO 2022 IR 13"_L1 || first == "ISO_IR 13"_L1;
        m_katakanaInG1 = m_initialRomaji;
        m_koreanInG1 = terms.contains(u"ISO 2022 IR 149"_s);
        reset();
    }

    QString decode(const QByteArray& raw)
    {
        QString result;
        qsizetype i = 0;
        while (i < raw.size()) {
            const char c = raw[i];
            if (c == '\x1b' && consumeEscape(raw, i))
                continue;
            const auto byte = static_cast<unsigned char>(c);
            if (m_g0 == G0::Jis0208 || m_g0 == G0::Jis0212) {
                // Two-byte characters until the next escape sequence.
                qsizetype end = i;
                while (end + 1 < raw.size() && raw[end] != '\x1b' &&
                       static_cast<unsigned char>(raw[end]) >= 0x21)
                    end += 2;
                if (end == i) { // a control character inside the two-byte run
                    result += QChar(char16_t(byte));
                    ++i;
                    continue;
                }
                const QByteArray designation = m_g0 == G0::Jis0208 ? "\x1b$B" : "\x1b$(D";
                const QByteArray chunk = designation + raw.mid(i, end - i) + QByteArray("\x1b(B");
                result += decodeWith("ISO-2022-JP-2", chunk);
                i = end;
                continue;
            }
            if (byte >= 0x80) {
                if (m_koreanInG1) {
                    // KS X 1001 in G1: pairs of high bytes, as EUC-KR encodes them.
                    qsizetype end = i;
                    while (end + 1 < raw.size() && static_cast<unsigned char>(raw[end]) >= 0xa1)
                        end += 2;
                    if (end > i) {
                        result += decodeWith("EUC-KR", QByteArrayView(raw).sliced(i, end - i));
                        i = end;
                        continue;
                    }
                }
                if (m_katakanaInG1 && byte >= 0xa1 && byte <= 0xdf) {
                    result += QChar(char16_t(0xff61 + (byte - 0xa1))); // half-width katakana
                } else {
                    result +=
                        QChar(char16_t(byte)); // not representable: keep Latin-1 rather than drop
                }
                ++i;
                continue;
            }
            if (m_g0 == G0::Romaji && byte == 0x5c)
                result += QChar(char16_t(0x00a5)); // JIS X 0201 Romaji: yen sign
            else if (m_g0 == G0::Romaji && byte == 0x7e)
                result += QChar(char16_t(0x203e)); // overline
            else
                result += QChar(char16_t(byte));
            if (isDelimiter(c))
                reset();
            ++i;
        }
        return result;
    }

private:
    enum class G0 { Ascii, Romaji, Jis0208, Jis0212 };

    void reset() { m_g0 = m_initialRomaji ? G0::Romaji : G0::Ascii; }

    // Applies the escape sequence at raw[i]; returns false if it is not one we know.
    bool consumeEscape(const QByteArray& raw, qsizetype& i)
    {
        const QByteArrayView rest = QByteArrayView(raw).sliced(i);
        const struct
        {
            const char* sequence;
            std::function<void()> apply;
        } known[] = {
            {"\x1b(B", [this] { m_g0 = G0::Ascii; }},
            {"\x1b(J", [this] { m_g0 = G0::Romaji; }},
            {"\x1b$B", [this] { m_g0 = G0::Jis0208; }},
            {"\x1b$@", [this] { m_g0 = G0::Jis0208; }},
            {"\x1b$(D", [this] { m_g0 = G0::Jis0212; }},
            {"\x1b)I", [this] { m_katakanaInG1 = true; }},
            {"\x1b$)C", [this] { m_koreanInG1 = true; }},
        };
        for (const auto& entry : known) {
            if (rest.startsWith(QByteArrayView(entry.sequence))) {
                entry.apply();
                i += qsizetype(qstrlen(entry.sequence));
                return true;
            }
        }
        return false;
    }

    bool m_initialRomaji = false;
    bool m_katakanaInG1 = false;
    bool m_koreanInG1 = false;
    G0 m_g0 = G0::Ascii;
};

} // namespace

QString decodeDicomText(const QByteArray& raw, const QStringList& specificCharacterSet)
{
    QStringList terms;
    for (const QString& term : specificCharacterSet)
        terms.append(term.trimmed());
    const bool codeExtensions =
        terms.size() > 1 || std::any_of(terms.begin(), terms.end(), [](const QString& term) {
            return term.startsWith("ISO 2022"_L1);
        });
    if (codeExtensions || raw.contains('\x1b'))
        return Iso2022Decoder(terms).decode(raw);
    if (const char* codec = codecForTerm(terms.value(0)))
        return decodeWith(codec, raw);
    return QString::fromLatin1(raw); // default repertoire (ASCII), or an unknown term
}

} // namespace kenshu
