import type { Linter } from 'eslint';

export const TABLES: string[];
export const BASE_SYNTAX: { selector: string; message: string }[];
export const DOMAIN_FOLDERS: string[];
export const boundaries: Linter.Config[];
