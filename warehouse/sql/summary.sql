-- What the warehouse holds, per source (`newsledger summary`). Spelled-out figures are left out.
SELECT a.source,
       count(*) AS articles,
       (SELECT count(*) FROM persons p WHERE p.source = a.source) AS persons,
       (SELECT count(*) FROM quotes q WHERE q.source = a.source) AS quotes,
       (SELECT count(*) FROM figures f WHERE f.source = a.source AND NOT f.spelled_out) AS figures
FROM articles a GROUP BY a.source ORDER BY a.source
