#pragma once

// What "clear" empties, for the local cache (ImageCache::clear) and a node's cache API (GlanceApi::clear):
// one enum for both, so a choice made in the GUI or the CLI means the same whichever side carries it out.
enum class ClearTarget {
    Both, // cached images and the queue (the API says it by sending no x-image-cache-clear-target)
    Cache, // cached images only
    Queue, // queued markers only
};
