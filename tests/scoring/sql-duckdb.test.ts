import { describeSqlEquality } from './sql-equality.js';

describeSqlEquality('duckdb');
