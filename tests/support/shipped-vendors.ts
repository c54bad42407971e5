// The vendor ids the shipped catalog holds (catalog/vendors), written out by hand: the tests' oracle.
export const SHIPPED_VENDOR_IDS = [
  "amazon",
  "anthropic",
  "cohere",
  "github",
  "google",
  "luma",
  "meta",
  "microsoft",
  "mistral",
  "openai",
  "perplexity",
  "writer",
  "xai",
];
