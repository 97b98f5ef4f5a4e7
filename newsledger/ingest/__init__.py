"""The ingest core: pages in, events out. The pipeline (files and bytes to events), staged
batches for the single writer, the crawl loop over a source, re-extraction of stored pages
and retries of failures. HTTP itself is `newsledger.fetch`."""
