// Implementation of quotetrail_icu.h over the system ICU (libicu-dev).
#if !__has_include(<unicode/normalizer2.h>)
#error "QuoteTrail needs the ICU development files. Install them with: apt-get install libicu-dev"
#endif

#include "quotetrail_icu.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/filteredbrk.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uniset.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::atomic<uint64_t> next_handle_id{1};

void set_error(char *error, const char *message) {
    if (error != nullptr) {
        std::snprintf(error, QT_ERROR_CAPACITY, "%s", message);
    }
}

int fail(char *error, UErrorCode status) {
    set_error(error, u_errorName(status));
    return -1;
}

template <typename T>
T *copy_out(const T *data, size_t count) {
    // malloc(0) may return NULL; always hand back a real pointer.
    T *result = static_cast<T *>(std::malloc(count == 0 ? 1 : count * sizeof(T)));
    if (result != nullptr && count > 0) {
        std::memcpy(result, data, count * sizeof(T));
    }
    return result;
}

char *copy_string(const std::string &text) { return copy_out(text.data(), text.size()); }

// Each thread keeps its own clone of a handle's prototype: ICU break iterators and
// transliterators are not safe to share, but cloning a built one is cheap.
template <typename Object>
class PerThreadClones {
  public:
    template <typename Clone>
    Object *get(uint64_t id, const Object *prototype, Clone clone) {
        thread_local std::unordered_map<uint64_t, std::unique_ptr<Object>> clones;
        auto found = clones.find(id);
        if (found != clones.end()) {
            return found->second.get();
        }
        Object *made = clone(prototype);
        if (made != nullptr) {
            clones.emplace(id, std::unique_ptr<Object>(made));
        }
        return made;
    }
};

const icu::Normalizer2 *normalizer_for(qt_normal_form form, UErrorCode &status) {
    switch (form) {
    case QT_NORM_NFC:
        return icu::Normalizer2::getNFCInstance(status);
    case QT_NORM_NFKC:
        return icu::Normalizer2::getNFKCInstance(status);
    case QT_NORM_NFKC_CASEFOLD:
        return icu::Normalizer2::getNFKCCasefoldInstance(status);
    }
    status = U_ILLEGAL_ARGUMENT_ERROR;
    return nullptr;
}

std::string to_utf8(const icu::UnicodeString &text) {
    std::string result;
    text.toUTF8String(result);
    return result;
}

} // namespace

struct qt_breaker {
    uint64_t id;
    qt_break_kind kind;
    std::unique_ptr<icu::BreakIterator> prototype;
};

struct qt_transliterator {
    uint64_t id;
    std::unique_ptr<icu::Transliterator> prototype;
};

struct qt_spoof {
    // Check and skeleton functions of a configured USpoofChecker are thread-safe.
    USpoofChecker *checker;
};

