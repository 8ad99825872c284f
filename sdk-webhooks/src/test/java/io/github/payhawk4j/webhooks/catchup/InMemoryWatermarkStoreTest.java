package io.github.payhawk4j.webhooks.catchup;

class InMemoryWatermarkStoreTest extends WatermarkStoreContract {

    private final WatermarkStore store = new InMemoryWatermarkStore();

    @Override
    WatermarkStore store() {
        return store;
    }
}
