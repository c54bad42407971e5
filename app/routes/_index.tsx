// /: the home page.
import type { MetaFunction } from "@remix-run/node";

import { HomePage } from "../components/home-page.tsx";

export const meta: MetaFunction = () => [
  { title: "Clausewise" },
  { name: "description", content: "Buy AI services without giving your data away by accident." },
];

export default HomePage;