extern "C" {

void qt_free(void *pointer) { std::free(pointer); }

const char *qt_icu_version(void) { return U_ICU_VERSION; }

int qt_normalize(qt_normal_form form, const char *text, int32_t length, char **out_text,
                 int32_t *out_length, qt_edit **out_edits, int32_t *out_edit_count,
                 char *error) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = normalizer_for(form, status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    std::string normalized;
    normalized.reserve(static_cast<size_t>(length) + 16);
    icu::StringByteSink<std::string> sink(&normalized);
    icu::Edits edits;
    normalizer->normalizeUTF8(0, icu::StringPiece(text, length), sink, &edits, status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    std::vector<qt_edit> changes;
    changes.reserve(static_cast<size_t>(edits.numberOfChanges()));
    icu::Edits::Iterator iterator = edits.getFineChangesIterator();
    while (iterator.next(status)) {
        changes.push_back(qt_edit{iterator.sourceIndex(), iterator.oldLength(),
                                  iterator.destinationIndex(), iterator.newLength()});
    }
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    *out_text = copy_string(normalized);
    *out_length = static_cast<int32_t>(normalized.size());
    *out_edits = copy_out(changes.data(), changes.size());
    *out_edit_count = static_cast<int32_t>(changes.size());
    return 0;
}

int qt_is_normalized(qt_normal_form form, const char *text, int32_t length, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = normalizer_for(form, status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    UBool normalized = normalizer->isNormalizedUTF8(icu::StringPiece(text, length), status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    return normalized ? 1 : 0;
}

qt_breaker *qt_breaker_create(qt_break_kind kind, const char *locale, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale where(locale);
    std::unique_ptr<icu::BreakIterator> iterator(kind == QT_BREAK_WORD
        ? icu::BreakIterator::createWordInstance(where, status)
        : icu::BreakIterator::createSentenceInstance(where, status));
    if (U_FAILURE(status) || !iterator) {
        fail(error, U_FAILURE(status) ? status : U_MEMORY_ALLOCATION_ERROR);
        return nullptr;
    }
    return new qt_breaker{next_handle_id++, kind, std::move(iterator)};
}

int qt_breakers_run(qt_breaker *const *breakers, int32_t breaker_count, const char *text,
                    int32_t length, qt_boundaries *results, char *error) {
    // ICU iterates UTF-16 much faster than UTF-8 through a UText, so the text is converted
    // once into a per-thread buffer and the boundaries are mapped back to UTF-8 offsets.
    thread_local std::vector<UChar> utf16;
    utf16.resize(static_cast<size_t>(length) + 1);
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8WithSub(utf16.data(), static_cast<int32_t>(utf16.size()), &units, text, length,
                         0xFFFD, nullptr, &status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    static PerThreadClones<icu::BreakIterator> clones;
    for (int32_t index = 0; index < breaker_count; ++index) {
        results[index] = qt_boundaries{nullptr, 0, nullptr};
    }
    // On failure nothing is handed back: release what earlier breakers produced.
    auto release_all = [&]() {
        for (int32_t index = 0; index < breaker_count; ++index) {
            std::free(results[index].boundaries);
            std::free(results[index].statuses);
            results[index] = qt_boundaries{nullptr, 0, nullptr};
        }
    };
    for (int32_t index = 0; index < breaker_count; ++index) {
        qt_breaker *breaker = breakers[index];
        icu::BreakIterator *iterator =
            clones.get(breaker->id, breaker->prototype.get(),
                       [](const icu::BreakIterator *prototype) { return prototype->clone(); });
        if (iterator == nullptr) {
            release_all();
            set_error(error, "U_MEMORY_ALLOCATION_ERROR");
            return -1;
        }
        UText *utext = utext_openUChars(nullptr, utf16.data(), units, &status);
        iterator->setText(utext, status);
        if (U_FAILURE(status)) {
            utext_close(utext);
            release_all();
            return fail(error, status);
        }
        const bool words = breaker->kind == QT_BREAK_WORD;
        std::vector<int32_t> boundaries;
        std::vector<uint8_t> statuses;
        boundaries.reserve(static_cast<size_t>(length / (words ? 3 : 60)) + 2);
        if (words) {
            statuses.reserve(boundaries.capacity());
        }
        // Walk UTF-16 and UTF-8 together: boundaries only move forward.
        int32_t unit_offset = 0;
        int32_t byte_offset = 0;
        for (int32_t boundary = iterator->first(); boundary != icu::BreakIterator::DONE;
             boundary = iterator->next()) {
            while (unit_offset < boundary) {
                uint8_t lead = static_cast<uint8_t>(text[byte_offset]);
                int32_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                byte_offset += bytes;
                unit_offset += bytes == 4 ? 2 : 1;
            }
            if (words && !boundaries.empty()) {
                int32_t rule = iterator->getRuleStatus();
                uint8_t kind = QT_WORD_NONE;
                if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
                    kind = QT_WORD_NUMBER;
                } else if (rule >= UBRK_WORD_LETTER) {
                    kind = QT_WORD_LETTER;
                }
                statuses.push_back(kind);
            }
            boundaries.push_back(byte_offset);
        }
        utext_close(utext);
        results[index].boundaries = copy_out(boundaries.data(), boundaries.size());
        results[index].count = static_cast<int32_t>(boundaries.size());
        results[index].statuses = words ? copy_out(statuses.data(), statuses.size()) : nullptr;
    }
    return 0;
}

qt_transliterator *qt_transliterator_create(const char *transform_id, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(transform_id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
        fail(error, U_FAILURE(status) ? status : U_MEMORY_ALLOCATION_ERROR);
        return nullptr;
    }
    return new qt_transliterator{next_handle_id++, std::move(transliterator)};
}

qt_transliterator *qt_transliterator_create_from_rules(const char *name, const char *rules, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createFromRules(
        icu::UnicodeString::fromUTF8(name), icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status)) {
        // Which rule ICU could not parse, so that a bad data file is easy to mend.
        if (error != nullptr) {
            std::snprintf(error, QT_ERROR_CAPACITY, "%s in rule %d at offset %d", u_errorName(status),
                          static_cast<int>(parse_error.line), static_cast<int>(parse_error.offset));
        }
        return nullptr;
    }
    if (!transliterator) {
        fail(error, U_MEMORY_ALLOCATION_ERROR);
        return nullptr;
    }
    return new qt_transliterator{next_handle_id++, std::move(transliterator)};
}

int qt_transliterate(qt_transliterator *transliterator, const char *text, int32_t length,
                     char **out_text, int32_t *out_length, char *error) {
    static PerThreadClones<icu::Transliterator> clones;
    icu::Transliterator *local =
        clones.get(transliterator->id, transliterator->prototype.get(),
                   [](const icu::Transliterator *prototype) { return prototype->clone(); });
    if (local == nullptr) {
        set_error(error, "U_MEMORY_ALLOCATION_ERROR");
        return -1;
    }
    icu::UnicodeString buffer = icu::UnicodeString::fromUTF8(icu::StringPiece(text, length));
    local->transliterate(buffer);
    std::string result = to_utf8(buffer);
    *out_text = copy_string(result);
    *out_length = static_cast<int32_t>(result.size());
    return 0;
}

qt_spoof *qt_spoof_create(char *error) {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    uspoof_setChecks(checker,
                     USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_INVISIBLE,
                     &status);
    uspoof_setRestrictionLevel(checker, USPOOF_HIGHLY_RESTRICTIVE);
    if (U_FAILURE(status)) {
        uspoof_close(checker);
        fail(error, status);
        return nullptr;
    }
    return new qt_spoof{checker};
}

int32_t qt_spoof_check(qt_spoof *spoof, const char *text, int32_t length, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t flags = uspoof_checkUTF8(spoof->checker, text, length, nullptr, &status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    int32_t result = 0;
    if (flags & USPOOF_RESTRICTION_LEVEL) result |= QT_SPOOF_MIXED_SCRIPT;
    if (flags & USPOOF_MIXED_SCRIPT_CONFUSABLE) result |= QT_SPOOF_MIXED_CONFUSABLE;
    if (flags & USPOOF_INVISIBLE) result |= QT_SPOOF_INVISIBLE;
    return result;
}

int qt_spoof_skeleton(qt_spoof *spoof, const char *text, int32_t length, char **out_text,
                      int32_t *out_length, char *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t capacity = length * 3 + 16;
    std::string skeleton(static_cast<size_t>(capacity), '\0');
    int32_t needed = uspoof_getSkeletonUTF8(spoof->checker, 0, text, length, skeleton.data(),
                                            capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        skeleton.assign(static_cast<size_t>(needed) + 1, '\0');
        needed = uspoof_getSkeletonUTF8(spoof->checker, 0, text, length, skeleton.data(),
                                        needed + 1, &status);
    }
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    skeleton.resize(static_cast<size_t>(needed));
    *out_text = copy_string(skeleton);
    *out_length = needed;
    return 0;
}

int32_t qt_detect_charsets(const char *bytes, int32_t length, qt_charset_match *matches,
                           int32_t capacity, char *error) {
    // A detector is not thread-safe and holds no text between calls: one per thread.
    thread_local std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector *)> detector(
        nullptr, ucsdet_close);
    UErrorCode status = U_ZERO_ERROR;
    if (!detector) {
        detector.reset(ucsdet_open(&status));
        if (U_FAILURE(status)) {
            detector.reset();
            return fail(error, status);
        }
    }
    ucsdet_setText(detector.get(), bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    int32_t written = 0;
    for (int32_t index = 0; index < found && written < capacity; ++index) {
        const char *name = ucsdet_getName(all[index], &status);
        int32_t confidence = ucsdet_getConfidence(all[index], &status);
        if (U_FAILURE(status)) {
            return fail(error, status);
        }
        std::snprintf(matches[written].name, sizeof(matches[written].name), "%s", name);
        matches[written].confidence = confidence;
        ++written;
    }
    return written;
}

int qt_charset_canonical_name(const char *charset, char canonical[32], char *error) {
    UErrorCode status = U_ZERO_ERROR;
    // Any alias ICU knows resolves to a converter; report its MIME or IANA name when it has one.
    const char *internal = ucnv_getAlias(charset, 0, &status);
    if (U_FAILURE(status) || internal == nullptr) {
        set_error(error, "unknown charset");
        return -1;
    }
    const char *name = nullptr;
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name != nullptr) break;
        name = nullptr;
    }
    std::snprintf(canonical, 32, "%s", name != nullptr ? name : internal);
    return 0;
}

int qt_decode_to_utf8(const char *charset, const char *bytes, int32_t length, char **out_text,
                      int32_t *out_length, int32_t *out_replacements, char *error) {
    // Converters are stateful: each thread keeps one per charset, opened on first use.
    thread_local std::unordered_map<std::string, std::unique_ptr<UConverter, void (*)(UConverter *)>>
        converters;
    UErrorCode status = U_ZERO_ERROR;
    auto found = converters.find(charset);
    if (found == converters.end()) {
        UConverter *opened = ucnv_open(charset, &status);
        if (U_FAILURE(status)) {
            return fail(error, status);
        }
        found = converters
                    .emplace(charset, std::unique_ptr<UConverter, void (*)(UConverter *)>(
                                          opened, ucnv_close))
                    .first;
    }
    UConverter *converter = found->second.get();
    ucnv_reset(converter);
    // Unmapped bytes become U+FFFD (not the SBCS default U+001A) so they are visible.
    static const UChar replacement[] = {0xFFFD};
    ucnv_setSubstString(converter, replacement, 1, &status);
    status = U_ZERO_ERROR;
    std::u16string utf16(static_cast<size_t>(length) * 2 + 16, u'\0');
    int32_t units = ucnv_toUChars(converter, reinterpret_cast<UChar *>(utf16.data()),
                                  static_cast<int32_t>(utf16.size()), bytes, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        utf16.assign(static_cast<size_t>(units) + 1, u'\0');
        ucnv_reset(converter);
        units = ucnv_toUChars(converter, reinterpret_cast<UChar *>(utf16.data()),
                              static_cast<int32_t>(utf16.size()), bytes, length, &status);
    }
    if (U_FAILURE(status)) {
        return fail(error, status);
    }
    int32_t replacements = 0;
    for (int32_t index = 0; index < units; ++index) {
        if (utf16[static_cast<size_t>(index)] == 0xFFFD) ++replacements;
    }
    icu::UnicodeString decoded(false, reinterpret_cast<const UChar *>(utf16.data()), units);
    std::string result = to_utf8(decoded);
    *out_text = copy_string(result);
    *out_length = static_cast<int32_t>(result.size());
    if (out_replacements != nullptr) *out_replacements = replacements;
    return 0;
}

} // extern "C"
