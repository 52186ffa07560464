import type { Server } from "node:http";

export function staticServer(dir: string, options?: { index?: string }): Server;
