import type { Linter } from 'eslint';

export const TABLES: string[];
export const BASE_SYNTAX: { selector: string; message: string }[];
export const DOMAIN_FOLDERS: string[];
export const boundaries: Linter.Config[];
export const VIEWS_NOT_YET_ON_A_MODEL: string[];
