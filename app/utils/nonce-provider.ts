// This response's CSP nonce, from entry.server down to <Scripts> and <ScrollRestoration> in the root
// layout (the Epic Stack's pattern). In the browser it is "": browsers hide nonces from the page.
import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;

export const useNonce = (): string => useContext(NonceContext);
