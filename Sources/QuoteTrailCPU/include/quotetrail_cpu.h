#ifndef QUOTETRAIL_CPU_H
#define QUOTETRAIL_CPU_H

/* Processor hints Swift has no spelling for. Static inline, so Swift's Clang importer
   inlines them at the call site. */

/* Starts loading the cache line holding `address`, so that several table lookups' misses
   overlap instead of waiting one after another. */
static inline void qt_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
