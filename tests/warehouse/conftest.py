from tests.warehouse.backends import new_store, postgres_url, store_address  # noqa: F401  (fixtures)
