// The narrow C interface QuoteTrail uses to reach ICU.
//
// Nothing from <unicode/*.h> appears here on purpose: Swift imports this header, and
// Foundation on Linux ships its own ICU, so ICU's types and versioned symbol names
// (ubrk_open_72 ...) stay inside the C++ implementation file.
//
// Conventions:
// - Text is UTF-8; every offset is a UTF-8 byte offset into the input.
// - Functions return 0 on success and a negative value on failure; when `error` is not
//   NULL it receives a short message (ICU's error name).
// - Buffers returned through out-parameters are malloc'd: release them with qt_free.
// - Handles (qt_breaker, qt_transliterator, qt_spoof) are created once and may be used
//   from any thread at the same time: the implementation clones ICU state per thread.
#ifndef QUOTETRAIL_ICU_H
#define QUOTETRAIL_ICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QT_ERROR_CAPACITY 128

void qt_free(void *pointer);

/// The ICU version string, e.g. "72.1".
const char *qt_icu_version(void);

// MARK: Normalization

typedef enum {
    QT_NORM_NFC = 0,
    QT_NORM_NFKC = 1,
    QT_NORM_NFKC_CASEFOLD = 2,
} qt_normal_form;

/// One changed stretch: `source_length` input bytes at `source_start` became
/// `target_length` output bytes at `target_start`. Unchanged text between changes is
/// implicit (it maps one to one).
typedef struct {
    int32_t source_start;
    int32_t source_length;
    int32_t target_start;
    int32_t target_length;
} qt_edit;

/// Normalizes `text` to `form`. On success *out_text / *out_length hold the result
/// (not NUL-terminated) and *out_edits / *out_edit_count the changed stretches in order.
int qt_normalize(qt_normal_form form, const char *text, int32_t length,
                 char **out_text, int32_t *out_length,
                 qt_edit **out_edits, int32_t *out_edit_count,
                 char *error);

/// 1 if `text` is already in `form`, 0 if not, negative on error (a fast check, no copy).
int qt_is_normalized(qt_normal_form form, const char *text, int32_t length, char *error);

// MARK: Boundaries

typedef enum {
    QT_BREAK_SENTENCE = 0,
    QT_BREAK_WORD = 1,
} qt_break_kind;

/// What a word-break segment holds (ICU's rule status, collapsed).
typedef enum {
    QT_WORD_NONE = 0,     // spaces, punctuation, symbols
    QT_WORD_NUMBER = 1,
    QT_WORD_LETTER = 2,   // letters, including kana and ideographs
} qt_word_status;

typedef struct qt_breaker qt_breaker;

/// A boundary finder for `locale` (e.g. "en"). Abbreviations are left to the caller: ICU's
/// suppression filter matches the end of any word ("им." in "с ним.").
qt_breaker *qt_breaker_create(qt_break_kind kind, const char *locale, char *error);

/// Boundaries found by one breaker: UTF-8 offsets starting with 0 and ending with the text
/// length; for word breakers one qt_word_status per segment (count - 1 values), else NULL.
typedef struct {
    int32_t *boundaries;
    int32_t count;
    uint8_t *statuses;
} qt_boundaries;

/// Runs `breaker_count` breakers over the same text (converted for ICU once) and fills one
/// qt_boundaries per breaker. Release each result's arrays with qt_free.
int qt_breakers_run(qt_breaker *const *breakers, int32_t breaker_count,
                    const char *text, int32_t length, qt_boundaries *results, char *error);

// MARK: Transliteration

typedef struct qt_transliterator qt_transliterator;

/// An ICU transform by id, e.g. "Russian-Latin/BGN; Latin-ASCII".
qt_transliterator *qt_transliterator_create(const char *transform_id, char *error);

/// A transform compiled from ICU transliteration rules (UTF-8), named `name` in errors.
qt_transliterator *qt_transliterator_create_from_rules(const char *name, const char *rules, char *error);

int qt_transliterate(qt_transliterator *transliterator, const char *text, int32_t length,
                     char **out_text, int32_t *out_length, char *error);

// MARK: Spoofing (confusables and mixed scripts)

typedef struct qt_spoof qt_spoof;

enum {
    QT_SPOOF_MIXED_SCRIPT = 1,         // fails the "highly restrictive" script mix
    QT_SPOOF_MIXED_CONFUSABLE = 2,     // mixed scripts that look like one script
    QT_SPOOF_INVISIBLE = 4,            // invisible or repeated combining marks
};

qt_spoof *qt_spoof_create(char *error);

/// A bit set of QT_SPOOF_* for one identifier-like word; negative on error.
int32_t qt_spoof_check(qt_spoof *spoof, const char *text, int32_t length, char *error);

/// The UTS #39 confusable skeleton of `text`: two strings that look alike share it.
int qt_spoof_skeleton(qt_spoof *spoof, const char *text, int32_t length,
                      char **out_text, int32_t *out_length, char *error);

// MARK: Charsets

typedef struct {
    char name[32];       // ICU's charset name, e.g. "windows-1251"
    int32_t confidence;  // 0...100
} qt_charset_match;

/// Up to `capacity` charset guesses for `bytes`, best first. Returns how many were written.
int32_t qt_detect_charsets(const char *bytes, int32_t length,
                           qt_charset_match *matches, int32_t capacity, char *error);

/// Decodes `bytes` in `charset` to UTF-8. Bytes with no mapping become U+FFFD;
/// *out_replacements counts them.
int qt_decode_to_utf8(const char *charset, const char *bytes, int32_t length,
                      char **out_text, int32_t *out_length, int32_t *out_replacements,
                      char *error);

/// 0 if ICU knows `charset` (any alias), negative otherwise; *canonical receives ICU's name.
int qt_charset_canonical_name(const char *charset, char canonical[32], char *error);

#ifdef __cplusplus
}
#endif

#endif
