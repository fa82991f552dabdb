// These tests start real service processes, time them and measure their memory: run one at a time, not against each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
