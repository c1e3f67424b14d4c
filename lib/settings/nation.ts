// Nations live in the domain: option grids and settings both read them.
export { NATIONS, type Nation } from '../domain/nation';
